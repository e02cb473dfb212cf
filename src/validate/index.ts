import { z } from 'zod';
import { PolicyDocumentSchema, type Message, type PolicyDocument } from '../schema/contract.js';

// The contract is checked in parts. z.compile turns a schema into a checker that builds no copy
// of the document (safeParse builds one and it is thrown away), but refuses the recursive
// outline; so the rest of the contract is compiled and the outlines, in the main text and in
// attachments, are checked against their own parts of it. Together they are the whole contract.
const { outline: OutlineSchema, attachments: AttachmentsSchema } = PolicyDocumentSchema.shape;
const FlatDocumentSchema = z.compile(PolicyDocumentSchema.omit({ outline: true, attachments: true }));

function conforms(doc: PolicyDocument): boolean {
  return (
    FlatDocumentSchema.validate(doc) &&
    OutlineSchema.validate(doc.outline) &&
    AttachmentsSchema.validate(doc.attachments)
  );
}

/**
 * Checks a document against the output contract and sorts its messages by position. A contract
 * violation is a bug in policy-parse, not in the input, so it throws.
 */
export function validate(doc: PolicyDocument): PolicyDocument {
  if (!conforms(doc)) {
    // the whole contract once more, for the first issue as safeParse words it
    const result = PolicyDocumentSchema.safeParse(doc);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`output violates contract v1 at ${issue.path.join('.')}: ${issue.message}`);
    }
  }
  doc.messages.sort(byPosition);
  return doc;
}

function byPosition(a: Message, b: Message): number {
  return a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId);
}
