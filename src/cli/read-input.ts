import { readFileSync, statSync } from 'node:fs';
import { PolicyParseError } from '../schema/errors.js';

/**
 * The largest input read: a notice runs to a few hundred kilobytes, a whole gazette to a few
 * megabytes; beyond this a file is an archive or a dump, and parsing it whole would take memory
 * in gigabytes.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

function refuseTooLarge(bytes: number): never {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  throw new PolicyParseError(
    'PP_TOO_LARGE',
    `${mb(bytes)} is more than the ${mb(MAX_INPUT_BYTES)} a notice can be; split it`,
  );
}

/** Reads a file (or standard input for "-") as bytes, turning file-system failures into coded errors. */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path === '-') return readStdin();
  try {
    // Synchronous: a notice is small, and one blocking read costs less than the thread-pool round
    // trips of fs/promises (stat, open, fstat, read, close), during which a batch sat idle.
    const info = statSync(path);
    if (info.isDirectory()) throw new PolicyParseError('PP_IS_DIRECTORY', 'is a directory');
    if (info.size > MAX_INPUT_BYTES) refuseTooLarge(info.size);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof PolicyParseError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new PolicyParseError('PP_NO_SUCH_FILE', 'no such file');
    if (code === 'EISDIR') throw new PolicyParseError('PP_IS_DIRECTORY', 'is a directory');
    throw new PolicyParseError('PP_UNREADABLE', `unreadable (${code ?? (error as Error).message})`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) refuseTooLarge(size);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
