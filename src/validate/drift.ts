import type { Measure, Message, Person, PolicyDocument, Section, Span, Target } from '../schema/contract.js';
import { DOCUMENT_START, defaultSeverity, quoteText } from './rules.js';

/** Lost items exist only in the baseline, so their messages point where they stood there. */
const BASELINE_POSITION_NOTE = 'line and column are in the baseline';

interface Pairing<T> {
  pairs: [T, T][];
  lost: T[];
  added: T[];
}

/**
 * Pairs items of the baseline with items of today's document that have the same key, in order,
 * as a multiset: two headings of one title pair with the first two of that title today.
 */
function pairByKey<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Pairing<T> {
  const waiting = new Map<string, T[]>();
  for (const item of after) {
    const k = key(item);
    const list = waiting.get(k);
    if (list) list.push(item);
    else waiting.set(k, [item]);
  }
  const pairs: [T, T][] = [];
  const lost: T[] = [];
  for (const item of before) {
    const match = waiting.get(key(item))?.shift();
    if (match === undefined) lost.push(item);
    else pairs.push([item, match]);
  }
  const paired = new Set(pairs.map(([, b]) => b));
  return { pairs, lost, added: after.filter((item) => !paired.has(item)) };
}

function makeMessage(
  ruleId: string,
  message: string,
  span: Span,
  extra: Pick<Message, 'actual' | 'expected' | 'note'> = {},
): Message {
  return {
    ruleId,
    severity: defaultSeverity(ruleId),
    message,
    line: span.line,
    column: span.column,
    span,
    ...extra,
  };
}

/** Text compared across scrapes: NFKC (full-width punctuation) with no spaces. */
function squashText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

interface ScopedSection {
  scope: string;
  section: Section;
}

/** Every heading of the main text and of each attachment, attachments kept apart by their label. */
function flattenHeadings(doc: PolicyDocument): ScopedSection[] {
  const out: ScopedSection[] = [];
  const walk = (scope: string, sections: Section[]) => {
    for (const section of sections) {
      out.push({ scope, section });
      walk(scope, section.children);
    }
  };
  walk('', doc.outline);
  for (const a of doc.attachments) walk(squashText(a.label), a.outline);
  return out;
}

/** Untitled units (第X条 articles) are known by their marker instead. */
function keyHeading({ scope, section }: ScopedSection): string {
  return `${scope}|${squashText(section.title) || section.marker || squashText(section.text.slice(0, 40))}`;
}

function nameHeading(section: Section): string {
  return quoteText(`${section.marker ?? ''}${section.title || section.text}`);
}

function compareHeadings(baseline: PolicyDocument, current: PolicyDocument): Message[] {
  const { pairs, lost, added } = pairByKey(flattenHeadings(baseline), flattenHeadings(current), keyHeading);
  return [
    ...lost.map(({ section }) =>
      makeMessage(
        'drift/heading-lost',
        `heading ${nameHeading(section)} of the baseline is lost`,
        section.span,
        { note: BASELINE_POSITION_NOTE },
      ),
    ),
    ...added.map(({ section }) =>
      makeMessage(
        'drift/heading-added',
        `heading ${nameHeading(section)} is new since the baseline`,
        section.span,
      ),
    ),
    ...pairs
      .filter(([before, after]) => before.section.level !== after.section.level)
      .map(([before, after]) =>
        makeMessage(
          'drift/heading-moved',
          `heading ${nameHeading(after.section)} moved from level ${before.section.level} to level ${after.section.level}`,
          after.section.span,
          { expected: String(before.section.level), actual: String(after.section.level) },
        ),
      ),
  ];
}

function describeTarget(t: Target): string {
  const value =
    t.value === null
      ? 'no value'
      : `${t.value}${t.comparator === 'range' ? `–${t.valueMax}` : ''}${t.unit ?? ''}`;
  return `${value} (${t.comparator}, ${t.year ?? 'no year'})`;
}

function keyTargetMetric(t: Target): string {
  return squashText(t.metric || t.text);
}

function compareTargets(baseline: PolicyDocument, current: PolicyDocument): Message[] {
  // First pair targets that are unchanged, so that of two targets of one metric the changed one is reported.
  const same = pairByKey(
    baseline.targets,
    current.targets,
    (t) => `${keyTargetMetric(t)}|${describeTarget(t)}`,
  );
  const { pairs, lost, added } = pairByKey(same.lost, same.added, keyTargetMetric);
  return [
    ...pairs.map(([before, after]) =>
      makeMessage(
        'drift/target-changed',
        `target ${quoteText(after.metric || after.text)} changed from ${describeTarget(before)} to ${describeTarget(after)}`,
        after.span,
        { expected: describeTarget(before), actual: describeTarget(after) },
      ),
    ),
    ...lost.map((t) =>
      makeMessage('drift/target-lost', `target ${quoteText(t.text)} of the baseline is lost`, t.span, {
        note: BASELINE_POSITION_NOTE,
      }),
    ),
    ...added.map((t) =>
      makeMessage('drift/target-added', `target ${quoteText(t.text)} is new since the baseline`, t.span),
    ),
  ];
}

function listMeasures(doc: PolicyDocument): { scope: string; measure: Measure }[] {
  return [
    ...doc.measures.map((measure) => ({ scope: '', measure })),
    ...doc.attachments.flatMap((a) => a.measures.map((measure) => ({ scope: squashText(a.label), measure }))),
  ];
}

function compareDepartments(baseline: PolicyDocument, current: PolicyDocument): Message[] {
  const { lost, added } = pairByKey(baseline.departments, current.departments, (d) => d.name);
  const out = [
    // Departments carry no position of their own.
    ...lost.map((d) =>
      makeMessage(
        'drift/department-dropped',
        `department "${d.name}" of the baseline is no longer found`,
        DOCUMENT_START,
      ),
    ),
    ...added.map((d) =>
      makeMessage(
        'drift/department-added',
        `department "${d.name}" is new since the baseline`,
        DOCUMENT_START,
      ),
    ),
  ];
  // A department still named somewhere may have been dropped from one measure, which the list above cannot show.
  const stillNamed = new Set(current.departments.map((d) => d.name));
  const measures = pairByKey(
    listMeasures(baseline),
    listMeasures(current),
    ({ scope, measure }) => `${scope}|${squashText(measure.title || measure.text.slice(0, 40))}`,
  );
  for (const [before, after] of measures.pairs) {
    const names = new Set(after.measure.departments.map((d) => d.name));
    for (const d of before.measure.departments) {
      if (names.has(d.name) || !stillNamed.has(d.name)) continue;
      const title = quoteText(after.measure.title || after.measure.text);
      out.push(
        makeMessage(
          'drift/department-dropped',
          `measure ${title} no longer names department "${d.name}"`,
          after.measure.span,
          { expected: d.name },
        ),
      );
    }
  }
  return out;
}

function describePerson(p: Person): string {
  return `${p.group ? `${p.group} ` : ''}${p.role} ${p.name === null ? '(no name)' : `"${p.name}"`}`;
}

function comparePersonnel(baseline: PolicyDocument, current: PolicyDocument): Message[] {
  const same = pairByKey(baseline.personnel, current.personnel, (p) => `${p.group}|${p.role}|${p.name}`);
  const { pairs, lost, added } = pairByKey(same.lost, same.added, (p) => `${p.group}|${p.role}`);
  return [
    ...pairs.map(([before, after]) =>
      makeMessage(
        'drift/personnel-changed',
        `roster entry ${describePerson(before)} is now ${describePerson(after)}`,
        after.span,
        {
          expected: before.name ?? undefined,
          actual: after.name ?? undefined,
        },
      ),
    ),
    ...lost.map((p) =>
      makeMessage(
        'drift/personnel-changed',
        `roster entry ${describePerson(p)} of the baseline is lost`,
        p.span,
        { note: BASELINE_POSITION_NOTE },
      ),
    ),
    ...added.map((p) =>
      makeMessage(
        'drift/personnel-added',
        `roster entry ${describePerson(p)} is new since the baseline`,
        p.span,
      ),
    ),
  ];
}

interface MetadataField {
  name: string;
  read: (doc: PolicyDocument) => string | null | undefined;
  locate?: (doc: PolicyDocument) => Span | undefined;
}

/** The fields a re-scrape or a parser change must not lose or alter; `fields` and keywords are too noisy to compare. */
const METADATA_FIELDS: readonly MetadataField[] = [
  { name: 'title', read: (d) => d.metadata.title },
  { name: 'indexNumber', read: (d) => d.metadata.indexNumber },
  { name: 'publisher', read: (d) => d.metadata.publisher },
  {
    name: 'docNumber',
    read: (d) => d.metadata.docNumber?.normalized,
    locate: (d) => d.metadata.docNumber?.span,
  },
  { name: 'publishDate', read: (d) => d.metadata.publishDate },
  { name: 'signedDate', read: (d) => d.metadata.signedDate },
  { name: 'topic', read: (d) => d.metadata.topic },
  { name: 'genre', read: (d) => d.metadata.genre },
  { name: 'validity', read: (d) => d.metadata.validity },
  { name: 'notice.title', read: (d) => d.notice?.title, locate: (d) => d.notice?.span },
  { name: 'notice.transmits', read: (d) => d.notice?.transmits, locate: (d) => d.notice?.span },
];

function compareMetadata(baseline: PolicyDocument, current: PolicyDocument): Message[] {
  const out: Message[] = [];
  for (const field of METADATA_FIELDS) {
    const before = field.read(baseline) ?? null;
    const after = field.read(current) ?? null;
    if (before === after) continue;
    const span = field.locate?.(current) ?? DOCUMENT_START;
    if (before === null) {
      out.push(
        makeMessage(
          'drift/metadata-added',
          `${field.name} ${quoteText(after ?? '')} is new since the baseline`,
          span,
          { actual: after ?? undefined },
        ),
      );
      continue;
    }
    const said =
      after === null
        ? `${field.name} ${quoteText(before)} of the baseline is lost`
        : `${field.name} changed from ${quoteText(before)} to ${quoteText(after)}`;
    out.push(
      makeMessage('drift/metadata-changed', said, span, { expected: before, actual: after ?? undefined }),
    );
  }
  return out;
}

/**
 * What changed between a saved extraction (the baseline) and today's: headings lost, added or
 * moved; targets lost, added or changed; departments dropped from the document or from a
 * measure; roster entries lost or renamed; metadata changed. Losses are errors by default,
 * additions warnings (see the rules table). Lost items point at their place in the baseline. Pure.
 */
export function compareWithBaseline(baseline: PolicyDocument, current: PolicyDocument): Message[] {
  return [
    ...compareMetadata(baseline, current),
    ...compareHeadings(baseline, current),
    ...compareTargets(baseline, current),
    ...compareDepartments(baseline, current),
    ...comparePersonnel(baseline, current),
  ];
}

/** The warning for an input the baseline holds no extraction of; `looked` says where it was looked for. */
export function describeMissingBaseline(looked: string): Message {
  return makeMessage(
    'drift/no-baseline',
    `the baseline holds no extraction of this input (looked for ${looked})`,
    DOCUMENT_START,
  );
}
