import { z } from 'zod';
import { PolicyDocumentSchema } from '../schema/contract.js';
import { DiffSchema } from '../diff/schema.js';

/** The JSON Schema of output contract v1 (or of the diff), generated from the zod schema. */
export function printSchema(diff: boolean): string {
  const schema = diff ? DiffSchema : PolicyDocumentSchema;
  return JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12' }), null, 2) + '\n';
}
