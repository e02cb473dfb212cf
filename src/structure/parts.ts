import type { Block } from '../segment/index.js';
import { squashTitle } from './titles.js';
import { buildOutline, type Outline, type OutlineNode, type PendingMessage } from './outline.js';

/**
 * The outline of a main text that may hold several documents. A cover notice that transmits
 * more than one (《甲规定》和《乙规定》…现印发给你们) is followed by each in turn, each under
 * its own title (perhaps broken over lines); each then becomes a part of the outline (level 1,
 * no marker, its title the document's) holding its own headings, numbered afresh. Otherwise
 * the outline is that of the text, and the title stays the document's.
 */
export function buildPartsOutline(
  body: Block[],
  docTitle: Block[],
  noticeBody: Block[],
  messages: PendingMessage[],
): { outline: Outline; docTitle: Block[] } {
  const named = namedTitles(noticeBody);
  const unsplit = () => ({ outline: buildOutline(body, messages), docTitle });
  if (docTitle.length === 0 || !named.has(squashTitle(docTitle.map((b) => b.text).join(''))))
    return unsplit();
  const titles: Block[][] = [docTitle];
  const bounds: number[] = [0];
  for (let i = 0; i < body.length; i++) {
    const lines = titleAt(body, i, named);
    if (lines === 0) continue;
    titles.push(body.slice(i, i + lines));
    bounds.push(i, i + lines);
    i += lines - 1;
  }
  if (titles.length === 1) return unsplit();
  bounds.push(body.length);
  const sections = titles.map((title, k) =>
    partNode(title, k + 1, buildOutline(body.slice(bounds[2 * k], bounds[2 * k + 1]), messages)),
  );
  return { outline: { intro: [], sections }, docTitle: [] };
}

/** The titles a notice's text names in 《》, as compared (without spaces). */
function namedTitles(noticeBody: Block[]): Set<string> {
  const named = new Set<string>();
  for (const b of noticeBody)
    for (const m of b.text.matchAll(/《([^《》]{2,60})》/g)) named.add(squashTitle(m[1]!));
  return named;
}

/** How many lines (up to three short ones) at `i` spell one of the named titles, or 0. */
function titleAt(body: Block[], i: number, named: Set<string>): number {
  let joined = '';
  for (let k = i; k < Math.min(body.length, i + 3); k++) {
    const b = body[k]!;
    // (a table of contents may end with the title it stands under: no document starts there)
    if (b.kind !== 'paragraph' || b.toc || /[。;:]/.test(b.text)) return 0;
    joined += squashTitle(b.text);
    if (named.has(joined)) return k - i + 1;
  }
  return 0;
}

/** A document of the text as a part: its title lines are the heading, its intro the part's text. */
function partNode(title: Block[], ordinal: number, outline: Outline): OutlineNode {
  return {
    heading: title[0]!,
    style: 'part',
    written: 'part',
    ordinal,
    level: 1,
    marker: null,
    recovered: false,
    titleFrom: title[0]!.from,
    titleTo: title.at(-1)!.to,
    // a title's further lines belong to the heading (see toSections), then the part's intro
    paragraphs: [...title.slice(1), ...outline.intro],
    children: outline.sections.map(deepen),
  };
}

function deepen(node: OutlineNode): OutlineNode {
  return { ...node, level: node.level + 1, children: node.children.map(deepen) };
}
