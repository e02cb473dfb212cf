import type { Message, Span } from '../schema/contract.js';
import { spanOf, type NormText } from '../normalize/index.js';
import type { PendingMessage } from '../structure/index.js';

/** What every extractor needs: the text, a way to make spans, and somewhere to put messages. */
export class ExtractContext {
  readonly messages: Message[] = [];

  constructor(readonly norm: NormText) {}

  span(from: number, to: number): Span {
    return spanOf(this.norm, from, to);
  }

  report(m: PendingMessage): void {
    this.reportAt(this.span(m.from, m.to), m);
  }

  /** A message about input the text no longer holds (a removal), at its span. */
  reportAt(span: Span, m: Omit<PendingMessage, 'from' | 'to'>): void {
    const message: Message = {
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: span.line,
      column: span.column,
      span,
    };
    if (m.actual !== undefined) message.actual = m.actual;
    if (m.expected !== undefined) message.expected = m.expected;
    this.messages.push(message);
  }
}

/** Joins the text of a title broken over lines; spaces between CJK characters are layout, not text. */
export function tidyTitle(text: string): string {
  return text.replace(/(?<=[\u3000-\u9fff《》“”〔〕、()]) +(?=[\u3000-\u9fff《》“”〔〕、()])/g, '').trim();
}
