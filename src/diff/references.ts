/**
 * The documents two documents cite (`references`: 《title》 and 文号): whether one cites the other
 * (a district plan made 根据 its city's plan), which both cite (a shared legal basis), and which
 * only one does.
 */
import type { PolicyDocument, Reference } from '../schema/contract.js';
import type { Citation, Diff } from './schema.js';
import { compactText } from './similarity.js';

/**
 * A citation and another name the same document when their 文号 are equal or their titles are
 * (punctuation and 《》 aside). A document is named by its 文号, its title, its cover notice's title
 * and the title of the document the notice transmits. Each side's citations are counted once per
 * document cited, at its first citation; the other document itself is not among one side's own.
 */
export function compareReferences(a: PolicyDocument, b: PolicyDocument): Diff['references'] {
  const citesA = listCitations(a);
  const citesB = listCitations(b);
  const aCitesB = citesA.find((c) => namesDocument(c, b)) ?? null;
  const bCitesA = citesB.find((c) => namesDocument(c, a)) ?? null;
  const own = (cites: Citation[], other: Citation | null) => cites.filter((c) => c !== other);
  const restA = own(citesA, aCitesB);
  const restB = own(citesB, bCitesA);
  const shared: Diff['references']['shared'] = [];
  const pairedA = new Set<Citation>();
  const pairedB = new Set<Citation>();
  for (const ca of restA) {
    const cb = restB.find((c) => !pairedB.has(c) && sameDocument(ca, c));
    if (!cb) continue;
    pairedA.add(ca);
    pairedB.add(cb);
    shared.push({
      title: ca.title ?? cb.title,
      docNumber: ca.docNumber ?? cb.docNumber,
      a: ca.span,
      b: cb.span,
    });
  }
  return {
    aCitesB,
    bCitesA,
    shared,
    onlyA: restA.filter((ca) => !pairedA.has(ca)),
    onlyB: restB.filter((cb) => !pairedB.has(cb)),
  };
}

/**
 * A document's citations, one per document cited, in reading order; not those of itself (本预案
 * quoting its own title, a cover notice naming what it transmits).
 */
function listCitations(doc: PolicyDocument): Citation[] {
  const out: Citation[] = [];
  for (const r of [...doc.references].sort((x, y) => x.span.start - y.span.start)) {
    const c = toCitation(r);
    if (!namesDocument(c, doc) && !out.some((o) => sameDocument(o, c))) out.push(c);
  }
  return out;
}

function toCitation(r: Reference): Citation {
  return { title: r.title, docNumber: r.docNumber?.normalized ?? null, span: r.span };
}

function sameDocument(x: Pick<Citation, 'title' | 'docNumber'>, y: Pick<Citation, 'title' | 'docNumber'>) {
  if (x.docNumber !== null && x.docNumber === y.docNumber) return true;
  return x.title !== null && y.title !== null && compactText(x.title) === compactText(y.title);
}

function namesDocument(c: Citation, doc: PolicyDocument): boolean {
  const titles = [doc.metadata.title, doc.notice?.title, doc.notice?.transmits];
  const docNumber = doc.metadata.docNumber?.normalized ?? null;
  return titles.some((title) => sameDocument(c, { title: title ?? null, docNumber }));
}
