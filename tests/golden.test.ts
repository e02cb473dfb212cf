import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { FIXTURES, fixtureFiles } from './support/files.js';

// Expected JSON sits in fixtures/expected/<file>.json; `UPDATE=1 npm test` rewrites it, to be
// reviewed as a diff. The path is made relative so the golden files do not depend on the checkout.
describe('golden JSON of every fixture', () => {
  for (const file of fixtureFiles()) {
    const name = basename(file);
    it(name, async () => {
      const doc = await parse(readFileSync(file), { path: `fixtures/${name}` });
      const expectedPath = join(FIXTURES, 'expected', `${name}.json`);
      const actual = JSON.stringify(doc, null, 2) + '\n';
      if (process.env.UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
