import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.MODULE_TRACE && (url.includes('/node_modules/') || url.includes('/dist/')))
    appendFileSync(process.env.MODULE_TRACE, url + '\n');
  return nextLoad(url, context);
}
