import { ISSUER_SUFFIXES } from '../knowledge/document-types.js';
import { CN_ZERO_LOOKALIKES } from '../knowledge/numerals.js';
import type { Block } from '../segment/index.js';

// a record opens with its date (after a bracket), perhaps damaged (2017822日) or in Chinese
// numerals, and ends with what was done: "(2003年7月18日X省…常务委员会第四次会议通过)",
// "(1991年3月26日X市人民政府令19号发布)", "2017年1月18日 X省…会议批准"
// (a record that goes on from the one before it opens with 根据 or 经: "根据2010年7月30日…决定修正")
const RECORD_START = new RegExp(
  `^(?:\\( ?)?(?:根据|经)?(?:(?:19|20)\\d\\d|[一二][〇零${CN_ZERO_LOOKALIKES}一二三四五六七八九]{1,3}) ?[年\\d]`,
);
// (or with the organ that issued it, as 法规汇编 print a State Council text's: "(二〇〇一年三月一日 国务院)")
const ISSUED_BY = new RegExp(` [\\u4e00-\\u9fff]{0,20}(?:${ISSUER_SUFFIXES.join('|')})\\)$`);
const RECORD_END = new RegExp(`(?:通过|批准|修订|修正|发布|公布|颁布)\\)?$|${ISSUED_BY.source}`);
/** How many lines one record may be broken over ("…第十二届人民代表大会" / "常务委员会第六次主任会议修订"). */
const MAX_RECORD_LINES = 3;
const MAX_RECORD_LENGTH = 240;

/**
 * The 题注 of a regulation: the records, between its title and its text, of when and by whom it
 * was adopted, approved, revised or promulgated. They are looked for in the lines of `body` before
 * its first heading: at their start (under the title), or at their end, right over the first
 * heading (where the page's title was not found). Returns the blocks they are written on.
 */
export function findAdoptionRecords(body: Block[]): Block[] {
  const firstHeading = body.findIndex((b) => b.kind === 'heading');
  const intro = firstHeading < 0 ? body : body.slice(0, firstHeading);
  const leading = recordsFrom(intro, 0);
  if (firstHeading < 0) return leading;
  for (let start = leading.length + 1; start < intro.length; start++) {
    const run = recordsFrom(intro, start);
    if (run.length > 0 && start + run.length === intro.length) return [...leading, ...run];
  }
  return leading;
}

/** The records that follow one another from `start`, as far as they go. */
function recordsFrom(blocks: Block[], start: number): Block[] {
  let k = start;
  for (let n = recordLength(blocks, k); n > 0; n = recordLength(blocks, k)) k += n;
  return blocks.slice(start, k);
}

/** The number of lines of the record that opens at `i`, or 0 when none does. */
function recordLength(blocks: Block[], i: number): number {
  if (!blocks[i] || !RECORD_START.test(blocks[i]!.text)) return 0;
  let text = '';
  for (let k = i; k < blocks.length && k < i + MAX_RECORD_LINES; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph' || (k > i && RECORD_START.test(b.text))) return 0;
    text += b.text;
    if (text.length > MAX_RECORD_LENGTH || /[。;]/.test(text)) return 0;
    if (RECORD_END.test(b.text)) return k - i + 1;
  }
  return 0;
}

const RECORD_VERB = /通过|批准|修订|修正|发布|公布|颁布/g;

/**
 * What a record says was done (通过, 修订, 发布 …): the last such word in its text; 发布 for a record
 * that names only its issuer; else null.
 */
export function lastRecordVerb(text: string): string | null {
  return text.match(RECORD_VERB)?.at(-1) ?? (ISSUED_BY.test(text) ? '发布' : null);
}
