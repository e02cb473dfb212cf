import type { Block } from '../segment/index.js';
import type { NoticeParts } from './index.js';
import { readTransmittedFromText } from './titles.js';

// "X人民政府令" / "中华人民共和国国务院令", perhaps with its number on the line ("…令 第82号")
const DECREE_LINE = /^[\u4e00-\u9fff]{2,30}令(?: ?第 ?[0-9一二三四五六七八九十百〇]{1,6} ?号)?$/;
const NUMBER_LINE = /^(?:[〔[(]\d{4}[〕\])] ?)?第 ?[0-9一二三四五六七八九十百〇]{1,6} ?号$/;
const PROMULGATES = /现予(?:以)?(?:公布|发布|颁布|印发)/;
// "自治区主席 某某", "省长 某某", "部长 某某": the signer's post and name
const SIGNER =
  /^[\u4e00-\u9fff]{1,12}(?:主席|省长|市长|县长|区长|州长|盟长|旗长|部长|主任|局长|署长|总理|行长) ?[\u4e00-\u9fff]{2,4}$/;

/**
 * The promulgation a 令 opens with (GB/T 9704 命令(令)格式: 发文机关标志 "X令", 令号 "第N号", the
 * text 《…》已经…通过,现予公布, the signer's post and name, the date): read as the cover notice,
 * with no 主送. Looked for in the first `searchEnd` blocks; null when there is none.
 */
export function readDecree(main: Block[], searchEnd: number): { parts: NoticeParts; next: number } | null {
  const at = main.findIndex((b, i) => i < searchEnd && b.kind === 'paragraph' && DECREE_LINE.test(b.text));
  if (at < 0) return null;
  let k = at + 1;
  if (!/号$/.test(main[at]!.text) && main[k] && NUMBER_LINE.test(main[k]!.text)) k++;
  const bodyStart = k;
  while (k < main.length && k < bodyStart + 3 && main[k]!.kind === 'paragraph' && !SIGNER.test(main[k]!.text))
    k++;
  const body = main.slice(bodyStart, k);
  if (!body.some((b) => PROMULGATES.test(b.text))) return null;
  const signature: Block[] = [];
  while (main[k] && main[k]!.kind === 'paragraph' && SIGNER.test(main[k]!.text)) signature.push(main[k++]!);
  const date = main[k]?.kind === 'date' ? main[k++]! : null;
  return {
    parts: {
      title: main.slice(at, bodyStart),
      recipients: null,
      body,
      signature,
      date,
      notes: [],
      transmits: readTransmittedFromText(body.map((b) => b.text).join('')),
    },
    next: k,
  };
}
