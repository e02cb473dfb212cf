import { PolicyDocumentSchema, type Message, type PolicyDocument } from '../schema/contract.js';

/**
 * Checks a document against the output contract and sorts its messages by position. A contract
 * violation is a bug in policy-parse, not in the input, so it throws.
 */
export function validate(doc: PolicyDocument): PolicyDocument {
  const result = PolicyDocumentSchema.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`output violates contract v1 at ${issue.path.join('.')}: ${issue.message}`);
  }
  doc.messages.sort(byPosition);
  return doc;
}

function byPosition(a: Message, b: Message): number {
  return a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId);
}
