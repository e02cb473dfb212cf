// Loaded with --import: records every package module the process loads, so the bench can show
// that parsing plain text loads neither cheerio nor jieba.
import { register } from 'node:module';

register('./module-trace-hooks.mjs', import.meta.url);
