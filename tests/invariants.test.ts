import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'vitest';
import { analyze, parse } from '../src/index.js';
import { corpusFiles, fixtureFiles, HAS_SHARED } from './support/files.js';
import {
  expectNothingLost,
  expectPageLinesInOutput,
  expectSpansPointAtText,
  inputAsRead,
} from './support/invariants.js';

function checkInvariants(file: string) {
  it(`${basename(file)}: nothing lost (in the tree and in the output), spans point at their text`, async () => {
    const bytes = readFileSync(file);
    const tree = await analyze(bytes, { path: file });
    expectNothingLost(tree);
    const doc = await parse(bytes, { path: file });
    expectSpansPointAtText(doc, await inputAsRead(tree));
    expectPageLinesInOutput(tree, doc);
  });
}

describe('invariants on every fixture', () => {
  for (const file of fixtureFiles()) checkInvariants(file);
});

describe.skipIf(!HAS_SHARED)('invariants on every corpus notice (../shared/corpus)', () => {
  for (const file of corpusFiles()) checkInvariants(file);
});
