import type { PolicyDocument, UnplacedLine } from '../schema/contract.js';
import type { Block } from '../segment/index.js';
import type { ExtractContext } from './context.js';
import { readDate } from './date.js';
import { readNumberLine } from './doc-number.js';
import { readIsoDate } from './metadata.js';
import { SERIAL_NUMBER_LINE } from '../knowledge/doc-numbers.js';
import { readPageTimestamp } from '../structure/titles.js';

/**
 * The page's lines around the document (above its title or cover notice, after its text) that no
 * field of the output holds: site chrome, a masthead (X人民政府文件), a 印发 or 签发 line, an editor's
 * name. A line is held when its text, spaces aside, stands in a string value of the document (a
 * title read from a page line, a signature, a header field's value; messages hold none). Given so
 * that the output loses nothing the input says.
 */
export function findUnplaced(
  around: Block[],
  doc: Omit<PolicyDocument, 'unplaced' | 'messages'>,
  ctx: ExtractContext,
): UnplacedLine[] {
  const candidates = around.filter((b) => !(b.kind === 'field' && b.fields?.length) && squash(b.text));
  if (candidates.length === 0) return [];
  const values: string[] = [];
  collectStrings(doc, values);
  const held = squash(values.join('\u0000'));
  // a date line is held as the date it was read as (2023年5月8日 as 2023-05-08; the page's
  // timestamp 2022-05-19 14:17 as 2022-05-19), or as the month of a document dated by month
  // (2022年4月 as 2022-04)
  const month = doc.metadata.signedMonth;
  const isHeld = (b: Block) => {
    const asRead =
      b.kind === 'date'
        ? readIsoDate(b.text, doc.metadata.publishDate)
        : readIsoDate(readPageTimestamp(b.text));
    return (
      held.includes(squash(b.text)) ||
      (asRead !== null && held.includes(asRead)) ||
      (b.kind === 'date' && month !== null && readDate(b.text)?.iso === month) ||
      (b.kind === 'paragraph' && isNumberLineHeld(b.text, held))
    );
  };
  return candidates.filter((b) => !isHeld(b)).map((b) => ({ text: b.text, span: ctx.span(b.from, b.to) }));
}

/**
 * A 文号 line ("(某政发〔2012〕33号)", with its date: "(某检监〔1989〕565号 一九八九年十月十六日)") is
 * held by the number as read (its brackets normalised) and the date as read; a 公告's number line
 * ("(第38号)") by its number.
 */
function isNumberLineHeld(text: string, held: string): boolean {
  const serial = SERIAL_NUMBER_LINE.exec(text)?.[1];
  if (serial) return held.includes(squash(serial));
  const line = readNumberLine(text);
  // (a damaged copy stays in view: a message names it, and no value holds it as written)
  if (!line || line.number.damaged) return false;
  const { number, date } = line;
  return (
    (held.includes(squash(number.raw)) || held.includes(number.normalized)) && (!date || held.includes(date))
  );
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out);
}
