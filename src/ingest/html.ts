import { HEADER_FIELD_LABELS } from '../knowledge/header-fields.js';
import {
  ARTICLE_CONTAINERS,
  BREADCRUMB_LEADS,
  CHROME_NAME_PARTS,
  PAGE_HEADER_LABELS,
  TOOLBAR_FILLERS,
  TOOLBAR_WORDS,
} from '../knowledge/html-containers.js';
import { escapeRegExp, isSpaceCode } from '../schema/chars.js';
import type { OffsetMap } from '../schema/offset-map.js';

/** One `<meta name=… content=…>` of the page. */
export interface PageField {
  /** The meta name as written (ArticleTitle, PubDate, ContentSource …). */
  key: string;
  value: string;
  /** Offsets of the `<meta>` tag in the input. */
  start: number;
  end: number;
}

/** The article of an HTML page as lines of text, and what the page said about it. */
export interface HtmlExtract {
  /**
   * The 信息公开 metadata rows, the page's title and 来源/发布时间 line, and the article, as lines
   * joined by '\n', in the order they stand in the input. Table cells are joined by '\t'.
   */
  text: string;
  /**
   * For each char of `text`, the [start, end) range of the input it came from: the char itself,
   * its entity (`&nbsp;`), or the run of whitespace it collapses. Inserted '\n', '\t' and ' '
   * have start = end at the boundary they stand for.
   */
  map: OffsetMap;
  /** Every `<meta name>` of the page, in input order. */
  pageFields: PageField[];
  /** Non-blank characters of the page's text left out as navigation, footer, toolbar or hidden text. */
  chromeChars: number;
}

/** The parts of cheerio's (domhandler's) nodes read here. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  /** Offsets of the node's first and last char in the input (htmlparser2's, inclusive). */
  startIndex: number | null;
  endIndex: number | null;
}

const ROOT = 0;
const ELEMENT = 1;
const TEXT = 2;
/** Comments, `<!doctype>` and `<?…>`: never text. */
const OTHER = 3;
// Whether a row is a data row: not yet asked, yes, no.
const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/**
 * A node of cheerio's tree as the survey sees it, made once per node in one walk, with what the
 * survey learns about it kept in fields: no maps from node to facts.
 */
class PageNode {
  readonly kind: number;
  /** The tag name of an element; '' for any other node. */
  readonly name: string;
  readonly attribs: Record<string, string> | null;
  /** The (merged) data of a text node or comment. */
  data: string;
  parent: PageNode | null = null;
  readonly children: PageNode[] | null;
  /** Offsets of the node's first and last char in the input (htmlparser2's, inclusive); null on the root. */
  startIndex: number | null = null;
  endIndex: number | null = null;
  // Text facts of an element's text (or a text node's own), before anything is left out.
  /** Whether the survey reads its text: the root, and elements outside script, style and the like. */
  counted = false;
  /** Non-blank chars of its text (a surrogate pair counts two). */
  chars = 0;
  cjk = 0;
  // Of the text nodes that are its own children, as a link scores them: a surrogate pair counts
  // one there, and only CJK chars count outside links.
  textChars = 0;
  textCjk = 0;
  textPairs = 0;
  /** The first chars of its text with blanks removed, for recognising toolbars and breadcrumbs. */
  head = '';
  hasTable = false;
  /** Whether it holds block elements, i.e. more than one line. */
  hasBlock = false;
  // Of an element that is not chrome (visible).
  visible = false;
  /** CJK chars outside links minus all chars inside links, metadata rows left out. */
  score = 0;
  depth = 0;
  /** The index of the first known container selector it matches, or -1. */
  rank = -1;
  /** Of a row: whether it is a data row, once asked (UNKNOWN, YES or NO). */
  dataRow = UNKNOWN;

  constructor(
    kind: number,
    name: string,
    attribs: Record<string, string> | null,
    data: string,
    hasChildren: boolean,
  ) {
    this.kind = kind;
    this.name = name;
    this.attribs = attribs;
    this.data = data;
    this.children = hasChildren ? [] : null;
  }
}

interface Page {
  root: PageNode;
  input: string;
  /** Visible boxes the density fallback may pick (and the root), in document order. */
  boxes: PageNode[];
  /** Rows whose first cell is a 信息公开 label (索引号, 发文机关 …). */
  labelRows: PageNode[];
  /** Visible elements matching a known article container, in document order. */
  containers: PageNode[];
  /** Non-blank chars of all text outside script, style and the like. */
  textChars: number;
}

/** A line as units [from, to) of its writer's buffers: read where they stand, never copied per line. */
interface Line {
  writer: LineWriter;
  from: number;
  to: number;
  /** Where its first char stands in the input. */
  start: number;
  /** Where the break before this line stands in the input. */
  breakAt: number;
  /** Non-blank chars that came from inside links. */
  linkChars: number;
  /** Non-blank chars taken from the input (not inserted). */
  emitted: number;
}

// Not text: their content is code or markup, not the page's words.
const CODE_TAGS = new Set(['script', 'style', 'template', 'noscript']);
// Never article text: code, document head, form controls and embedded objects.
const SKIPPED_TAGS = new Set([
  ...CODE_TAGS,
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'option',
  'button',
  'textarea',
  'input',
]);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore
// Boxes the density fallback may pick as the article.
const DENSITY_TAGS = new Set(['div', 'td', 'article', 'section', 'main', 'center', 'blockquote', 'body']);
const TITLE_TAGS = new Set(['h1', 'h2', 'h3']);
// A header or footer inside these belongs to the article.
const ARTICLE_TAGS = new Set(['article', 'main']);

interface SimpleSelector {
  tag?: string;
  id?: string;
  className?: string;
}

// The container table holds simple selectors (tag, #id, .class, tag.class), matched here
// during the walk: a selector engine is slow on deeply nested pages.
const CONTAINER_SELECTORS: SimpleSelector[] = ARTICLE_CONTAINERS.map((selector) => {
  const [, tag, id, className] = /^([a-z0-9]*)(?:#([\w-]+)|\.([\w-]+))?$/i.exec(selector) ?? [];
  return { tag: tag || undefined, id, className };
});
// The tags of selectors that name neither an id nor a class (`article`, say).
const CONTAINER_TAGS = new Set(
  CONTAINER_SELECTORS.filter((s) => !s.id && !s.className && s.tag).map((s) => s.tag!),
);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const AMP = 38;
const LT = 60;
const HEAD_LENGTH = 64;
// How far ahead a text node's data is looked for in the input after chars the parser dropped.
const RESYNC_WINDOW = 64;

const BREADCRUMB = new RegExp(`^(?:${BREADCRUMB_LEADS.join('|')})`);
const TOOLBAR_ONLY = new RegExp(
  `^(?:${[...TOOLBAR_WORDS, ...TOOLBAR_FILLERS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})+$`,
);
const TOOLBAR_WORD = new RegExp(TOOLBAR_WORDS.map(escapeRegExp).join('|'));
const FONT_SWITCH = /大.*中.*小/;
const CHROME_PARTS = new Set(CHROME_NAME_PARTS);

// A label may be printed with spaces between its chars ("索 引 号", 标题 padded with U+3000).
const spaceOut = (label: string) => [...label].map(escapeRegExp).join('\\s*');
const FIELD_LABELS = Object.keys(HEADER_FIELD_LABELS).sort((a, b) => b.length - a.length);
const LABEL_CELL = new RegExp(`^(?:${FIELD_LABELS.map(escapeRegExp).join('|')})(?:[:：]|$)`);
const HEADER_INFO = new RegExp(
  `(?:${[...FIELD_LABELS, ...PAGE_HEADER_LABELS]
    .sort((a, b) => b.length - a.length)
    .map(spaceOut)
    .join('|')})\\s*[:：]`,
);
const DATE_ONLY =
  /^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

// A specific container (#UCAP-CONTENT) beats a generic one around it (div.wrap, .content) as
// long as it holds this share of the best one's text: the rest is header, links and chrome.
const KNOWN_SHARE = 0.3;
// The density fallback takes the deepest box that still holds nearly all the best one's text.
const DENSITY_SHARE = 0.9;
// A known container apart from the dense box loses to it when it holds less than half as much.
const KNOWN_VS_DENSE = 0.5;
// How far above the article the page title is looked for.
const HEADER_LEVELS = 6;
// Without a title, only header lines this close to the article are trusted.
const HEADER_LEVELS_UNTITLED = 2;

/**
 * Finds the article of a government web page and turns it into lines of text that map back to
 * the input: the 信息公开 metadata table rows (cells joined by '\t'), the page's title and
 * 来源/发布时间 line when they stand outside the article, then the article itself, found in the
 * known containers of `knowledge/html-containers.ts` or else as the densest block of CJK text.
 * Scripts, hidden elements, navigation, footers, breadcrumbs and toolbars are left out and
 * counted in `chromeChars`. Never throws: a page without an article gives what text it has.
 */
export async function extractHtml(input: string): Promise<HtmlExtract> {
  // cheerio's htmlparser2 build: it tokenizes several times faster than parse5 and gives each
  // node its offsets in the input
  const { load } = await import('cheerio/slim');
  // (the `xml` option is how cheerio passes htmlparser2 its options; xmlMode off reads HTML)
  const $ = load(input, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true } });
  const { root, metas } = measureTree($.root()[0] as unknown as DomNode);
  const page = surveyPage(root, input);
  const container = chooseContainer(page);
  const metaRows = collectMetadataRows(page, container);

  const rows = new LineWriter();
  for (const row of metaRows) renderNode(rows, row, page);
  rows.finish();
  const body = new LineWriter();
  renderNode(body, container, page);
  body.finish();
  const header = container.kind === ROOT ? [] : readHeaderLines(page, container, new Set(metaRows));

  const lines = [...rows.lines, ...header, ...body.lines].sort((a, b) => a.start - b.start);
  const { text, map, emitted } = joinLines(lines);
  return { text, map, pageFields: readPageFields(metas), chromeChars: Math.max(0, page.textChars - emitted) };
}

/**
 * Gives each node of cheerio's tree a PageNode, in one walk, and measures text on the way: a
 * text node when it is reached, an element when the walk leaves it. The <meta> elements are
 * gathered in the same walk.
 */
function measureTree(start: DomNode): { root: PageNode; metas: PageNode[] } {
  const root = mirror(start);
  root.counted = true;
  const metas: PageNode[] = [];
  // the open nodes, their PageNodes and, for each, the index of the next child to visit
  const doms: DomNode[] = [start];
  const nodes: PageNode[] = [root];
  const next: number[] = [0];
  while (doms.length > 0) {
    const top = doms.length - 1;
    const kids = doms[top]!.children;
    const i = next[top]!;
    if (kids && i < kids.length) {
      next[top] = i + 1;
      const child = kids[i]!;
      const parent = nodes[top]!;
      const node = mirror(child);
      node.parent = parent;
      parent.children!.push(node);
      if (node.kind === TEXT) {
        if (parent.counted) countText(node, parent);
      } else {
        if (node.kind === ELEMENT) {
          node.counted = parent.counted && !CODE_TAGS.has(node.name);
          if (node.name === 'meta') metas.push(node);
        }
        if (child.children) {
          doms.push(child);
          nodes.push(node);
          next.push(0);
        }
      }
    } else {
      doms.pop();
      next.pop();
      const node = nodes.pop()!;
      if (node.counted && node.parent) addUp(node, node.parent);
    }
  }
  return { root, metas };
}

/** The PageNode of a node of cheerio's tree, without its parent and children. */
function mirror(dom: DomNode): PageNode {
  const kind =
    dom.type === 'root'
      ? ROOT
      : dom.name !== undefined && dom.attribs !== undefined
        ? ELEMENT
        : dom.type === 'text'
          ? TEXT
          : OTHER;
  const node = new PageNode(
    kind,
    kind === ELEMENT ? dom.name! : '',
    kind === ELEMENT ? dom.attribs! : null,
    dom.data ?? '',
    dom.children !== undefined,
  );
  node.startIndex = dom.startIndex;
  node.endIndex = dom.endIndex;
  return node;
}

/** Adds a closed element's text facts to its parent's. */
function addUp(node: PageNode, up: PageNode): void {
  up.chars += node.chars;
  up.cjk += node.cjk;
  if (node.head !== '' && up.head.length < HEAD_LENGTH) up.head = (up.head + node.head).slice(0, HEAD_LENGTH);
  up.hasTable ||= node.hasTable || node.name === 'table';
  up.hasBlock ||= node.hasBlock || BLOCK_TAGS.has(node.name);
}

/** Visits nodes in document order without recursion (broken pages nest thousands deep). */
function walk(start: PageNode, enter: (node: PageNode) => boolean, exit?: (node: PageNode) => void): void {
  if (!enter(start)) return;
  // the open nodes and, for each, the index of the next child to visit (two arrays: no object per node)
  const nodes: PageNode[] = [start];
  const next: number[] = [0];
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const node = nodes[top]!;
    const kids = node.children;
    const i = next[top]!;
    if (kids && i < kids.length) {
      next[top] = i + 1;
      const child = kids[i]!;
      if (enter(child)) {
        nodes.push(child);
        next.push(0);
      }
    } else {
      nodes.pop();
      next.pop();
      exit?.(node);
    }
  }
}

function getStart(node: PageNode): number {
  return node.startIndex ?? 0;
}

/** Where a node ends; an element left open at the end of the page ends with its last child. */
function getEnd(node: PageNode): number {
  if (node.endIndex !== null) return node.endIndex + 1;
  const last = node.children?.at(-1);
  return last ? getEnd(last) : getStart(node);
}

/** Decides what is chrome, and scores what is left (the text was measured by measureTree). */
function surveyPage(root: PageNode, input: string): Page {
  const pageCjk = root.cjk;
  const boxes: PageNode[] = [];
  const labelRows: PageNode[] = [];
  const containers: PageNode[] = [];
  // what each distinct class (or id) value says, worked out once per page
  const chromeNames = new Map<string, boolean>();
  const classLists = new Map<string, string[]>();
  let depth = 0;
  let links = 0;
  walk(
    root,
    (node) => {
      // text is scored with its parent, comments and the like never
      if (node.kind === TEXT || node.kind === OTHER) return false;
      if (node.kind === ELEMENT && isChrome(node, pageCjk, chromeNames)) return false;
      node.visible = true;
      node.depth = depth++;
      node.rank = rankAsContainer(node, classLists);
      if (node.rank >= 0) containers.push(node);
      if (node.kind === ROOT || DENSITY_TAGS.has(node.name)) boxes.push(node);
      if (node.name === 'a') links++;
      // its own text: CJK chars score, but in links every char counts against, a pair as one
      node.score = links > 0 ? node.textPairs - node.textChars : node.textCjk;
      return true;
    },
    (node) => {
      depth--;
      if (node.name === 'a') links--;
      if (node.name === 'tr' && isLabelRow(node)) {
        labelRows.push(node);
        node.score = 0; // the metadata table is placed on its own, not counted as article
      }
      if (node.parent) node.parent.score += node.score;
    },
  );
  return { root, input, boxes, labelRows, containers, textChars: root.chars };
}

/** The index of the first container selector the element matches, or -1. */
function rankAsContainer(el: PageNode, classLists: Map<string, string[]>): number {
  const { id, class: className } = el.attribs ?? {};
  // most elements have neither, and no selector without one
  if (id === undefined && className === undefined && !CONTAINER_TAGS.has(el.name)) return -1;
  let classes: string[] | undefined; // split once, and only when a class selector gets that far
  return CONTAINER_SELECTORS.findIndex((selector) => {
    if (selector.tag && el.name !== selector.tag) return false;
    if (selector.id && id !== selector.id) return false;
    if (!selector.className) return true;
    classes ??= splitClasses(className ?? '', classLists);
    return classes.includes(selector.className);
  });
}

function splitClasses(className: string, classLists: Map<string, string[]>): string[] {
  let classes = classLists.get(className);
  if (!classes) classLists.set(className, (classes = className.split(/\s+/)));
  return classes;
}

// Text is scanned by UTF-16 unit; a surrogate pair counts as one char that is neither blank nor CJK.

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

// What each UTF-16 unit is to the text counts, looked up in one table rather than range by range.
const PLAIN_UNIT = 0;
const BLANK_UNIT = 1;
const CJK_UNIT = 2;
const HIGH_UNIT = 3;
const UNIT_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isSpaceCode(c)) UNIT_CLASS[c] = BLANK_UNIT;
  else if (isCjkCode(c)) UNIT_CLASS[c] = CJK_UNIT;
  else if (isHighSurrogate(c)) UNIT_CLASS[c] = HIGH_UNIT;
}

/**
 * Measures a complete text node, and adds it to its parent's text facts. The parent's head takes
 * the node's non-blank chars while it is shorter than HEAD_LENGTH, a surrogate pair whole,
 * each run of them as one slice, in the same pass as the counts.
 */
function countText(text: PageNode, up: PageNode): void {
  const data = text.data;
  let chars = 0;
  let cjk = 0;
  let pairs = 0;
  let head = up.head;
  let headLength = head.length;
  let run = -1; // where the run of chars being taken into the head began
  for (let i = 0; i < data.length; i++) {
    const unit = UNIT_CLASS[data.charCodeAt(i)];
    if (unit === BLANK_UNIT) {
      if (run >= 0) {
        head += data.slice(run, i);
        run = -1;
      }
      continue;
    }
    if (headLength < HEAD_LENGTH) {
      if (run < 0) run = i;
      headLength++;
    } else if (run >= 0) {
      head += data.slice(run, i);
      run = -1;
    }
    if (unit === CJK_UNIT) {
      chars++;
      cjk++;
    } else if (unit === PLAIN_UNIT) {
      chars++;
    } else if (isLowSurrogate(data.charCodeAt(i + 1))) {
      // a surrogate pair (HIGH_UNIT, then a low one): one char, two units
      chars += 2;
      pairs++;
      i++;
      if (run >= 0) headLength++;
    } else chars++; // a lone surrogate: neither blank nor CJK
  }
  if (run >= 0) head += data.slice(run);
  up.textChars += chars;
  up.textCjk += cjk;
  up.textPairs += pairs;
  up.chars += chars;
  up.cjk += cjk;
  up.head = head;
}

/** U+3400–U+9FFF and the compatibility ideographs U+F900–U+FAFF. */
function isCjkCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** The HTML whitespace the parser keeps in text: tab, LF, FF, CR, space. */
function isAsciiSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR || c === 0x0c;
}

/** Navigation, footers, toolbars, breadcrumbs, hidden and non-text elements. */
function isChrome(el: PageNode, pageCjk: number, names: Map<string, boolean>): boolean {
  const name = el.name;
  const attribs = el.attribs!;
  if (SKIPPED_TAGS.has(name)) return true;
  if (attribs.hidden !== undefined || (attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style)))
    return true;
  // A breadcrumb is one short line; a box that merely starts with one is not.
  if (el.chars <= 100 && !el.hasBlock && BREADCRUMB.test(el.head)) return true;
  if (el.chars <= 40 && name !== 'td' && name !== 'th' && isToolbar(el.head)) return true;
  // A nav or footer never holds most of the page's text; if it seems to, the page misuses the name.
  if (el.cjk * 2 >= pageCjk) return false;
  if (name === 'nav') return true;
  if ((name === 'header' || name === 'footer') && !hasAncestor(el, ARTICLE_TAGS)) return true;
  return namesChrome(attribs.class, names) || namesChrome(attribs.id, names);
}

/**
 * Whether a class or id value names chrome by one of its parts (`nav`, `footer` …), split and
 * looked up once per distinct value on the page: most pages repeat a few class names.
 */
function namesChrome(value: string | undefined, names: Map<string, boolean>): boolean {
  if (value === undefined) return false;
  let named = names.get(value);
  if (named === undefined) {
    named = value
      .toLowerCase()
      .split(/[\s_-]+/)
      .some((part) => CHROME_PARTS.has(part));
    names.set(value, named);
  }
  return named;
}

function isToolbar(compact: string): boolean {
  return (
    compact !== '' && TOOLBAR_ONLY.test(compact) && (TOOLBAR_WORD.test(compact) || FONT_SWITCH.test(compact))
  );
}

function hasAncestor(node: PageNode, names: ReadonlySet<string>): boolean {
  for (let up = node.parent; up; up = up.parent) if (up.name && names.has(up.name)) return true;
  return false;
}

function listCells(row: PageNode): PageNode[] {
  return (row.children ?? []).filter((c) => c.name === 'td' || c.name === 'th');
}

/** A table row whose first cell is a 信息公开 label ("索 引 号：", "发文机关"). */
function isLabelRow(row: PageNode): boolean {
  const first = listCells(row)[0];
  return !row.hasTable && first !== undefined && LABEL_CELL.test(first.head);
}

/** One line per row when the row is data (two or more cells with text, no table inside). */
function isDataRow(row: PageNode): boolean {
  if (row.dataRow === UNKNOWN) row.dataRow = !row.hasTable && countFilledCells(row) >= 2 ? YES : NO;
  return row.dataRow === YES;
}

function countFilledCells(row: PageNode): number {
  let filled = 0;
  for (const cell of row.children!)
    if ((cell.name === 'td' || cell.name === 'th') && cell.chars > 0) filled++;
  return filled;
}

/**
 * The most specific known container that holds a fair share of the text; else, or when the
 * known one stands apart from a box holding much more text, the deepest dense box; else the
 * whole page.
 */
function chooseContainer(page: Page): PageNode {
  const known = pickKnown(page);
  // the root too: a fragment of bare <p>s has no <body> to stand for the page
  const dense = pickDeepest(page.boxes, DENSITY_SHARE);
  if (!known) return dense ? widenToHeading(dense) : page.root;
  if (!dense || contains(dense, known) || contains(known, dense)) return known;
  return known.score >= KNOWN_VS_DENSE * dense.score ? known : dense;
}

// A title or a 文号 before a box means the box is only the body of the document (a roster list,
// say) and its heading stands beside it.
const HEADING_BESIDE =
  /(?:通知|意见|方案|办法|决定|规定|通报|细则|计划)\s*$|[〔[(【]\s*(?:19|20)\d\d\s*[〕\])】]\s*\d+\s*[号號]/;

/** Widens a dense box to its parent while an element before it in the parent holds a title or 文号. */
function widenToHeading(box: PageNode): PageNode {
  let current = box;
  for (let up = 0; up < 2 && current.parent; up++) {
    const before = (current.parent.children ?? []).slice(0, (current.parent.children ?? []).indexOf(current));
    if (!before.some((sibling) => HEADING_BESIDE.test(readNodeText(sibling)))) break;
    current = current.parent;
  }
  return current;
}

/** The text of a node (bounded: only a heading's worth is needed). */
function readNodeText(node: PageNode): string {
  let text = '';
  walk(node, (n) => {
    if (n.kind === TEXT) text += n.data;
    return text.length < 400 && n.name !== 'script' && n.name !== 'style';
  });
  return text;
}

/** The match of the earliest selector among those holding a fair share of the best one's text. */
function pickKnown(page: Page): PageNode | null {
  let best = 0;
  for (const node of page.containers) best = Math.max(best, node.score);
  let pick: PageNode | null = null;
  for (const node of page.containers) {
    if (node.score <= 0 || node.score < KNOWN_SHARE * best) continue;
    if (!pick || node.rank < pick.rank || (node.rank === pick.rank && node.score > pick.score)) pick = node;
  }
  return pick;
}

function pickDeepest(candidates: PageNode[], share: number): PageNode | null {
  let best = 0;
  for (const c of candidates) best = Math.max(best, c.score);
  if (best <= 0) return null;
  let pick: PageNode | null = null;
  for (const c of candidates) {
    if (c.score < share * best) continue;
    if (!pick || c.depth > pick.depth || (c.depth === pick.depth && c.score > pick.score)) pick = c;
  }
  return pick;
}

/**
 * Rows of the 信息公开 tables standing above the article: every row of a table that has a label
 * row, when the page has at least two label rows there (one alone may be any table).
 */
function collectMetadataRows(page: Page, container: PageNode): PageNode[] {
  const isBefore = (node: PageNode) => getEnd(node) <= getStart(container) && !contains(node, container);
  const labelled = page.labelRows.filter((row) => isBefore(row) && !contains(container, row));
  if (labelled.length < 2) return [];
  const tables = new Set<PageNode>();
  for (const row of labelled) {
    let table = row.parent;
    while (table && table.name !== 'table') table = table.parent;
    if (table) tables.add(table);
  }
  const rows: PageNode[] = [];
  for (const table of tables) {
    walk(table, (node) => {
      if (node.name === 'tr' && isBefore(node) && node.visible) rows.push(node);
      return node === table || (node.kind === ELEMENT && node.name !== 'table' && node.name !== 'tr');
    });
  }
  return rows.sort((a, b) => getStart(a) - getStart(b));
}

function contains(outer: PageNode, inner: PageNode): boolean {
  for (let node: PageNode | null = inner; node; node = node.parent) if (node === outer) return true;
  return false;
}

/**
 * The page's own title and 来源/发布时间 line standing before the article: climbs from the
 * article, gathering the elements before it at each level, until a level holds a title (h1–h3
 * or a `title` class). Keeps the title's lines, the "label：value" lines (来源, 发布时间, 索引号 …)
 * and, after the title, a date standing alone.
 */
function readHeaderLines(page: Page, container: PageNode, skip: Set<PageNode>): Line[] {
  const region: { node: PageNode; level: number }[] = [];
  let title: PageNode | null = null;
  let node = container;
  for (let level = 1; level <= HEADER_LEVELS && node.parent && node.name !== 'body'; level++) {
    const siblings = node.parent.children ?? [];
    for (let i = siblings.indexOf(node) - 1; i >= 0; i--) {
      const sib = siblings[i]!;
      region.push({ node: sib, level });
      title ??= findTitle(page, sib);
    }
    if (title) break;
    node = node.parent;
  }
  const writer = new LineWriter();
  for (const { node: sib, level } of region.reverse()) {
    if (title || level <= HEADER_LEVELS_UNTITLED) renderNode(writer, sib, page, skip);
  }
  writer.finish();
  const from = title ? getStart(title) : 0;
  const to = title ? getEnd(title) : 0;
  return writer.lines.filter((line) => {
    const at = line.start;
    if (at >= from && at < to) return true;
    const text = readLine(line);
    if (line.linkChars * 2 > text.replace(/\s+/g, '').length) return false; // related links
    return HEADER_INFO.test(text) || (at >= to && DATE_ONLY.test(text));
  });
}

/** The last title-like element (h1–h3, or a class or id with "title") in a subtree. */
function findTitle(page: Page, subtree: PageNode): PageNode | null {
  let found: PageNode | null = null;
  walk(subtree, (node) => {
    if (!node.visible) return false;
    const named = /title/i.test(`${node.attribs?.class ?? ''} ${node.attribs?.id ?? ''}`);
    // A site logo is usually a heading made of one link: its score is not positive.
    const text = node.chars >= 4 && node.chars <= 200 && node.score > 0;
    if ((TITLE_TAGS.has(node.name) || named) && text) found = node;
    return true;
  });
  return found;
}

/** Writes a subtree's visible text: blocks and rows end lines, cells of a data row join with '\t'. */
function renderNode(writer: LineWriter, start: PageNode, page: Page, skip?: Set<PageNode>): void {
  const isDataRowCached = (row: PageNode | null) => row !== null && row.name === 'tr' && isDataRow(row);
  walk(
    start,
    (node) => {
      if (node.kind === TEXT) {
        if (node.parent?.visible) writeText(writer, node, page.input);
        return false;
      }
      if (!node.visible || skip?.has(node)) return false;
      const name = node.name;
      if (name === 'br') writer.breakLine(getStart(node));
      else if (name === 'tr' && isDataRowCached(node)) writer.startRow(getStart(node));
      else if ((name === 'td' || name === 'th') && isDataRowCached(node.parent))
        writer.startCell(getStart(node));
      else if (BLOCK_TAGS.has(name)) writer.breakLine(getStart(node));
      if (name === 'a') writer.linkDepth++;
      if (name === 'pre') writer.preDepth++;
      return true;
    },
    (node) => {
      const name = node.name;
      if (name === 'a') writer.linkDepth--;
      if (name === 'pre') writer.preDepth--;
      if (name === 'tr' && isDataRowCached(node)) writer.endRow(getEnd(node));
      else if ((name === 'td' || name === 'th') && isDataRowCached(node.parent)) return;
      else if (BLOCK_TAGS.has(name)) writer.breakLine(getEnd(node));
    },
  );
}

function writeText(writer: LineWriter, node: PageNode, input: string): void {
  const data = node.data;
  // htmlparser2 reads <xmp> as raw text: its '&' and '<' stand as written
  const raw = node.parent?.name === 'xmp';
  alignData(data, input, getStart(node), getEnd(node), raw, writer);
}

const NUMERIC_REF = /&#(?:[xX][0-9a-fA-F]+|[0-9]+);?/y;
const NAMED_REF = /&[A-Za-z][A-Za-z0-9]*;?/y;
// The second code points of the named references that stand for two (HTML's entity table).
const SECOND_OF_PAIR = new Set(['\u0331', '\u0333', '\u0338', '\u200a', '\u20d2', '\u20e5', '\ufe00']);

/**
 * Pairs each UTF-16 unit of a text node's decoded data with the input range it came from,
 * walking the raw slice alongside: entities (`&nbsp;`, `&#12288;`, legacy `&copy`) and markup
 * the parser skipped inside merged text (a stray end tag). Raw text is as written.
 */
function alignData(
  data: string,
  input: string,
  from: number,
  to: number,
  raw: boolean,
  writer: LineWriter,
): void {
  let j = from;
  let k = 0;
  while (k < data.length) {
    if (j >= to) {
      writer.put(data.charCodeAt(k++), to, to);
      continue;
    }
    // compared as UTF-16 units: indexing a string would build a one-char string per char
    const c = input.charCodeAt(j);
    if (c === data.charCodeAt(k) && c !== AMP && c !== LT) {
      // the common case, a char as written (neither a reference nor markup can start here)
      writer.put(c, j, ++j);
      k++;
      continue;
    }
    const ref = c === AMP && !raw ? matchReference(data, k, input, j, to) : null;
    let resume = c === LT && !raw && !ref ? skipMarkup(data, k, input, j, to) : j;
    if (ref) {
      for (let u = 0; u < ref.units; u++) writer.put(data.charCodeAt(k + u), j, j + ref.length);
      k += ref.units;
      j += ref.length;
    } else if (resume > j) {
      j = resume;
    } else if (c !== data.charCodeAt(k) && (resume = findResume(data, k, input, j, to)) > j) {
      j = resume; // input the parser dropped without a '>' ("<?" cut off at the end)
    } else {
      writer.put(data.charCodeAt(k++), j, ++j);
    }
  }
}

/** The nearest place after j from which the input reads as the data from k again, or j. */
function findResume(data: string, k: number, input: string, j: number, to: number): number {
  const d = data.charCodeAt(k);
  // the data as written (text the parser left undecoded), or read over references and markup
  const ahead = data.slice(k, k + 8);
  for (let p = j + 1; p < to && p - j <= RESYNC_WINDOW; p++)
    if (input.charCodeAt(p) === d && (input.startsWith(ahead, p) || resumes(input, p, to, data, k) > 0))
      return p;
  return j;
}

/** Whether a tag, comment or the like starts at input[j]; any other '<' is text. */
function isMarkupAt(input: string, j: number): boolean {
  const next = input[j + 1] ?? '';
  return /[A-Za-z!?]/.test(next) || (next === '/' && j + 2 < input.length);
}

/**
 * Where the data resumes after markup that a merged text node spans (an end tag with nothing
 * open to close): after the first '>' from which the input reads as the data again; j when no
 * markup starts there ('<' before a digit, a tag never closed, "</>" are text).
 */
function skipMarkup(data: string, k: number, input: string, j: number, to: number): number {
  if (!isMarkupAt(input, j) || (data[k] === '<' && input.startsWith(data.slice(k, k + 8), j))) return j;
  for (let close = input.indexOf('>', j); close >= 0 && close < to; close = input.indexOf('>', close + 1)) {
    const next = close + 1;
    const c = input[next];
    if (next >= to || c === data[k] || c === '<') return next;
    if (c === '&' && matchReference(data, k, input, next, to)) return next;
  }
  return j;
}

/** The length in the input and the decoded units of the character reference at input[j]. */
function matchReference(
  data: string,
  k: number,
  input: string,
  j: number,
  to: number,
): { length: number; units: number } | null {
  const countUnits = (at: number) => ((data.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  const units = countUnits(k);
  if (data[k] === '&' && resumes(input, j + 1, to, data, k + 1) > 0) return null; // a literal '&'
  NUMERIC_REF.lastIndex = j;
  const numeric = NUMERIC_REF.exec(input);
  if (numeric && j + numeric[0].length <= to) return { length: numeric[0].length, units };
  NAMED_REF.lastIndex = j;
  const named = NAMED_REF.exec(input);
  if (!named) return null;
  // The whole name, or a shorter one the parser knew, leaving the rest of the name as text
  // ("&notit;" is "¬it;", "&AElig77" is "Æ77"): whichever the data bears out furthest.
  const tokenEnd = Math.min(j + named[0].length, to);
  // A few names stand for two code points, the second a combining mark (&NotEqualTilde; is "≂̸").
  const pair = units + countUnits(k + units);
  if (named[0].endsWith(';') && k + pair <= data.length && SECOND_OF_PAIR.has(data[k + units]!)) {
    if (resumes(input, tokenEnd, to, data, k + pair) >= 0) return { length: tokenEnd - j, units: pair };
  }
  let best = { length: tokenEnd - j, checked: resumes(input, tokenEnd, to, data, k + units) };
  for (let end = j + 3; end < tokenEnd; end++) {
    const tail = input.slice(end, tokenEnd);
    if (!data.startsWith(tail, k + units)) continue;
    const after = resumes(input, tokenEnd, to, data, k + units + tail.length);
    if (after >= 0 && tail.length + after > best.checked)
      best = { length: end - j, checked: tail.length + after };
  }
  return best.checked >= 0 ? { length: best.length, units } : null;
}

/**
 * How far the raw input from j reads as the decoded data from k, over markup the parser
 * dropped: the number of chars checked (reaching the end of both counts as one), 0 when the
 * input at j is another reference, -1 when they differ.
 */
function resumes(input: string, j: number, to: number, data: string, k: number): number {
  let checked = 0;
  while (checked < 8) {
    if (j >= to) return k >= data.length ? checked + 1 : -1;
    const c = input[j]!;
    if (c === '<' && isMarkupAt(input, j)) {
      const close = input.indexOf('>', j);
      if (close < 0 || close >= to) return checked;
      j = close + 1;
      continue;
    }
    if (c === '&') return checked;
    if (k >= data.length || c !== data[k]) return -1;
    checked++;
    j++;
    k++;
  }
  return checked;
}

/**
 * Builds lines one char at a time, collapsing HTML whitespace to one mapped space and putting
 * zero-width '\t' between the cells of a data row. Blank lines are dropped.
 */
class LineWriter {
  readonly lines: Line[] = [];
  linkDepth = 0;
  preDepth = 0;
  /** The input offset the writer has reached: where the break that ends the last line stands. */
  at = 0;
  // The lines written: their UTF-16 units and their input ranges, one after another in buffers
  // that only grow (a string and two arrays grown per char made most of a page's garbage, and a
  // copy per line most of the rest).
  codes = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  private length = 0;
  /** Where the line being written begins in the buffers. */
  private lineStart = 0;
  /** Whether the line so far is only whitespace. */
  private blank = true;
  private breakAt = 0;
  private linkChars = 0;
  private emitted = 0;
  /** The pending run of collapsed whitespace: [spaceStart, spaceEnd) of the input. */
  private hasSpace = false;
  private spaceStart = 0;
  private spaceEnd = 0;
  private tabs: number[] = [];
  private inRow = false;
  private firstCell = false;

  /** Writes one UTF-16 unit that stands for input[start, end). */
  put(code: number, start: number, end: number): void {
    // in <pre> a CR, a LF or both end the line (the blank line between CR and LF is dropped)
    if (this.preDepth > 0 && (code === LF || code === CR)) return this.breakLine(start);
    if (this.preDepth === 0 && isAsciiSpace(code)) {
      if (this.length === this.lineStart || this.tabs.length > 0) return;
      if (!this.hasSpace) this.setSpace(start, end);
      else if (this.spaceEnd === start) this.spaceEnd = end;
      return;
    }
    if (this.tabs.length > 0) {
      for (const tab of this.tabs) this.push(TAB, tab, tab);
      this.tabs = [];
    } else if (this.hasSpace && this.length > this.lineStart)
      this.push(SPACE, this.spaceStart, this.spaceEnd);
    this.hasSpace = false;
    this.push(code, start, end);
    if (this.linkDepth > 0 && UNIT_CLASS[code] !== BLANK_UNIT) this.linkChars++;
  }

  /** Ends the line at a block boundary; inside a data row only a space separates blocks. */
  breakLine(at: number): void {
    if (!this.inRow) return this.closeLine(at);
    if (this.length > this.lineStart && this.tabs.length === 0 && !this.hasSpace) this.setSpace(at, at);
  }

  startRow(at: number): void {
    this.closeLine(at);
    this.inRow = true;
    this.firstCell = true;
  }

  startCell(at: number): void {
    if (!this.firstCell) this.tabs.push(at);
    this.firstCell = false;
    this.hasSpace = false;
  }

  endRow(at: number): void {
    this.inRow = false;
    this.closeLine(at);
  }

  finish(): void {
    this.inRow = false;
    this.closeLine(this.at);
  }

  private setSpace(start: number, end: number): void {
    this.hasSpace = true;
    this.spaceStart = start;
    this.spaceEnd = end;
  }

  private push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
    if (UNIT_CLASS[code] !== BLANK_UNIT) {
      this.blank = false;
      if (end > start) this.emitted++;
    }
    this.at = Math.max(this.at, end);
  }

  private grow(): void {
    const codes = new Uint16Array(this.codes.length * 2);
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }

  private closeLine(at: number): void {
    this.hasSpace = false;
    if (this.tabs.length > 0) this.tabs = [];
    this.at = Math.max(this.at, at);
    if (!this.blank) {
      const from = this.lineStart;
      this.lines.push({
        writer: this,
        from,
        to: this.length,
        start: this.starts[from]!,
        breakAt: this.breakAt,
        linkChars: this.linkChars,
        emitted: this.emitted,
      });
      this.breakAt = at;
      this.lineStart = this.length;
    } else this.length = this.lineStart; // the break stays where the last text ended
    this.blank = true;
    this.linkChars = 0;
    this.emitted = 0;
  }
}

/** The text of a line. */
function readLine(line: Line): string {
  return decodeUnits(line.writer.codes, line.from, line.to);
}

/** The string of units [from, to) (lone surrogates kept as they are). */
function decodeUnits(codes: Uint16Array, from: number, to: number): string {
  const parts: string[] = [];
  // fromCharCode takes the units as arguments: applied to a typed array (much faster than
  // spreading it), in chunks that stay under the engines' limit on arguments
  for (let i = from; i < to; i += 8192) {
    const chunk = codes.subarray(i, Math.min(to, i + 8192)) as unknown as number[];
    parts.push(String.fromCharCode.apply(null, chunk));
  }
  return parts.join('');
}

/** Joins lines with zero-width '\n's and counts the non-blank chars taken from the input. */
function joinLines(lines: Line[]): { text: string; map: OffsetMap; emitted: number } {
  let length = Math.max(0, lines.length - 1);
  for (const line of lines) length += line.to - line.from;
  const codes = new Uint16Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let at = 0;
  let emitted = 0;
  let lastEnd = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const first = line.start;
    if (i > 0) {
      const breakAt = Math.min(Math.max(line.breakAt, Math.min(lastEnd, first)), first);
      codes[at] = LF;
      starts[at] = breakAt;
      ends[at] = breakAt;
      at++;
    }
    const { writer, from, to } = line;
    codes.set(writer.codes.subarray(from, to), at);
    starts.set(writer.starts.subarray(from, to), at);
    ends.set(writer.ends.subarray(from, to), at);
    at += to - from;
    emitted += line.emitted;
    lastEnd = writer.ends[line.to - 1]!;
  }
  return { text: decodeUnits(codes, 0, length), map: { starts, ends }, emitted };
}

/** Every `<meta name=… content=…>` in the page. */
function readPageFields(metas: PageNode[]): PageField[] {
  const fields: PageField[] = [];
  for (const node of metas) {
    const name = node.attribs!.name?.trim();
    if (name)
      fields.push({
        key: name,
        value: node.attribs!.content ?? '',
        start: getStart(node),
        end: getEnd(node),
      });
  }
  return fields;
}
