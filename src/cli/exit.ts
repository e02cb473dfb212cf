import { PolicyParseError } from '../schema/errors.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, problems: 1, badInput: 2, internal: 3 } as const;

/** One line on stderr for an input that could not be handled; returns its exit code. */
export function reportError(file: string, error: unknown, debug: boolean): number {
  if (error instanceof PolicyParseError) {
    process.stderr.write(`policy-parse: cannot read ${file}: ${error.message}  [${error.code}]\n`);
    return EXIT.badInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`policy-parse: internal error on ${file}: ${message} (a bug; --debug shows where)\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}

/** Whether terminal output may be coloured: a TTY, no NO_COLOR, no --no-color. */
export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream = process.stdout): boolean {
  return flag !== false && !process.env.NO_COLOR && stream.isTTY === true;
}
