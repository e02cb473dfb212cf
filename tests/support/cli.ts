import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './files.js';

export const BIN = join(ROOT, 'bin/policy-parse.js');

/** Runs the real binary and returns what it printed and its exit code. */
export function runCli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 512 << 20,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
