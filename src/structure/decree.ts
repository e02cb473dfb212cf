import type { Block } from '../segment/index.js';
import type { NoticeParts } from './index.js';
import { endsWithIssuer, isPageChrome, isSignatureLine, readTransmittedFromText } from './titles.js';

// "X人民政府令" / "中华人民共和国国务院令", perhaps with its number on the line ("…令 第82号",
// "政府令〔2010〕第15号" under the issuer's line), or its number written as a 文号 whose agency code
// ends with 令 ("东政令[1997]3号": no 第 after the year)
const ORDER_NUMBER = '(?:[〔[(]\\d{4}[〕\\])] ?(?:第 ?)?|第 ?)[0-9一二三四五六七八九十百〇]{1,6} ?号';
// the number alone under the 令 line, which a page may repeat under a number written as a 文号
const NUMBER_ONLY = /^第 ?[0-9一二三四五六七八九十百〇]{1,6} ?号$/;
const DECREE_LINE = new RegExp(`^[\\u4e00-\\u9fff]{2,30}令(?: ?${ORDER_NUMBER})?$`);
const NUMBER_LINE = new RegExp(`^${ORDER_NUMBER}$`);
const PROMULGATES = /现予(?:以)?(?:公布|发布|颁布|印发)/;
// the most lines the promulgation's text is hard-wrapped over
const MAX_BODY_LINES = 6;
// "自治区主席 某某", "市 长:某某", "市长: 某 某", "省长": the signer's post and name (their characters
// perhaps spaced), and the name unless the page left it out
const SIGNER =
  /^(?:[\u4e00-\u9fff] ?){0,12}(?:主 ?席|[省市县区州盟旗部局署行] ?长|主 ?任|总 ?理)(?: ?[:：]? ?(?:[\u4e00-\u9fff] {0,3}){1,3}[\u4e00-\u9fff])?$/;

/**
 * The promulgation a 令 opens with (GB/T 9704 命令(令)格式: 发文机关标志 "X令", 令号 "第N号", the
 * text 《…》已经…通过,现予公布, the signer's post and name, the date): read as the cover notice,
 * with no 主送. Looked for in the first `searchEnd` blocks; null when there is none.
 */
export function readDecree(main: Block[], searchEnd: number): { parts: NoticeParts; next: number } | null {
  // (a title "…关于…的命令" ends with 令 too, but names no organ's 令)
  const at = main.findIndex(
    (b, i) =>
      i < searchEnd && b.kind === 'paragraph' && DECREE_LINE.test(b.text) && !/关于|命令/.test(b.text),
  );
  if (at < 0) return null;
  let k = at + 1;
  // (the number may stand under a line of the page's chrome, which goes to the header)
  let n = k;
  while (main[n] && isPageChrome(main[n]!.text)) n++;
  // (a number line under a 令 line that has its number already repeats it: 东政令[1997]3号 / 第3号)
  const numbered =
    !!main[n] &&
    (/号$/.test(main[at]!.text) ? NUMBER_ONLY.test(main[n]!.text) : NUMBER_LINE.test(main[n]!.text));
  if (numbered) k = n + 1;
  const bodyStart = k;
  // the text runs to the signer: a sentence or two, over a few lines where the page is hard-wrapped
  while (
    k < main.length &&
    k < bodyStart + MAX_BODY_LINES &&
    main[k]!.kind === 'paragraph' &&
    !SIGNER.test(main[k]!.text)
  )
    k++;
  const body = main.slice(bodyStart, k);
  if (!PROMULGATES.test(body.map((b) => b.text).join(''))) return null;
  const signature: Block[] = [];
  while (main[k] && main[k]!.kind === 'paragraph' && SIGNER.test(main[k]!.text)) signature.push(main[k++]!);
  const date = main[k]?.kind === 'date' ? main[k++]! : null;
  // a bare 政府令 line, or one that names its organ by an abbreviation (东府令): the issuer's name
  // stands on a line a little above it
  const named = main[at]!.text.slice(0, main[at]!.text.indexOf('令'));
  const issuerLine =
    /^(?:政府)?$/.test(named) || !endsWithIssuer(named)
      ? main.slice(Math.max(0, at - 3), at).findLast((b) => isSignatureLine(b))
      : undefined;
  return {
    parts: {
      title: [...(issuerLine ? [issuerLine] : []), main[at]!, ...(numbered ? [main[n]!] : [])],
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
