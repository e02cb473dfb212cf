import { readFile, stat } from 'node:fs/promises';
import { PolicyParseError } from '../schema/errors.js';

/** Reads a file (or standard input for "-") as bytes, turning file-system failures into coded errors. */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path === '-') return readStdin();
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new PolicyParseError('PP_IS_DIRECTORY', 'is a directory');
    return await readFile(path);
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
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
