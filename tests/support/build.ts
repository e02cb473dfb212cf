import { spawnSync } from 'node:child_process';
import { ROOT } from './files.js';

/**
 * Builds dist/ (tsc, then the CLI bundle) once before the suites that spawn the real binary, so
 * they test the current source. Type errors are reported but do not stop the tests (tsc still
 * emits; `npm run typecheck` is the gate for them).
 */
export default function setup(): void {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (tsc.status !== 0) console.warn(`tsc reported errors (dist/ was still built):\n${tsc.stdout}`);
  const bundle = spawnSync('npm', ['run', '--silent', 'bundle'], { cwd: ROOT, encoding: 'utf8' });
  if (bundle.status !== 0) throw new Error(`the CLI bundle failed:\n${bundle.stderr}`);
}
