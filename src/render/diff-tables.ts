import stringWidth from 'string-width';
import type { Alignment, Citation, Diff, DiffDoc, ItemRef, MatchLabel, TargetRef } from '../diff/schema.js';
import { COMPARATOR_SIGN, plural } from './signs.js';

/**
 * How a row compares, for colour (text, HTML): a match by its label (`inside`: A's item within
 * B's, `holds`: B's within A's), a one-sided item, or a paired value that differs.
 */
export type Tone = 'same' | 'close' | 'inside' | 'holds' | 'weak' | 'only' | 'differs';

/** A column of a diff table. */
export interface DiffColumn {
  head: string;
  /** The column may be shortened with … to fit a narrow terminal. */
  shrink?: boolean;
  /** The column (always the last) is wrapped onto more lines instead of shortened. */
  wrap?: boolean;
  align?: 'right';
}

/** One row; `tone` colours the table's accent column. */
export interface DiffRow {
  cells: string[];
  tone?: Tone;
}

/**
 * One section of a diff as a table: the common model the text, Markdown and HTML renderers
 * draw, so that all three show the same facts.
 */
export interface DiffTable {
  /** A stable kebab-case name (HTML anchors). */
  id: string;
  title: string;
  /** One line of counts under the title. */
  summary: string | null;
  columns: DiffColumn[];
  rows: DiffRow[];
  /** Index of the column coloured by the row's tone. */
  accent?: number;
  /** The columns of A and of B when they face each other: │ dividers in a terminal, equal widths in HTML. */
  sides?: [number, number];
}

/** Options of {@link buildDiffTables}. */
export interface BuildOptions {
  /**
   * For a terminal: a long measure list shows only its matches (the unmatched ones are counted
   * in the summary), since a screenful of one-sided rows hides the pairs.
   */
  brief?: boolean;
}

/** Words for the match labels, shown with the score (`nearly same 0.93`). */
export const LABEL_WORDS: Record<MatchLabel, string> = {
  identical: 'identical',
  'nearly-identical': 'nearly same',
  'a-in-b': 'A in B',
  'b-in-a': 'B in A',
  related: 'related',
};

/** The tone of each match label, from the closest to the loosest. */
export const LABEL_TONES: Record<MatchLabel, Tone> = {
  identical: 'same',
  'nearly-identical': 'close',
  'a-in-b': 'inside',
  'b-in-a': 'holds',
  related: 'weak',
};

/** Beyond this many rows a brief measure table keeps only its matches. */
const BRIEF_MEASURE_ROWS = 30;
/** Reused passages are shown as excerpts (display cells: 80 Chinese characters): enough to recognise them; their lines find them. */
const EXCERPT_WIDTH = 160;

const NONE = '—';

/** The sections of a diff, in reading order, as tables. */
export function buildDiffTables(d: Diff, options: BuildOptions = {}): DiffTable[] {
  return [
    buildDocumentsTable(d),
    buildReferencesTable(d),
    buildAlignmentTable('outline', 'Outline', d.sections, { indent: true, brief: false }),
    buildAlignmentTable('measures', 'Measures', d.measures, { indent: false, brief: options.brief === true }),
    buildTargetsTable(d),
    buildDepartmentsTable(d),
    ...buildPersonnelTables(d),
    buildListTable('keywords', 'Keywords', 'keywords', d.keywords),
    buildReuseTable(d),
  ];
}

/** `A: a.txt · B: b.txt`, the line naming what was compared. */
export function describeFiles(d: Diff): string {
  return `A: ${d.a.path} · B: ${d.b.path}`;
}

/** The fields of DiffDoc the documents table shows itself; metadata rows of the same field are not repeated. */
const DOC_FIELDS = new Set([
  'path',
  'title',
  'docNumber',
  'issuer',
  'level',
  'genre',
  'type',
  'publishDate',
  'signedDate',
  'chars',
  'sections',
  'measures',
]);

function buildDocumentsTable(d: Diff): DiffTable {
  const facts: [string, (doc: DiffDoc) => string][] = [
    ['file', (doc) => doc.path],
    ['title', (doc) => doc.title || NONE],
    [
      'issuer',
      (doc) => (doc.issuer ? `${doc.issuer}${doc.level ? ` (${doc.level})` : ''}` : (doc.level ?? NONE)),
    ],
    ['type', (doc) => doc.genre ?? NONE],
    ['doc number', (doc) => doc.docNumber ?? NONE],
    ['published', (doc) => doc.publishDate ?? NONE],
    ['signed', (doc) => doc.signedDate ?? NONE],
    [
      'size',
      (doc) =>
        `${plural(doc.chars, 'char')}, ${plural(doc.sections, 'section')}, ${plural(doc.measures, 'measure')}`,
    ],
  ];
  // no tones here: two documents differ in nearly every field, and colour on all of them says nothing
  const rows: DiffRow[] = facts.map(([field, show]) => ({ cells: [field, show(d.a), show(d.b)] }));
  for (const m of d.metadata) {
    if (!DOC_FIELDS.has(m.field)) rows.push({ cells: [m.field, m.a ?? NONE, m.b ?? NONE] });
  }
  return {
    id: 'documents',
    title: 'Documents',
    summary: null,
    columns: [{ head: '' }, { head: 'A', shrink: true }, { head: 'B', shrink: true }],
    rows,
    sides: [1, 2],
  };
}

/**
 * An alignment side by side in document order: pairs in A's order, each item only in A at its
 * place in A, each item only in B right after the item that precedes it in B.
 */
function buildAlignmentTable(
  id: string,
  title: string,
  alignment: Alignment,
  how: { indent: boolean; brief: boolean },
): DiffTable {
  const show = (item: ItemRef) => (how.indent ? '  '.repeat(item.path.length) : '') + labelItem(item);
  type Placed = { row: DiffRow; a?: number; b?: number };
  const placed: Placed[] = [
    ...alignment.matches.map((m) => ({
      row: {
        cells: [show(m.a), `${LABEL_WORDS[m.label]} ${m.score.toFixed(2)}`, show(m.b)],
        tone: LABEL_TONES[m.label],
      },
      a: m.a.span.start,
      b: m.b.span.start,
    })),
    ...alignment.onlyA.map((item) => ({
      row: { cells: [show(item), 'only A', ''], tone: 'only' as const },
      a: item.span.start,
    })),
  ].sort((x, y) => x.a - y.a);
  for (const item of [...alignment.onlyB].sort((x, y) => x.span.start - y.span.start)) {
    // after its nearest predecessor in B, wherever A's order put that row
    let at = -1;
    placed.forEach((p, k) => {
      if (p.b !== undefined && p.b < item.span.start && (at < 0 || p.b > placed[at]!.b!)) at = k;
    });
    placed.splice(at + 1, 0, {
      row: { cells: ['', 'only B', show(item)], tone: 'only' },
      b: item.span.start,
    });
  }
  const untitled = [
    ...alignment.matches.flatMap((m) => [m.a, m.b]),
    ...alignment.onlyA,
    ...alignment.onlyB,
  ].some((item) => item.excerpt);
  const counts = `${alignment.matches.length} matched, ${alignment.onlyA.length} only in A, ${alignment.onlyB.length} only in B${untitled ? '; [ ]: an untitled item by its opening words' : ''}`;
  const long = how.brief && placed.length > BRIEF_MEASURE_ROWS;
  return {
    id,
    title,
    summary: long ? `${counts} (only the matches are listed)` : counts,
    columns: [{ head: 'A', shrink: true }, { head: 'match' }, { head: 'B', shrink: true }],
    rows: placed.map((p) => p.row).filter((row) => !long || row.tone !== 'only'),
    accent: 1,
    sides: [0, 2],
  };
}

/** What an item is called: its title, else its opening words in [ ], else —. */
export function labelItem(item: ItemRef): string {
  return item.title || (item.excerpt ? `[${item.excerpt}]` : NONE);
}

/** Marks of a change's direction: a growth (↑6%) reads apart from a level (6%) and a reduction. */
const DIRECTION_SIGN = { up: '↑', down: '↓' } as const;

/** `≥90% (2025)`, `↓2.5% (2019)`: a target's direction, value, unit and year in one cell. */
export function formatTargetValue(t: TargetRef): string {
  const year = t.year === null ? '' : ` (${t.year})`;
  if (t.value === null) return `${NONE}${year}`;
  const value =
    t.comparator === 'range' && t.valueMax !== null
      ? `${t.value}–${t.valueMax}`
      : `${(COMPARATOR_SIGN as Record<string, string>)[t.comparator] ?? ''}${t.value}`;
  const direction = t.direction ? DIRECTION_SIGN[t.direction] : '';
  return `${direction}${value}${t.unit ?? ''}${year}`;
}

/** A metric the text leaves implicit (…年均增长10%) shows as —. */
function metricOf(t: TargetRef): string {
  return t.metric || NONE;
}

function buildTargetsTable(d: Diff): DiffTable {
  const { matches, onlyA, onlyB } = d.targets;
  const directed = [...matches.flatMap((m) => [m.a, m.b]), ...onlyA, ...onlyB].some((t) => t.direction);
  const rows: DiffRow[] = [
    ...matches.map((m) => ({
      cells: [
        m.a.metric === m.b.metric ? metricOf(m.a) : `${metricOf(m.a)} / ${metricOf(m.b)}`,
        formatTargetValue(m.a),
        formatTargetValue(m.b),
        m.differences.length ? m.differences.join(', ') : 'same',
      ],
      tone: m.differences.length ? ('differs' as const) : ('same' as const),
    })),
    ...onlyA.map((t) => ({
      cells: [metricOf(t), formatTargetValue(t), NONE, 'only A'],
      tone: 'only' as const,
    })),
    ...onlyB.map((t) => ({
      cells: [metricOf(t), NONE, formatTargetValue(t), 'only B'],
      tone: 'only' as const,
    })),
  ];
  return {
    id: 'targets',
    title: 'Targets',
    summary: `${matches.length} paired by metric, ${onlyA.length} only in A, ${onlyB.length} only in B${directed ? '; ↑ growth, ↓ reduction (else a level)' : ''}`,
    columns: [{ head: 'metric', shrink: true }, { head: 'A' }, { head: 'B' }, { head: 'differs' }],
    rows,
    accent: 3,
  };
}

function buildDepartmentsTable(d: Diff): DiffTable {
  const { shared, onlyA, onlyB } = d.departments;
  type Side = Diff['departments']['shared'][number]['sideA'];
  const names = (listed: string[], side: Side) => [...new Set([...listed, ...side.names])].join('、');
  const leads = (side: Side | null) => (side ? String(side.leads) : NONE);
  const rows: DiffRow[] = [
    ...shared.map((s) => ({
      cells: [
        s.canonical,
        names(s.a, s.sideA),
        names(s.b, s.sideB),
        leads(s.sideA),
        leads(s.sideB),
        s.renamed ?? '',
      ],
      tone: s.renamed ? ('differs' as const) : undefined,
    })),
    ...onlyA.map((o) => ({
      cells: [o.canonical ?? NONE, names([], o.side), '', leads(o.side), NONE, 'only A'],
      tone: 'only' as const,
    })),
    ...onlyB.map((o) => ({
      cells: [o.canonical ?? NONE, '', names([], o.side), NONE, leads(o.side), 'only B'],
      tone: 'only' as const,
    })),
  ];
  return {
    id: 'departments',
    title: 'Departments',
    summary: `${countOf(shared.length, 'function')} on both sides, ${onlyA.length} only in A, ${onlyB.length} only in B; leads: measures led`,
    columns: [
      { head: 'function', shrink: true },
      { head: 'A names', shrink: true },
      { head: 'B names', shrink: true },
      { head: 'A leads', align: 'right' },
      { head: 'B leads', align: 'right' },
      { head: 'note', wrap: true },
    ],
    rows,
    accent: 5,
  };
}

function buildPersonnelTables(d: Diff): DiffTable[] {
  const { a, b, roles, functions } = d.personnel;
  const count = (field: string, x: number, y: number): DiffRow => ({ cells: [field, String(x), String(y)] });
  const numbers: DiffTable = {
    id: 'personnel',
    title: 'Personnel',
    summary: `A: ${a.people} people in ${countOf(a.groups.length, 'group')} · B: ${b.people} people in ${countOf(b.groups.length, 'group')}`,
    columns: [
      { head: 'role', shrink: true },
      { head: 'A', align: 'right' },
      { head: 'B', align: 'right' },
    ],
    rows: [
      count('people', a.people, b.people),
      count('groups', a.groups.length, b.groups.length),
      count('incomplete entries', a.incomplete, b.incomplete),
      ...roles.map((r) => count(r.role, r.a, r.b)),
    ],
  };
  const groupRows = (side: string, roster: typeof a): DiffRow[] =>
    roster.groups.map((g) => ({
      cells: [
        side,
        g.name || '(unnamed)',
        String(g.size),
        Object.entries(g.roles)
          .map(([role, n]) => `${role} ${n}`)
          .join('、'),
      ],
    }));
  const groups: DiffTable = {
    id: 'work-groups',
    title: 'Work groups',
    summary: null,
    columns: [
      { head: 'side' },
      { head: 'group', shrink: true },
      { head: 'members', align: 'right' },
      { head: 'roles', wrap: true },
    ],
    rows: [...groupRows('A', a), ...groupRows('B', b)],
  };
  return [
    numbers,
    groups,
    buildListTable('roster-functions', 'Functions on the rosters', 'functions', functions),
  ];
}

/** Words on both sides and on one side only, as three rows of a list. */
function buildListTable(
  id: string,
  title: string,
  noun: string,
  lists: { shared: string[]; onlyA: string[]; onlyB: string[] },
): DiffTable {
  const row = (which: string, words: string[]): DiffRow => ({
    cells: [`${which} (${words.length})`, words.join('、') || NONE],
  });
  return {
    id,
    title,
    summary: null,
    columns: [{ head: '' }, { head: noun, wrap: true }],
    rows: [row('both', lists.shared), row('only A', lists.onlyA), row('only B', lists.onlyB)],
  };
}

/**
 * The documents cited: first whether one side cites the other (a plan made 根据 the other), then
 * those both cite, then each side's own, one row each with the lines citing it.
 */
function buildReferencesTable(d: Diff): DiffTable {
  const r = d.references;
  const name = (c: Pick<Citation, 'title' | 'docNumber'>) =>
    [c.title && `《${c.title}》`, c.docNumber].filter(Boolean).join(' ');
  const row = (which: string, c: Citation | null, side: 'a' | 'b', tone: Tone): DiffRow[] =>
    c
      ? [
          {
            cells: [
              which,
              side === 'a' ? String(c.span.line) : NONE,
              side === 'b' ? String(c.span.line) : NONE,
              name(c),
            ],
            tone,
          },
        ]
      : [];
  const cites = [r.aCitesB && 'A cites B', r.bCitesA && 'B cites A'].filter(Boolean);
  return {
    id: 'references',
    title: 'References',
    summary: `${cites.length ? `${cites.join(', ')}; ` : ''}${r.shared.length} cited by both, ${r.onlyA.length} only by A, ${r.onlyB.length} only by B`,
    columns: [
      { head: '' },
      { head: 'A line', align: 'right' },
      { head: 'B line', align: 'right' },
      { head: 'document', shrink: true },
    ],
    rows: [
      ...row('A cites B', r.aCitesB, 'a', 'same'),
      ...row('B cites A', r.bCitesA, 'b', 'same'),
      ...r.shared.map((c) => ({
        cells: ['both', String(c.a.line), String(c.b.line), name(c)],
        tone: 'same' as const,
      })),
      ...r.onlyA.flatMap((c) => row('only A', c, 'a', 'only')),
      ...r.onlyB.flatMap((c) => row('only B', c, 'b', 'only')),
    ],
    accent: 0,
  };
}

function buildReuseTable(d: Diff): DiffTable {
  return {
    id: 'reuse',
    title: 'Reused passages',
    summary: `${countOf(d.reuse.length, 'passage')} of A found in B (similarity 1.00 = verbatim)`,
    columns: [
      { head: 'A line', align: 'right' },
      { head: 'B line', align: 'right' },
      { head: 'similarity' },
      { head: 'passage', shrink: true },
    ],
    rows: d.reuse.map((r) => ({
      cells: [
        String(r.a.line),
        String(r.b.line),
        r.similarity.toFixed(2),
        truncateToWidth(r.text, EXCERPT_WIDTH),
      ],
      tone: r.similarity >= 1 ? ('same' as const) : ('close' as const),
    })),
    accent: 2,
  };
}

/** `1 group`, `2 groups`. */
function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Cuts `s` to at most `width` display cells, ending in … when something was cut. */
export function truncateToWidth(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    const w = stringWidth(ch);
    if (used + w + 1 > width) break;
    out += ch;
    used += w;
  }
  return out + '…';
}
