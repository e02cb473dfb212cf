import { execFileSync } from 'node:child_process';
import { ROOT } from './files.js';

/** Builds dist/ once before the suites that spawn the real binary, so they test the current source. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}
