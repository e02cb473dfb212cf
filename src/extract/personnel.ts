import type { Person } from '../schema/contract.js';
import { GROUP_NOUNS, ROSTER_ROLES, TITLE_ENDINGS } from '../knowledge/roles.js';
import type { Block } from '../segment/index.js';
import type { ExtractContext } from './context.js';

/** A block and the heading or group it stands under, in document order. */
export interface RosterInput {
  block: Block;
  /** The title of the section the block stands in (a 链长 roster's chain, say). */
  sectionTitle: string | null;
}

const ROLES_LONGEST_FIRST = [...ROSTER_ROLES].sort((a, b) => b.length - a.length);
// A role label, its characters perhaps padded with spaces ("组 长:", "成  员:").
const LABEL = new RegExp(`^(${ROLES_LONGEST_FIRST.map((r) => [...r].join(' {0,4}')).join('|')}) {0,4}:`);
// What scraping leaves of a label whose first characters were lost: "长:", "员:".
const DAMAGED_LABEL = /^(长|员) {0,4}:/;
// Another label ("牵头单位:", "联系人:") ends a roster's run of entries.
const OTHER_LABEL = /^[\u4e00-\u9fff]{2,8}:/;
const NAME = /^([\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){0,3})(?= {1,}|\(|$)/;
const GROUP = new RegExp(`([\\u4e00-\\u9fff“”]{2,30}?(?:${GROUP_NOUNS.join('|')}))`);
const PROSE_ROLE = /(办公室主任|办公室副主任|组长|副组长|召集人|秘书长)由([^。;]{2,60}?)([\u4e00-\u9fff]{2,3})同志(?:兼任|担任)/g;

interface Entry {
  role: string;
  name: string | null;
  titles: string[];
  from: number;
  to: number;
  group: string | null;
}

/**
 * Reads the rosters of leading and working groups: a labelled line ("组 长:刘某 区委书记"),
 * unlabelled lines under it (same role), a title continued on the next line, a name alone with
 * its title in the next piece. Damaged labels ("长:", "员:") take the role their position
 * implies; lost names stay null, one-character remnants are kept; both are flagged. People named
 * in prose (办公室主任由…同志兼任) are found too. No entry is dropped.
 */
export function extractPersonnel(inputs: RosterInput[], documentGroup: string | null, ctx: ExtractContext): Person[] {
  const entries: Entry[] = [];
  let role: string | null = null;
  let group: string | null = documentGroup;
  let pendingName: { name: string; from: number } | null = null;
  let last: Entry | null = null;

  for (const { block, sectionTitle } of inputs) {
    const text = block.text;
    const groupHere = GROUP_NOUNS.some((n) => text.includes(n))
      ? GROUP.exec(text)?.[1]?.replace(/^.*?(?:成立|调整|关于)/, '')
      : undefined;
    let rest = text;
    let offset = 0;
    const label = LABEL.exec(text);
    const damaged = !label ? DAMAGED_LABEL.exec(text) : null;
    if (label) {
      role = label[1]!.replace(/ /g, '');
      if (role === '链长' || role === '副链长') group = sectionTitle ?? group;
    } else if (damaged) {
      const implied = impliedRole(damaged[1]!, role);
      ctx.report({
        ruleId: 'personnel/damaged-label',
        severity: 'warning',
        message: `roster label "${damaged[0]}" is damaged; its position implies ${implied}`,
        from: block.from,
        to: block.from + damaged[0].length,
        actual: damaged[0],
        expected: implied,
      });
      role = implied;
    } else if (role === null || block.kind === 'heading' || OTHER_LABEL.test(text)) {
      // outside a roster: prose and headings end it
      role = null;
      pendingName = null;
      last = null;
      if (groupHere) group = groupHere;
      continue;
    }
    const head = label ?? damaged;
    if (head) {
      offset = head[0].length;
      rest = text.slice(offset);
      pendingName = null;
      last = null;
    }
    if (!rest.trim() && head) continue;
    if (/[。;]$/.test(rest) || rest.length > 80) {
      // a sentence: the roster is over
      role = null;
      last = null;
      continue;
    }
    const lead = rest.length - rest.trimStart().length;
    const body = rest.trim();
    const from = block.from + offset + lead;
    const name = NAME.exec(body);
    const nameText = name ? name[1]!.replace(/ /g, '') : null;
    const isName = nameText !== null && !isTitle(nameText) && nameText.length <= 4;
    const after = isName ? body.slice(name![0].length).trim() : body;
    const title = after.replace(/^\((.*)\)$/, '$1').trim();

    if (isName && !title) {
      // a name alone; its title is the next piece
      pendingName = { name: nameText!, from };
      continue;
    }
    if (!isName && last && !pendingName && /、$/.test(last.titles.join('、')) && !head) {
      last.titles = [...last.titles.filter(Boolean), ...splitTitles(title)];
      last.to = block.to;
      continue;
    }
    const entry: Entry = {
      role: role!,
      name: isName ? nameText : (pendingName?.name ?? null),
      titles: splitTitles(title),
      from: pendingName && !isName ? pendingName.from : from,
      to: block.to,
      group,
    };
    pendingName = null;
    entries.push(entry);
    last = entry;
  }
  for (const block of inputs.map((i) => i.block)) entries.push(...readProseRoles(block, group));
  return entries.map((e) => toPerson(e, ctx));
}

/** The role a label that lost its first characters must have, from the role before it. */
function impliedRole(remnant: string, previous: string | null): string {
  if (remnant === '员') return '成员';
  if (previous === null) return '组长';
  return '副组长';
}

function isTitle(token: string): boolean {
  return TITLE_ENDINGS.some((t) => token.endsWith(t));
}

function splitTitles(title: string): string[] {
  const parts = title.split('、');
  // a title cut at the end of a line keeps its trailing 、 so the next line can continue it
  return parts.length > 1 && parts[parts.length - 1] === '' ? [...parts.slice(0, -1).filter(Boolean), ''] : parts.filter(Boolean);
}

function readProseRoles(block: Block, group: string | null): Entry[] {
  const out: Entry[] = [];
  for (const m of block.text.matchAll(PROSE_ROLE)) {
    const from = block.from + m.index + m[0].indexOf(m[2]!);
    // the lazy match gives a two-character name's title its last character ("局长王浩" → "长王浩")
    let title = m[2]!;
    let name = m[3]!;
    if (name.length === 3 && isTitle(title + name[0])) [title, name] = [title + name[0], name.slice(1)];
    out.push({
      role: m[1]!,
      name,
      titles: splitTitles(title),
      from,
      to: from + m[2]!.length + m[3]!.length,
      group,
    });
  }
  return out;
}

function toPerson(e: Entry, ctx: ExtractContext): Person {
  const incomplete = e.name === null || e.name.length < 2;
  const span = ctx.span(e.from, e.to);
  if (incomplete) {
    const said = e.name ? `keeps only "${e.name}" of the name` : 'has no name';
    ctx.messages.push({
      ruleId: e.name ? 'personnel/truncated-name' : 'personnel/missing-name',
      severity: 'warning',
      message: `roster entry ${e.role} "${e.titles.join('、')}" ${said}`,
      line: span.line,
      column: span.column,
      span,
    });
  }
  return { group: e.group, role: e.role, name: e.name, titles: e.titles.filter(Boolean), incomplete, span };
}
