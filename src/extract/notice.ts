import type { Notice } from '../schema/contract.js';
import { IMPLEMENTING_VERBS } from '../knowledge/document-types.js';
import type { Block } from '../segment/index.js';
import type { NoticeParts } from '../structure/index.js';
import { endsWithIssuer, signatureNames, splitRecipients, titleText } from '../structure/titles.js';
import type { ExtractContext } from './context.js';
import { describeDamage, impliedDate, readDamagedDate, readDate } from './date.js';

/**
 * The cover notice as the contract gives it; a damaged signed date is read as the one date its
 * digits allow on or before `latest` (the page's publish date), else kept raw, with a warning.
 */
export function extractNotice(
  parts: NoticeParts,
  ctx: ExtractContext,
  banner: string | null = null,
  latest: string | null = null,
): Notice {
  const all = [
    ...parts.title,
    parts.recipients,
    ...parts.body,
    ...parts.signature,
    parts.date,
    ...parts.notes,
  ].filter((b): b is Block => !!b);
  // (a 令 numbered as a 文号 may repeat its number on the line under it: 东政令[1997]3号 / 第3号)
  const title = titleText(
    parts.title
      .filter((b, i) => i === 0 || !repeatsNumber(parts.title[i - 1]!.text, b.text))
      .map((b) => b.text),
  );
  const signature = parts.signature.map((b) => signatureText(b.text)).join(' ') || null;
  let signedDate: string | null = null;
  const raw = parts.date?.text ?? null;
  if (parts.date && raw) {
    const d = readDate(raw);
    if (d?.iso && /^\d{4}-\d{2}-\d{2}$/.test(d.iso)) signedDate = d.iso;
    else {
      const damaged = readDamagedDate(raw);
      signedDate = impliedDate(damaged, latest);
      ctx.report({
        ruleId: 'date/incomplete',
        severity: 'warning',
        message: `signed date "${raw}" ${describeDamage(damaged, latest)}`,
        from: parts.date.from,
        to: parts.date.to,
        actual: raw,
      });
    }
  }
  // a 令 is issued by the organ its title names, and signed by the head of it
  const decreeIssuer = parts.recipients
    ? null
    : parts.title.length > 1 && endsWithIssuer(parts.title[0]!.text)
      ? parts.title[0]!.text
      : decreeOrgan(title);
  // (a 令's signer is its head, 市长 某某: no organ's name)
  const issuer =
    decreeIssuer ??
    (isDecree(title, !!parts.recipients) ? null : (signature ?? titleIssuer(title) ?? banner));
  return {
    title,
    issuer,
    recipients: parts.recipients ? splitRecipients(parts.recipients.text) : [],
    body: parts.body.map((b) => b.text).join('\n'),
    transmits: parts.transmits,
    signature,
    signedDate,
    signedDateRaw: raw,
    note: parts.notes.map((b) => b.text).join('\n') || null,
    span: ctx.span(
      all[0]!.from,
      all.reduce((end, b) => Math.max(end, b.to), 0),
    ),
  };
}

// GB/T 9704-2012 7.2.3 发文机关标志: the organ's name (joint organs spaced apart) and 文件
const BANNER = /^([\u4e00-\u9fff]{4,40}(?: +[\u4e00-\u9fff]{4,40})*) ?文件$/u;

/** The organ a header line over the title names as the 发文机关标志 (X人民政府文件), if any. */
export function bannerIssuer(header: Block[]): string | null {
  for (const b of header) {
    const organs = b.kind === 'paragraph' ? BANNER.exec(b.text)?.[1] : undefined;
    if (organs && organs.split(/ +/).every(endsWithIssuer)) return organs.replace(/ +/g, ' ');
  }
  return null;
}

/**
 * A signature line as the organs it names, one space apart (joint issuers spaced apart as a page
 * sets them; an organ's name spaced out to the line's width closed up); a signer's post and name
 * as written.
 */
export function signatureText(text: string): string {
  return signatureNames(text)?.join(' ') ?? text.replace(/ {2,}/g, ' ');
}

/** A 令 read as the cover: no 主送, and a title that is the 令's name and number. */
export function isDecree(title: string, addressed: boolean): boolean {
  return !addressed && /令(?:.*号)?$/.test(title);
}

/** The organ a 令 names before 令 (X人民政府令第3号), not the code of a 令 numbered as a 文号 (东政令[1997]3号). */
function decreeOrgan(title: string): string | null {
  const named = /^(.+?)令/.exec(title)?.[1];
  return named && endsWithIssuer(named) ? named : null;
}

/** `line` is the number `above` ends with, written 第N号 (东政令[1997]3号 / 第3号). */
function repeatsNumber(above: string, line: string): boolean {
  const serial = /^第 ?(\d{1,5}) ?号$/.exec(line)?.[1];
  return !!serial && new RegExp(`\\D${serial} ?号$`).test(above);
}

/**
 * The issuer a title names: the organ before its verb (印发, 转发, 批转, or 贯彻 another organ's
 * document), else the organ before 关于; none where the words there name no organ (a repost's
 * "X省关于…", "市政府贯彻国务院关于…": 国务院 wrote what is carried out).
 */
export function titleIssuer(title: string): string | null {
  const acting = ACTING_VERB.exec(title)?.[1];
  if (acting && endsWithIssuer(acting)) return acting;
  const head = /^(.+?)关于/.exec(title)?.[1];
  if (!head || (acting && acting.length < head.length)) return null;
  return endsWithIssuer(head) ? head : null;
}

// what stands before the title's first verb: the organ that hands on, not the one that wrote what
// is handed on ("X区人民政府办公室印发《…》的通知", "市人民政府批转市某委关于…的通知")
const ACTING_VERB = new RegExp(`^(.+?)(?:印发|转发|批转|${IMPLEMENTING_VERBS.join('|')})`);
