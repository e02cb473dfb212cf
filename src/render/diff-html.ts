import type { Alignment, Diff, ItemRef } from '../diff/schema.js';
import {
  LABEL_TONES,
  LABEL_WORDS,
  buildDiffTables,
  describeFiles,
  labelItem,
  truncateToWidth,
  type DiffTable,
  type Tone,
} from './diff-tables.js';

/**
 * A diff as one self-contained HTML page (inline CSS, no script, nothing fetched): the tables
 * of every section, and the outline's alignment drawn as an inline SVG.
 */
export function renderDiffHtml(d: Diff): string {
  const title = `${d.a.title || d.a.path} ↔ ${d.b.title || d.b.path}`;
  const sections = buildDiffTables(d).map((table) =>
    renderSection(table, table.id === 'outline' ? renderAlignmentFigure(d.sections) : ''),
  );
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1><span class="side">A</span> ${escapeHtml(d.a.title || d.a.path)}<br><span class="side">B</span> ${escapeHtml(d.b.title || d.b.path)}</h1>
<p class="files">${escapeHtml(describeFiles(d))}</p>
<p class="legend">${renderLegend()}</p>
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

/** Text from a document in HTML text or a quoted attribute: titles can hold any of `< > & " '`. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]!);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Noto / WenQuanYi are the CJK fonts Linux distributions ship; the rest cover macOS and Windows. */
const FONTS = `"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif`;

const TONE_COLORS: Record<Tone, string> = {
  same: '#1a7f37',
  close: '#4ea85a',
  inside: '#0969da',
  holds: '#8250df',
  weak: '#bf8700',
  only: '#8c959f',
  differs: '#bc4c00',
};

const STYLE = `
body { font-family: ${FONTS}; margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 3rem; color: #1f2328; line-height: 1.5; }
h1 { font-size: 1.3rem; margin: 0 0 .5rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .25rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
.side { display: inline-block; min-width: 1.4em; text-align: center; background: #eaeef2; border-radius: 4px; font-size: .85em; margin-right: .3em; }
.files, .summary { color: #59636e; margin: .25rem 0; }
.legend span { margin-right: 1em; white-space: nowrap; }
.legend i { display: inline-block; width: 1.6em; height: .35em; vertical-align: middle; margin-right: .3em; border-radius: 2px; }
table { border-collapse: collapse; max-width: 100%; margin-top: .5rem; font-size: .9rem; }
th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; }
th { background: #f6f8fa; font-weight: 600; }
td.right, th.right { text-align: right; }
table.sides { table-layout: fixed; width: 100%; }
th.fixed, td.fixed { white-space: nowrap; }
col.side { width: 42%; }
tr.only td { color: #8c959f; }
td.accent { white-space: nowrap; font-weight: 600; }
${(Object.keys(TONE_COLORS) as Tone[]).map((t) => `.tone-${t} { color: ${TONE_COLORS[t]}; }\n.legend i.tone-${t} { background: ${TONE_COLORS[t]}; }`).join('\n')}
figure { margin: 1rem 0; overflow-x: auto; }
figcaption { color: #59636e; font-size: .85rem; }
svg text { font-family: ${FONTS}; font-size: 12px; fill: #1f2328; }
svg text.head { font-size: 14px; font-weight: 600; }
svg rect { fill: #f6f8fa; stroke: #afb8c1; }
${(Object.keys(TONE_COLORS) as Tone[]).map((t) => `svg rect.tone-${t} { stroke: ${TONE_COLORS[t]}; }\nsvg path.tone-${t} { stroke: ${TONE_COLORS[t]}; }`).join('\n')}
svg rect.tone-only { fill: #f6f8fa; stroke: #d0d7de; stroke-dasharray: 3 2; }
svg text.only { fill: #8c959f; }
svg path { fill: none; }
`;

/**
 * The classes of a tone: `tone-inside` and `tone-holds` also carry `tone-partial`, their one class
 * before they were told apart, so that stylesheets written for it still apply.
 */
function toneClass(tone: Tone): string {
  return tone === 'inside' || tone === 'holds' ? `tone-${tone} tone-partial` : `tone-${tone}`;
}

function renderLegend(): string {
  return (Object.keys(LABEL_WORDS) as (keyof typeof LABEL_WORDS)[])
    .map((label) => `<span><i class="${toneClass(LABEL_TONES[label])}"></i>${LABEL_WORDS[label]}</span>`)
    .concat(`<span><i class="tone-only"></i>unmatched</span>`)
    .join('');
}

function renderSection(table: DiffTable, figure: string): string {
  const summary = table.summary ? `<p class="summary">${escapeHtml(table.summary)}</p>\n` : '';
  return `<section id="${table.id}">
<h2>${escapeHtml(table.title)}</h2>
${summary}${figure}${table.rows.length ? renderTable(table) : ''}
</section>`;
}

function renderTable(table: DiffTable): string {
  // columns that may not be shortened in a terminal are not broken across lines here either
  const columnClass = (i: number) => {
    const col = table.columns[i]!;
    return [col.align === 'right' ? 'right' : '', col.shrink || col.wrap ? '' : 'fixed']
      .filter(Boolean)
      .join(' ');
  };
  const head = table.columns
    .map((col, i) => `<th${classes(columnClass(i))}>${escapeHtml(col.head)}</th>`)
    .join('');
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((cell, i) => {
      const accent = i === table.accent && row.tone ? `accent ${toneClass(row.tone)}` : '';
      return `<td${classes(columnClass(i), accent)}>${escapeHtml(cell)}</td>`;
    });
    return `<tr${classes(row.tone === 'only' ? 'only' : '')}>${cells.join('')}</tr>`;
  });
  // A's and B's columns get equal widths, so that facing texts line up
  const sides = table.sides;
  const cols = sides
    ? `<colgroup>${table.columns.map((_c, i) => `<col${classes(sides.includes(i) ? 'side' : '')}>`).join('')}</colgroup>\n`
    : '';
  return `<table${classes(sides ? 'sides' : '')}>
${cols}<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function classes(...names: string[]): string {
  const list = names.filter(Boolean).join(' ');
  return list ? ` class="${list}"` : '';
}

/** Geometry of the alignment picture, in CSS pixels. */
const FIG = { column: 380, middle: 200, pitch: 30, box: 24, top: 34, indent: 14, maxDepth: 3 } as const;
/** Pixels per display cell of 12px text (a CJK character is two cells, about 12px). */
const PX_PER_CELL = 6.6;

interface Box {
  item: ItemRef;
  x: number;
  y: number;
  width: number;
  tone: Tone;
}

/**
 * The alignment as a picture: A's sections as boxes down the left, B's down the right, in
 * document order and indented by depth; a curve joins each matched pair, coloured by its label
 * and thicker the higher its score; unmatched boxes are grey and dashed.
 */
function renderAlignmentFigure(alignment: Alignment): string {
  const toneOf = new Map<string, Tone>();
  for (const m of alignment.matches) {
    toneOf.set(`a:${m.a.id}`, LABEL_TONES[m.label]);
    toneOf.set(`b:${m.b.id}`, LABEL_TONES[m.label]);
  }
  const layout = (side: 'a' | 'b', items: ItemRef[], left: number): Map<string, Box> => {
    const unique = [...new Map(items.map((item) => [item.id, item])).values()].sort(
      (x, y) => x.span.start - y.span.start,
    );
    return new Map(
      unique.map((item, k) => {
        const indent = Math.min(item.path.length, FIG.maxDepth) * FIG.indent;
        const box = {
          item,
          x: left + indent,
          y: FIG.top + k * FIG.pitch,
          width: FIG.column - indent,
          tone: toneOf.get(`${side}:${item.id}`) ?? 'only',
        };
        return [item.id, box];
      }),
    );
  };
  const boxesA = layout('a', [...alignment.matches.map((m) => m.a), ...alignment.onlyA], 0);
  const boxesB = layout(
    'b',
    [...alignment.matches.map((m) => m.b), ...alignment.onlyB],
    FIG.column + FIG.middle,
  );
  if (!boxesA.size && !boxesB.size) return '';
  const width = 2 * FIG.column + FIG.middle;
  const height = FIG.top + Math.max(boxesA.size, boxesB.size) * FIG.pitch;
  const curves = alignment.matches.map((m) => {
    const a = boxesA.get(m.a.id)!;
    const b = boxesB.get(m.b.id)!;
    const [x1, y1, x2, y2] = [a.x + a.width, a.y + FIG.box / 2, b.x, b.y + FIG.box / 2];
    const bend = (x1 + x2) / 2;
    const stroke = (1 + 3 * m.score).toFixed(1);
    const opacity = (0.35 + 0.65 * m.score).toFixed(2);
    const tip = `${labelItem(m.a)} ↔ ${labelItem(m.b)}: ${LABEL_WORDS[m.label]} ${m.score.toFixed(2)}`;
    return `<path class="${toneClass(LABEL_TONES[m.label])}" d="M${x1} ${y1} C${bend} ${y1} ${bend} ${y2} ${x2} ${y2}" stroke-width="${stroke}" stroke-opacity="${opacity}"><title>${escapeHtml(tip)}</title></path>`;
  });
  const boxes = [...boxesA.values(), ...boxesB.values()].map((box) => {
    const room = Math.floor((box.width - 12) / PX_PER_CELL);
    const only = box.tone === 'only' ? ' class="only"' : '';
    const label = labelItem(box.item);
    return `<g><title>${escapeHtml([...box.item.path, label].join(' › '))}</title><rect class="${toneClass(box.tone)}" x="${box.x}" y="${box.y}" width="${box.width}" height="${FIG.box}" rx="4"/><text${only} x="${box.x + 6}" y="${box.y + 16}">${escapeHtml(truncateToWidth(label, room))}</text></g>`;
  });
  return `<figure>
<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="outline alignment" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<text class="head" x="0" y="20">A</text><text class="head" x="${FIG.column + FIG.middle}" y="20">B</text>
${boxes.join('\n')}
${curves.join('\n')}
</svg>
<figcaption>Sections of A (left) and B (right) in document order; a curve joins each matched pair, thicker the higher its score. Hover a box or curve for its full title.</figcaption>
</figure>
`;
}
