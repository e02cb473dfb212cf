import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Files a folder or glob stands for: the formats policy-parse reads. */
const DOCUMENT = /\.(?:txt|html?|md|markdown)$/i;

/**
 * Expands the command line's inputs: files stay as they are (whatever their extension), "-" is
 * standard input, folders are searched recursively for documents, and globs (*, **, ?) are
 * matched against the files below their fixed prefix. Inputs that name nothing are `missing`.
 */
export async function expandInputs(patterns: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const pattern of patterns) {
    if (pattern === '-') {
      files.push(pattern);
      continue;
    }
    if (/[*?[]/.test(pattern)) {
      const found = await expandGlob(pattern);
      if (found.length) files.push(...found);
      else missing.push(pattern);
      continue;
    }
    const info = await stat(pattern).catch(() => null);
    if (info?.isDirectory()) {
      const found = await listDocuments(pattern);
      if (found.length) files.push(...found);
      else missing.push(pattern);
    } else files.push(pattern); // a missing or unreadable file is reported when it is read
  }
  return { files: [...new Set(files)], missing };
}

async function listDocuments(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && DOCUMENT.test(e.name))
    .map((e) => join(e.parentPath ?? folder, e.name))
    .sort();
}

async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (parts.length > 1 && !/[*?[]/.test(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.join(sep) || '.';
  const matcher = globToRegExp(parts.join('/'));
  const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? base, e.name))
    .filter((f) => matcher.test(relative(base, f).split(sep).join('/')))
    .sort();
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
