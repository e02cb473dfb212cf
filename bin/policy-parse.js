#!/usr/bin/env node
// The CLI runs from one bundle of dist/ (built by `npm run build`): loading one file instead of
// a hundred modules keeps the cold start of `parse` short.
import { run } from '../dist/bundle/main.js';

await run(process.argv);
