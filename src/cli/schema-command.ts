import { z } from 'zod';
import { PolicyDocumentSchema } from '../schema/contract.js';

/** The JSON Schema of output contract v1, generated from the zod schema. */
export function printSchema(): string {
  return JSON.stringify(z.toJSONSchema(PolicyDocumentSchema, { target: 'draft-2020-12' }), null, 2) + '\n';
}
