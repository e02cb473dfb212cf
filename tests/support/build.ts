import { spawnSync } from 'node:child_process';
import { ROOT } from './files.js';

/**
 * Builds dist/ once before the suites that spawn the real binary, so they test the current
 * source. Type errors are reported but do not stop the tests (tsc still emits; `npm run
 * typecheck` is the gate for them).
 */
export default function setup(): void {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) console.warn(`tsc reported errors (dist/ was still built):\n${r.stdout}`);
}
