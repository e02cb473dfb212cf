import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Files a folder or glob stands for: the formats policy-parse reads. */
const DOCUMENT = /\.(?:txt|html?|md|markdown)$/i;

/** An input that names no document, and why. */
export interface MissingInput {
  input: string;
  reason: string;
}

/**
 * Expands the command line's inputs: files stay as they are (whatever their extension), "-" is
 * standard input, folders are searched recursively for documents, and globs (*, **, ?) are
 * matched against the files below their fixed prefix. Links to files count as files (a folder of
 * links is how many archives share documents); links to folders are not followed, so that a
 * link back up the tree cannot loop. Inputs that name nothing are `missing`.
 */
export async function expandInputs(
  patterns: string[],
): Promise<{ files: string[]; missing: MissingInput[] }> {
  const files: string[] = [];
  const missing: MissingInput[] = [];
  for (const pattern of patterns) {
    if (pattern === '-') {
      files.push(pattern);
      continue;
    }
    if (/[*?[]/.test(pattern)) {
      const found = await expandGlob(pattern);
      if (found.length) files.push(...found);
      else missing.push({ input: pattern, reason: 'the glob matches no file' });
      continue;
    }
    const info = await stat(pattern).catch(() => null);
    if (info?.isDirectory()) {
      const found = await listDocuments(pattern);
      if (found.length) files.push(...found);
      else
        missing.push({
          input: pattern,
          reason: 'no documents (.txt, .html, .htm, .md, .markdown) in the folder',
        });
    } else files.push(pattern); // a missing or unreadable file is reported when it is read
  }
  return { files: [...new Set(files)], missing };
}

async function listDocuments(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return filesAmong(
    entries.filter((e) => DOCUMENT.test(e.name)),
    folder,
  );
}

/** The paths of the entries that are files, or links to files. */
async function filesAmong(entries: Dirent[], base: string): Promise<string[]> {
  const files: string[] = [];
  for (const e of entries) {
    const path = join(e.parentPath ?? base, e.name);
    if (e.isFile() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()))
      files.push(path);
  }
  return files.sort();
}

async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (parts.length > 1 && !/[*?[]/.test(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.join(sep) || '.';
  const matcher = globToRegExp(parts.join('/'));
  const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
  const matching = entries.filter((e) =>
    matcher.test(
      relative(base, join(e.parentPath ?? base, e.name))
        .split(sep)
        .join('/'),
    ),
  );
  return filesAmong(matching, base);
}

/** A glob as a regular expression: ** any folders, * any name part, ? one character, [..] a class. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
