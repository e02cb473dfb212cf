import type { Person } from '../schema/contract.js';
import { LEVEL_MARKERS } from '../knowledge/departments.js';
import {
  CONCURRENT_TITLES,
  GROUP_NOUNS,
  NAME_DOTS,
  NOT_APPOINTING_BEFORE,
  ROSTER_ROLES,
  TITLE_ENDINGS,
  POST_QUALIFIERS,
  UNIT_HEAD_WORDS,
} from '../knowledge/roles.js';
import type { Block } from '../segment/index.js';
import type { ExtractContext } from './context.js';
import { classifyDepartment, findDepartmentMentions } from './department.js';
import { Endings } from './endings.js';
import { execAll, Scanner } from './scan.js';

/** A block and the heading or group it stands under, in document order. */
export interface RosterInput {
  block: Block;
  /** The title of the section the block stands in (a 链长 roster's chain, say). */
  sectionTitle: string | null;
  /** The group the part it stands in is about (an attachment titled …工作专班). */
  groupHint: string | null;
}

const ROLES_LONGEST_FIRST = [...ROSTER_ROLES].sort((a, b) => b.length - a.length);
// A role label, its characters perhaps padded with spaces ("组 长:", "主 任 委 员:").
// Word tables and nbsp padding spread a label out and may drop its colon: "组    长   张某   县长".
const PADDED_ROLES = ROLES_LONGEST_FIRST.map((r) => [...r].join('[ \\t]{0,8}')).join('|');
const LABEL = new RegExp(`^(${PADDED_ROLES})(?:[ \\t]{0,8}:|[ \\t]+(?=[\\u4e00-\\u9fff]))`);
const PADDED_ROLE = `(?:${PADDED_ROLES})[ \\t]{0,8}:`;
// A role label and its colon opening a text ("主 任 委 员:张某 副主任委员:…"): a roster.
const ROSTER_OPENING = new RegExp(`^${PADDED_ROLE}`);
// A label and its colon inside a roster line that lost its line breaks ("总指挥长:张某 镇 长副指挥长:李某"),
// or the label of the units listed after the people ("…林业站站长成员单位:林业站、派出所"): the earliest,
// longest label wins, so 副指挥长 is not read as 指挥长 after a title's 副.
const LABEL_INSIDE = new RegExp(`(?:${PADDED_ROLES}|成员(?:单位|部门))[ \\t]{0,8}:`, 'g');
// A roster run on after the sentence that sets up its group ("…镇设立X指挥部。 总指挥长:镇长…").
const ROSTER_AFTER_SENTENCE = new RegExp(`[。;:][ \\t]*(?=${PADDED_ROLE})`);

/** Whether a text opens as a roster does, with a role and its colon (组长:, 主 任:). */
export function opensRoster(text: string): boolean {
  return ROSTER_OPENING.test(text);
}

// What scraping leaves of a label whose first characters were lost: "长:", "员:".
const DAMAGED_LABEL = /^(长|员)[ \t]{0,8}:/;
// Another label ("牵头单位:", "联系人:") ends a roster's run of entries.
const OTHER_LABEL = /^[\u4e00-\u9fff]{2,8}:/;
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;
// a transliterated name: runs of Han joined by dots (某某·某某某), up to four runs
const DOTTED = `[\\u4e00-\\u9fff]{1,8}(?:[${NAME_DOTS}][\\u4e00-\\u9fff]{1,8}){1,3}`;
const NAME_FORMS = `[\\u4e00-\\u9fff]{2,4}|${DOTTED}`;
const NAME = new RegExp(`^(?:${NAME_FORMS})$`);
const ANY_NAME_DOT = new RegExp(`[${NAME_DOTS}]`, 'g');
// a name, then characters lost in decoding ("某某·某某?…"): the name is kept, but may be cut short
const NAME_THEN_LOST = new RegExp(`^(${NAME_FORMS})[?\\ufffd]+`);
// Words a title starts with when it names the level of its body (国务院副总理). Not 乡, 县,
// 街道 …: a place name stands before them as often as a name does ("某某乡党委书记").
const LEVEL_WORDS = LEVEL_MARKERS.map(([word]) => word).filter(
  (w) => w.length > 1 && w !== '街道' && w !== '地区',
);
// a label inside a line and the names after it, up to the next label or the sentence's end
const RUNNING_LABEL = new RegExp(`(${ROLES_LONGEST_FIRST.join('|')}):([^,;。:]{2,80})(?=[,;。]|$)`, 'g');
// (a space may part them: "陈某 (X局局长助理)")
const NAME_WITH_TITLE = new RegExp(`^(${NAME_FORMS}) ?\\((.+)\\)$`);
const GROUP_CHARS = '[\\u4e00-\\u9fff\\d〇“”]';
// (a name may hold a word in brackets: 某某(产业)示范区建设工作领导小组)
const GROUP = new RegExp(
  `((?:${GROUP_CHARS}|\\([\\u4e00-\\u9fff]{1,8}\\)){2,30}?(?:${GROUP_NOUNS.join('|')}))`,
);
// what follows a group the text only refers to: 督促落实领导小组议定事项, 完成领导小组交办的任务,
// 完成指挥部领导交办的事项
const GROUP_AS_OBJECT = /^(?:领导)?(?:议定|交办|部署|审定)/;
// whether a text names a group at all: one search for the nouns, cheaper than GROUP or a search per noun
const ANY_GROUP_NOUN = new RegExp(GROUP_NOUNS.join('|'));
const TITLE_WORD_ENDINGS = new Endings(TITLE_ENDINGS);
// (the longest first: 副书记 before 书记, 总队长 before 队长)
export const LONGEST_TITLE_ENDING = new Endings([...TITLE_ENDINGS].sort((a, b) => b.length - a.length));
const CONCURRENT_ENDINGS = new Endings(CONCURRENT_TITLES);
// the longest a role clause, or one member's titles and name, is read to (a longer run is no one's)
const MAX_CLAUSE = 400;
const PROSE_ROLE_WORDS =
  '办公室主任|办公室副主任|常务副主任|副主任|主任|常务副组长|副组长|组长|召集人|秘书长|副总指挥|总指挥|副指挥长|指挥长';
// "办公室主任由区某局局长张某同志兼任", "副主任由甲部副部长张某,乙部副部长李某兼任", "成员由…组成": the
// role, then who (several, each with a title; 组成 only ending a clause, not in 党组成员)
const ROLE_TAKEN_BY = new Scanner(
  new RegExp(
    `(${PROSE_ROLE_WORDS}|(?<!办公室)成员)由([^。;]{2,${MAX_CLAUSE}}?)(?:同志)?(?:兼任|担任|组成(?=[,。;]|$))`,
    'g',
  ),
  '办常副主组召秘总指成',
);
// "区某局局长张某同志兼任办公室主任", "(由)李某同志任主任": who, then the role
const TAKES_ROLE = new RegExp(
  `([^。;,由]{2,60}?)(?:同志)?(?:兼任|担任|(?<![${NOT_APPOINTING_BEFORE}])任)(${PROSE_ROLE_WORDS})`,
  'g',
);
// whether a text can hold a role taken in prose at all: one search, cheaper than the patterns
const PROSE_ROLE_HINT = new RegExp(`[兼担]任|成员由|任(?:${PROSE_ROLE_WORDS})`);
// "副指挥长由县应急局局长担任", "组长:由县长担任", "成员由各单位主要负责人组成": a clause that opens
// with a role (perhaps after its group: 指挥部总指挥由…, X领导小组组长由…) and says who holds it; a
// comma inside it only before 以及 (…副主任,以及县应急局局长)
// (a clause that goes on a list, 以及…, opens none: else every such clause would be read to the
// sentence's end; and a clause is read to MAX_CLAUSE characters)
const POSITION_CLAUSE = new RegExp(
  `^(?!以及|及)([^,。;:由]{0,30}?(?:${GROUP_NOUNS.join('|')}))?(${ROLES_LONGEST_FIRST.join('|')}):?由((?:[^,。;]|,(?=以及|及)){1,${MAX_CLAUSE}}?)(?:担任|兼任|组成)(?=,|$)`,
);
// "由市长任组长,分管副市长任副组长,各科室负责人为成员": the posts named first, each clause after the
// first (由…) going on without its 由
const POST_TAKES_ROLE = new RegExp(
  `^(由)?([^,。;:由]{1,${MAX_CLAUSE}}?)(?:任|为)(?:小组|领导小组)?(${ROLES_LONGEST_FIRST.join('|')})(?=,|$)`,
);
// one post or unit of such a clause, and the mark after it
const POST_PART = /(?:以及|及)?([^、,]+)([、,]?)/g;

interface Entry {
  role: string;
  name: string | null;
  titles: string[];
  from: number;
  to: number;
  group: string | null;
  /** Written by post alone (指挥长由常务副县长担任): no name was lost. */
  byPost?: true;
  /** The name is followed by characters lost in decoding: it may be cut short. */
  damaged?: true;
  /** The run of roster lines it stands in, for a roster read line by line. */
  roster?: number;
}

/** One person a position clause names: their titles and where they stand in the clause. */
interface Post {
  titles: string[];
  from: number;
  to: number;
}

/** One roster piece read: a name, a title, or both; or a list of names. */
interface Piece {
  names: string[];
  title: string;
  damaged?: true;
}

/**
 * Reads the rosters of leading and working groups: a labelled line ("组 长:刘某 区委书记"),
 * unlabelled lines under it (same role), a title continued on the next line, a name alone with
 * its title in the next piece, lists of bare names ("成 员:王某、李某、陈 某"). Damaged labels
 * ("长:", "员:") take the role their position implies; lost names stay null, one-character
 * remnants are kept; both are flagged. People named in prose (办公室主任由…兼任) are found too.
 * No entry is dropped.
 */
export function extractPersonnel(
  inputs: RosterInput[],
  documentGroup: string | null,
  ctx: ExtractContext,
): Person[] {
  const entries: Entry[] = [];
  let role: string | null = null;
  // the group named last in prose (决定成立X领导小组), for rosters that stand under no titled group
  let proseGroup: string | null = null;
  // the group the line right above names as a heading ((一)综合组, 三、成立后勤保障小组), if it does
  let above: string | null = null;
  // by block: the group named in prose up to it (a later clause names none of its people's)
  const groupAt = new Map<Block, string | null>();
  // the blocks read as rosters cut at their labels (not read again as rosters run on in prose)
  const cutRosters = new Set<Block>();
  let group: string | null = documentGroup;
  let pending: Entry | null = null;
  let last: Entry | null = null;
  let roster = 0;
  const flush = () => {
    if (pending) entries.push(pending);
    pending = null;
  };
  const endRoster = () => {
    flush();
    role = null;
    last = null;
    roster++;
  };

  for (const { block: line, sectionTitle, groupHint } of inputs) {
    const blocks = splitAtLabels(line);
    if (blocks.length > 1) cutRosters.add(line);
    for (const block of blocks) {
      const text = block.text;
      const label = LABEL.exec(text);
      // "组长:由县长担任" is a clause, not a roster line: readPositions reads it; so is a role's
      // duty, "组长:负责全面工作;副组长:协助…" (not a post described by its duty: 负责交通工作的副县长)
      const said = label ? text.slice(label[0].length).trim() : '';
      if (
        label &&
        (said.startsWith('由') || (DUTY_OPENING.test(said) && !isTitle(said.replace(/[。;]$/, ''))))
      ) {
        endRoster();
        continue;
      }
      const damaged = label ? null : DAMAGED_LABEL.exec(text);
      if (label || damaged) group = above ?? groupHint ?? proseGroup ?? documentGroup;
      if (label) {
        flush();
        role = label[1]!.replace(/ /g, '');
        if (role.endsWith('链长')) group = sectionTitle ?? group;
      } else if (damaged) {
        flush();
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
      } else if (
        role === null ||
        block.kind === 'heading' ||
        OTHER_LABEL.test(text) ||
        /[。;]$/.test(text) ||
        text.length > 80 ||
        isProse(text)
      ) {
        endRoster();
        proseGroup = readGroupName(text) ?? proseGroup;
        above = readGroupHeading(block);
        continue;
      }
      const head = label ?? damaged;
      if (head) last = null;
      const offset = head ? head[0].length : 0;
      const rest = text.slice(offset);
      const body = rest.trim();
      // (a label with a note, not people: 成员:从有关单位抽调)
      if (!body || isProse(body)) continue;
      const from = block.from + offset + (rest.length - rest.trimStart().length);
      const listed =
        readNamesWithBracketedPosts(body) ?? readPostsWithNames(body) ?? readNamesWithPosts(body);
      if (listed) {
        flush();
        for (const part of listed)
          entries.push({ role, group, roster, ...part, from: from + part.from, to: from + part.to });
        last = null;
        continue;
      }
      let piece = readPiece(body);

      if (piece.names.length === 0 && pending && !head) {
        // the title of the name before it ("王 浩" then "区党工委…")
        pending.titles = splitTitles(piece.title);
        pending.to = block.to;
        last = pending;
        flush();
        continue;
      }
      flush();
      if (piece.names.length === 0 && last && !head && last.titles.at(-1) === '') {
        // a title broken at a 、 over two lines
        last.titles = [...last.titles.slice(0, -1), ...splitTitles(piece.title)];
        last.to = block.to;
        continue;
      }
      piece = splitGluedName(piece);
      const make = (name: string | null, title: string): Entry => ({
        role: role!,
        name,
        titles: splitTitles(title),
        from,
        to: block.to,
        group,
        roster,
      });
      if (piece.names.length > 1) {
        for (const name of piece.names) entries.push(make(name, ''));
        last = null;
      } else if (piece.names.length === 1 && !piece.title) {
        pending = make(piece.names[0]!, '');
      } else {
        last = make(piece.names[0] ?? null, piece.title);
        if (piece.damaged) last.damaged = true;
        // a post described by its duty (负责某某工作的副市长, 分管副县长), or units named by their heads
        // (市某局、市某局分管负责同志), is written by post: no name was lost
        if (piece.names.length === 0 && (DUTY_POST.test(piece.title) || UNIT_HEADS.test(piece.title)))
          last.byPost = true;
        entries.push(last);
      }
    }
    groupAt.set(line, proseGroup);
  }
  flush();
  markUnitPosts(entries);
  for (const { block, groupHint } of inputs) {
    const hint = groupHint ?? documentGroup ?? groupAt.get(block) ?? null;
    const found = [
      ...readProseRoles(block, hint),
      ...readPositions(block, hint),
      ...(cutRosters.has(block) ? [] : readRunningRoster(block, hint)),
    ];
    entries.push(...found.sort((a, b) => a.from - b.from));
  }
  unifyGroupNames(entries);
  return entries.map((e) => toPerson(e, ctx));
}

/**
 * A roster line that lost its line breaks ("总指挥长:张某 镇 长副指挥长:李某 副镇长成 员:…") is read as
 * the lines it was: cut before each label with its colon inside it. Only a roster is cut: a line
 * that opens with a label, or the part of one after the sentence that sets up its group (…指挥部。
 * 总指挥长:…, cut there too); and only where the roster's part before its last label is no clause (。;).
 */
function splitAtLabels(block: Block): Block[] {
  const after = LABEL.test(block.text) ? null : ROSTER_AFTER_SENTENCE.exec(block.text);
  const opening = after ? after.index + after[0].length : 0;
  if (!after && !LABEL.test(block.text)) return [block];
  const cuts = execAll(LABEL_INSIDE, block.text)
    .map((m) => m.index)
    .filter((at) => at > opening);
  const starts = after ? [0, opening, ...cuts] : [0, ...cuts];
  if (starts.length < 2 || /[。;]/.test(block.text.slice(opening, starts.at(-1)))) return [block];
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? block.text.length;
    const text = block.text.slice(start, end).trimEnd();
    return { ...block, text, from: block.from + start, to: block.from + start + text.length };
  });
}

const GROUP_NAME_CHARS = '[\\u4e00-\\u9fff“”]';
// a heading or short line naming a group ("(一)综合组", "成立后勤保障小组", "办公室(市创城办)"): words
// before a group's noun, or 组 or 办公室, and perhaps the group's short name in brackets
const GROUP_HEADING = new RegExp(
  `^(?:成立|设立|组建)?((${GROUP_NAME_CHARS}{0,16}?)(?:组|办公室|${GROUP_NOUNS.join('|')})(\\(${GROUP_NAME_CHARS}{1,10}\\))?)[:。]?$`,
);

/**
 * The group a heading or a short line names for the roster under it ("(一)综合组", "三、成立后勤保障小组",
 * "办公室(市创城办)"); not a group's noun alone (领导小组, 工作组: the group the text named before).
 */
function readGroupHeading(block: Block): string | null {
  const text = block.text.slice(block.marker?.length ?? 0).trim();
  const m = GROUP_HEADING.exec(text);
  return m && (m[2] || m[3]) ? m[1]! : null;
}

// a duty after the one who bears it (后勤保障小组负责…), not 负责人 or 负责同志
const DUTY_INSIDE = /.(?:负责|牵头|统筹|主持)(?!人|同志)/;

/**
 * A roster line that says something of the roster instead of naming its people: an ellipsis (……),
 * where the people come from (从有关单位抽调), a duty (后勤保障小组负责…).
 */
function isProse(text: string): boolean {
  if (readPiece(text).names.length > 0) return false;
  return !/[\p{L}\p{N}]/u.test(text) || text.startsWith('从') || (DUTY_INSIDE.test(text) && !isTitle(text));
}

/**
 * A roster that names no one is written by post: an entry of it that gives the posts of units
 * (县政府办公室主任; 县财政局局长、县教育局局长) or the head of the government (镇长) lost no name.
 * Where other entries have names, such an entry is one whose name was lost.
 */
function markUnitPosts(entries: Entry[]): void {
  const named = new Set(entries.filter((e) => e.name !== null).map((e) => e.roster));
  for (const e of entries) {
    const titles = e.titles.filter(Boolean);
    if (named.has(e.roster) || titles.length === 0) continue;
    if (titles.every((t) => GOVERNMENT_HEAD.test(t) || (isTitle(t) && startsOrganName(t)))) e.byPost = true;
  }
}

/**
 * One group the document names several ways: in full, by a shorter form (领导小组, the name of
 * 以下简称), or by a variant that leaves words out (X安全生产领导小组 and the title's
 * X安全生产工作领导小组). Names that are all shorter forms of each other (the characters of one
 * stand in order in the other, with the same group noun at the end) are one group, named as the
 * roster first names it; a short form of two groups that are not one (领导小组 beside A领导小组 and
 * B领导小组) names neither. Two names that each have a roster of their own are two groups, unless
 * one is a mere variant of the other (isVariant).
 */
function unifyGroupNames(entries: Entry[]): void {
  const names = [...new Set(entries.map((e) => e.group).filter((g): g is string => g !== null))];
  // a name with people of its own roster (not only its office's): two such are two groups, unless one is
  // the other with filler words or its place left out
  const rostered = new Set(
    entries.filter((e) => e.group !== null && !e.role.includes('办公室')).map((e) => e.group),
  );
  const shorter = (a: string, b: string) =>
    isShortForm(a, b) && (!(rostered.has(a) && rostered.has(b)) || isVariant(a, b));
  const related = (a: string, b: string) => shorter(a, b) || shorter(b, a);
  const renamed = new Map<string, string>();
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) continue;
    // the names linked to this one, directly or through others
    const group = [name];
    for (let k = 0; k < group.length; k++) {
      for (const other of names) if (!group.includes(other) && related(group[k]!, other)) group.push(other);
    }
    group.forEach((g) => seen.add(g));
    if (group.length < 2 || !group.every((a) => group.every((b) => a === b || related(a, b)))) continue;
    for (const other of group) renamed.set(other, name);
  }
  for (const e of entries) if (e.group !== null) e.group = renamed.get(e.group) ?? e.group;
}

/** `short` is `long` with characters left out, and ends in the same group noun. */
function isShortForm(short: string, long: string): boolean {
  const noun = GROUP_NOUNS.find((n) => short.endsWith(n));
  if (noun === undefined || short.length >= long.length || !long.endsWith(noun)) return false;
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}

/**
 * The short form `short` of `long` can only be `long` named shorter: it is the bare group noun
 * (领导小组), or `long` with filler words (工作, 专项) or the place before it (东河区) left out; not a
 * name with words of its own left out (X领导小组 beside X产业发展领导小组, a group and its
 * specialised group).
 */
function isVariant(short: string, long: string): boolean {
  const noun = GROUP_NOUNS.find((n) => short.endsWith(n))!;
  if (short === noun) return true;
  const bare = (s: string) =>
    GROUP_NAME_FILLERS.reduce((t, w) => t.replaceAll(w, ''), s.slice(0, -noun.length));
  const a = bare(short);
  const b = bare(long);
  return b === a || (b.endsWith(a) && PLACE_END.test(b.slice(0, b.length - a.length)));
}

// words a group's name may leave out (X安全生产领导小组 for X安全生产工作领导小组)
const GROUP_NAME_FILLERS = ['工作', '专项'];
// a place before a group's name (东河区X领导小组 for X领导小组), or before a post (东河县县长)
export const PLACE_END = /[省市县区州盟旗镇乡]$/u;

/**
 * The name of a group a text names: "…关于成立第4届X工作领导小组的通知" → 第4届X工作领导小组,
 * "…为成员的区X工作专班" → 区X工作专班.
 */
export function readGroupName(text: string): string | null {
  if (!ANY_GROUP_NOUN.test(text)) return null;
  const m = GROUP.exec(text);
  if (!m) return null;
  // (the words of the sentence before the name: 成立…, 决定建立…, 承担…日常工作, 向…提出)
  const name = m[1]!.replace(/^.*(?:成立|建立|设立|组建|调整|关于|的|为|由|对|承担|负责|协助|向)/, '');
  if (GROUP_AS_OBJECT.test(text.slice(m.index + m[1]!.length))) return null;
  return name || null;
}

/** Reads one roster piece: "刘某 区委书记", "王 某 …", "王   区委副书记" (a remnant), "陈某(区委书记)", "甲、乙、丙". */
export function readPiece(text: string): Piece {
  // a padded two-character name before its title: "李 某(市委宣传部)"
  const body = text.replace(/^([\u4e00-\u9fff]) {1,3}([\u4e00-\u9fff])(?=[( ]|$)/, '$1$2');
  const lost = NAME_THEN_LOST.exec(body);
  // (the title keeps the marks of what was lost; a unit before them, 县财政局?局长 or 县教育?局长, is
  // no name)
  if (lost && isName(lost[1]!) && !isUnitStart(lost[1]!))
    return { names: [lost[1]!], title: body.slice(lost[1]!.length).replace(/\)$/, ''), damaged: true };
  const paren = NAME_WITH_TITLE.exec(body);
  if (paren && !isTitle(paren[1]!)) return { names: [paren[1]!], title: paren[2]! };
  const listed = body
    .split(/[、,]/)
    .map((p) => p.replace(/ /g, ''))
    .filter(Boolean);
  if (listed.length > 1 && listed.every(isName)) return { names: listed, title: '' };
  const tokens = joinPaddedNames(body.split(/[ \t]+/).filter(Boolean));
  if (tokens.length > 1 && tokens.every(isName)) return { names: tokens, title: '' };
  // a two-character name padded to three, glued to its title: "王 某副省长"
  if (PADDED_NAME_GLUED.test(body)) {
    const piece = splitGluedName({ names: [], title: body.replace(/ +/, '') }, [2]);
    if (piece.names.length > 0) return piece;
  }
  const first = tokens[0]!;
  // a title written straight before the name (县长赵某, 副县长钱某某): as in a list of members
  const titled = tokens.length === 1 ? splitName(first) : null;
  if (titled) return { names: [titled.name], title: titled.title };
  if (isName(first) || (first.length === 1 && /[\u4e00-\u9fff]/.test(first) && tokens.length > 1)) {
    return { names: [first], title: tokens.slice(1).join(' ') };
  }
  return { names: [], title: tokens.join(' ') };
}

const PADDED_NAME_GLUED = /^[\u4e00-\u9fff] {1,3}[\u4e00-\u9fff]{3,}\S*$/;
// what a role's duty opens with (组长:负责全面工作, 副组长:协助组长…)
const DUTY_OPENING = /^(?:负责|协助|主持|统筹|牵头)/;
// a post described by its duty: 负责某某工作的副市长, 分管副县长
const DUTY_POST = new RegExp(`^(?:负责|协调|${POST_QUALIFIERS.join('|')})`);

/**
 * A name written straight before its title, with no space or parenthesis ("李某某县政府办公室副主任",
 * "王某国务院副总理", "陈某副省长"): the title names its body after a name of two or three characters
 * (县政府办公室, 区卫健局, 省某某委员会办公室, 某某市), or is the head of a government alone (副省长,
 * 常务副市长). The reading whose body is surest wins (a known organ over a place over a name that
 * merely opens with a level word); between equals, the title that opens with its body's level (省,
 * 市 …: "刘某省教育厅副厅长" is 刘某 of the 省教育厅, not 刘某省 of an 教育厅), else the
 * three-character name, as most are. A name padded to three characters (`lengths` [2]) has two.
 */
function splitGluedName(piece: Piece, lengths = [3, 2]): Piece {
  const token = piece.title.replace(/\)$/, ''); // its "(" lost
  if (piece.names.length > 0 || token.includes(' ')) return piece;
  if (token.length < 4 || !isTitle(token) || startsOrganName(token)) return piece;
  // of several titles (省委常委、常务副省长) the first is the one glued to the name
  const first = token.split('、')[0]!;
  const readings = lengths
    .map((length) => ({ name: token.slice(0, length), title: token.slice(length) }))
    .map((r) => ({ ...r, body: glued(first.slice(r.name.length)) }))
    .filter((r) => r.body !== null && isGluedName(r.name));
  // how surely the body is one: a known organ, a place, else a name that opens with a level
  const rank = (body: string) => (isOrganName(body) ? 0 : PLACE_BODY.test(body) ? 1 : 2);
  const best = Math.min(...readings.map((r) => rank(r.body!)));
  const surest = readings.filter((r) => rank(r.body!) === best);
  const reading = surest.find((r) => SINGLE_LEVEL.test(r.title)) ?? surest[0];
  return reading ? { names: [reading.name], title: reading.title } : piece;
}

/**
 * Whether the characters before a title can be a name: not part of a post (常务副, 分管副) and not
 * a body (区政府副区长, 市委副书记).
 */
export function isGluedName(name: string): boolean {
  return (
    HAN_NAME.test(name) &&
    isName(name) &&
    !/[副常务]$/.test(name) &&
    !POST_QUALIFIERS.some((q) => name.startsWith(q)) &&
    !/^[省市县区州盟旗乡镇](?:委|政)/.test(name) &&
    classifyDepartment(name).canonical === null
  );
}

// the head of a government, or a member of the State Council (宪法 art. 86: 总理、副总理、国务委员), a
// post that needs no body before it
const GOVERNMENT_HEAD = /^(?:常务)?副?(?:[省市县区州盟旗乡镇]长|总理)$|^国务委员$/;
// a level written as one character before a body's name (省教育厅, 市政府办公室)
const SINGLE_LEVEL = /^[省市县区州盟旗]/;
export const LEVEL_ORGAN =
  /^[省市县区州盟旗](?:政府|委|人大|政协)|^[省市县区州盟旗][\u4e00-\u9fff]{1,16}(?:委员会|办公室|办|局|厅|委|联|会|中心|队)$/;
// a place named with its level, or its party committee or government (某某市副市长, 某某市委常委)
const PLACE_BODY = /^[\u4e00-\u9fff]{2,4}[省市县区州盟旗](?:委|政府)?$/;

/**
 * The body a title glued to a name names before its post ("" for a head's post alone: 副省长), or
 * null when it names none ("县长" alone leaves "常务副" no name).
 */
function glued(title: string): string | null {
  if (GOVERNMENT_HEAD.test(title)) return '';
  const ending = LONGEST_TITLE_ENDING.find(title);
  const body = ending ? title.slice(0, title.length - ending.length).replace(/副$/, '') : '';
  return body.length >= 2 && (isOrganName(body) || LEVEL_ORGAN.test(body) || PLACE_BODY.test(body))
    ? body
    : null;
}

/**
 * A known organ that opens the text, or that the text names whole as a national roster names a
 * ministry or commission, with no level word (发展改革委, 统计局, 审计署).
 */
function isOrganName(text: string): boolean {
  return (
    startsOrganName(text) ||
    findDepartmentMentions(text, true).some((m) => m.start === 0 && m.end === text.length)
  );
}

export function startsOrganName(text: string): boolean {
  return (
    LEVEL_WORDS.some((word) => text.startsWith(word)) ||
    findDepartmentMentions(text).some((mention) => mention.start === 0)
  );
}

/** "王 浩" is one name padded to the width of three characters: join single characters in pairs. */
function joinPaddedNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.length === 1 && next?.length === 1 && /[\u4e00-\u9fff]/.test(t + next)) {
      out.push(t + next);
      i++;
    } else out.push(t);
  }
  return out;
}

export function isName(token: string): boolean {
  // 各中队, 各单位: collective addressees, not people
  return NAME.test(token) && !isTitle(token) && !token.startsWith('各') && !isDottedUnits(token);
}

/** A unit's name or its start: a known body, or a level word (县教育… of 县教育局). */
function isUnitStart(token: string): boolean {
  return (
    classifyDepartment(token).canonical !== null || LEVEL_MARKERS.some(([word]) => token.startsWith(word))
  );
}

/** Units or posts a page joined with a bullet (县委办•县政府办•县财政局), which reads like a dotted name. */
function isDottedUnits(token: string): boolean {
  const parts = token.split(ANY_NAME_DOT);
  return parts.length > 1 && parts.some((p) => isTitle(p) || classifyDepartment(p).canonical !== null);
}

/** The role a label that lost its first characters must have, from the role before it. */
function impliedRole(remnant: string, previous: string | null): string {
  if (remnant === '员') return '成员';
  return previous === null ? '组长' : '副组长';
}

export function isTitle(token: string): boolean {
  return TITLE_WORD_ENDINGS.find(token) !== undefined;
}

export function splitTitles(title: string): string[] {
  if (!title) return [];
  // (a comma never stands inside one title: 市某办、某局,市某局; nor does the sentence's end, nor a
  // ; between groups of units: 甲部、乙部分管负责人;丙局、丁局主要负责人)
  const parts = title.replace(/[。;]$/, '').split(/[、,;]/);
  // a title cut at the end of a line keeps its trailing 、 so the next line can continue it
  return parts.length > 1 && parts.at(-1) === ''
    ? [...parts.slice(0, -1).filter(Boolean), '']
    : parts.filter(Boolean);
}

/**
 * A roster run on in a sentence, its labels inside the line ("…领导小组第一副组长:甲,常务副组长:乙、丙,
 * 副组长:丁。"): every label whose value is names only. A line that starts with a label is the
 * roster's own (read line by line above).
 */
function readRunningRoster(block: Block, group: string | null): Entry[] {
  const text = block.text;
  if (LABEL.test(text) || !text.includes(':')) return [];
  const out: Entry[] = [];
  for (const m of execAll(RUNNING_LABEL, text)) {
    const names = m[2]!.split('、').map((n) => n.trim());
    // plain names of two or three characters, or dotted ones: a duty ("组长:负责纪检、监察工作") is no
    // list of names
    const listedName = (n: string) => isName(n) && (n.length <= 3 || !HAN_NAME.test(n));
    if (!names.every(listedName)) continue;
    const at = block.from + m.index + m[1]!.length + 1;
    const named = readGroupName(text.slice(0, m.index + m[1]!.length));
    for (const name of names)
      out.push({ role: m[1]!, name, titles: [], from: at, to: at + m[2]!.length, group: named ?? group });
  }
  return out;
}

/**
 * "办公室主任由区某局局长张某同志兼任", "副主任由李某兼任", "区某局局长张某兼任办公室主任",
 * "办公室由李某同志任主任": the title is what precedes the name.
 */
function readProseRoles(block: Block, group: string | null): Entry[] {
  if (!PROSE_ROLE_HINT.test(block.text)) return []; // most blocks
  const people = (role: string, said: string, at: number, taking: boolean) =>
    splitPeople(said).map((p) => ({ role, said: p.said, at: at + p.at, taking }));
  const found = [
    ...ROLE_TAKEN_BY.all(block.text).flatMap((m) =>
      people(m[1]!, m[2]!, m.index + m[0].indexOf(m[2]!), false),
    ),
    ...execAll(TAKES_ROLE, block.text).flatMap((m) => people(m[2]!, m[1]!, m.index, true)),
  ].sort((a, b) => a.at - b.at);
  const out: Entry[] = [];
  for (const { role, said, at, taking } of found) {
    const named = splitName(said);
    const from = block.from + at;
    if (!named) {
      // an office's post held by a unit's head, who needs no name (由市某局分管负责同志兼任办公室主任)
      const post = block.text.startsWith('同志', at + said.length) ? `${said}同志` : said;
      if (taking && role.startsWith('办公室') && UNIT_HEADS.test(post))
        out.push({ role, name: null, titles: [post], from, to: from + post.length, group, byPost: true });
      continue;
    }
    out.push({
      role,
      name: named.name,
      titles: splitTitles(named.title),
      from,
      to: from + said.length,
      group,
    });
  }
  return out;
}

/**
 * The people a text names one after another, each with their titles: parts between commas, and
 * between 、 where a name ends the part before ("副秘书长王某、市某局局长李某"); a 、 between the titles of
 * one person (县委常委、常务副县长陈某) parts nothing. A 同志 after a name is left out.
 */
function splitPeople(said: string): { said: string; at: number }[] {
  // the part without its 同志, if it ends in a name
  const named = (part: string) => {
    const bare = part.replace(/同志$/, '');
    return splitName(bare) ? bare : null;
  };
  const out: { said: string; at: number }[] = [];
  let at = 0;
  for (const m of execAll(/[,、]/g, said)) {
    const part = said.slice(at, m.index);
    // (a part too long to be one member's is not read again at each 、: linear time)
    const bare = part.length <= MAX_CLAUSE ? named(part) : null;
    if (m[0] === '、' && !bare) continue;
    out.push({ said: bare ?? part, at });
    at = m.index + 1;
  }
  const last = said.slice(at);
  out.push({ said: named(last) ?? last, at });
  return out;
}

/**
 * A roster line written as prose, each member's post before the name, between commas
 * ("市政府办公室主任孙某,市政府办公室副主任李某,市某局、市某局主要负责同志。"): one entry a part;
 * a part naming units and their heads (主要负责同志) is one entry by post. Null unless a part
 * names someone after a post.
 */
function readPostsWithNames(body: string): Omit<Entry, 'role' | 'group'>[] | null {
  const parts = execAll(/[^,。;]+/g, body).flatMap((p) =>
    splitPeople(p[0]).map(({ said, at }) => ({ said, at: p.index + at })),
  );
  if (parts.length < 2) return null;
  const names = parts.map((p) => splitName(p.said));
  if (!names.some((n) => n?.title)) return null;
  return parts.map((p, k) => {
    const named = names[k];
    const span = { from: p.at, to: p.at + p.said.length };
    return named
      ? { ...span, name: named.name, titles: splitTitles(named.title) }
      : {
          ...span,
          name: null,
          titles: splitTitles(p.said),
          ...(UNIT_HEADS.test(p.said) ? { byPost: true } : {}),
        };
  });
}
/**
 * A roster line listing several members, each a name then a space then his post ("王某 林业站站长、
 * 赵某 派出所所长"): one entry a member. Null unless every part is read so (a 、 between the posts of one
 * person, "王某 县委常委、常务副县长", parts nothing).
 */
function readNamesWithPosts(body: string): Omit<Entry, 'role' | 'group'>[] | null {
  const parts = execAll(/[^、,;]+/g, body);
  if (parts.length === 1) return readSpacedPairs(body);
  if (parts.length < 2) return null;
  const read = parts.map((p) => NAME_SPACE_POST.exec(p[0]));
  // (a unit before its head's post, "林业局 局长", names no one)
  const named = (m: RegExpExecArray | null) =>
    m !== null && isName(m[1]!) && !isUnitStart(m[1]!) && isTitle(m[2]!.trimEnd());
  if (!read.every(named)) return null;
  return read.map((m, k) => {
    const from = parts[k]!.index + m!.index + m![0].indexOf(m![1]!);
    return { from, to: from + m![0].trim().length, name: m![1]!, titles: splitTitles(m![2]!.trimEnd()) };
  });
}

/**
 * Several members on one line, each a name (perhaps padded: "张 某") and his post in brackets, parted
 * by spaces ("张 某(县公安局副局长) 陈某某(X局主任) 李 某 (X局局长助理)"): one entry a member. Null
 * unless the line is all such members, two or more.
 */
function readNamesWithBracketedPosts(body: string): Omit<Entry, 'role' | 'group'>[] | null {
  const members: RegExpExecArray[] = [];
  // one member after another from the start, each tried once: linear in the line
  for (MEMBER_WITH_POST.lastIndex = 0; MEMBER_WITH_POST.lastIndex < body.length;) {
    const m = MEMBER_WITH_POST.exec(body);
    if (!m) return null;
    members.push(m);
  }
  if (members.length < 2) return null;
  const names = members.map((m) => m[1]!.replace(/ /g, ''));
  if (!names.every(isName)) return null;
  return members.map((m, k) => {
    const from = m.index + m[0].indexOf(m[1]!);
    return { from, to: m.index + m[0].length, name: names[k]!, titles: splitTitles(m[2]!) };
  });
}

// a name (perhaps padded or dotted: 张 某, 某某·某某某) and the post in brackets after it
const MEMBER_WITH_POST = /\s*([^()\s](?:[^()]{0,12}[^()\s])?)\s*\(([^()]+)\)/y;

/**
 * Members written name, post, name, post with only spaces between ("王某  县财政局局长    赵某  县教育局局长"):
 * one entry a pair. Null unless the words pair up so, two pairs or more.
 */
function readSpacedPairs(body: string): Omit<Entry, 'role' | 'group'>[] | null {
  const words = execAll(/\S+/g, body);
  if (words.length < 4 || words.length % 2 === 1) return null;
  const pairs = words.filter((_, k) => k % 2 === 0).map((name, k) => ({ name, post: words[2 * k + 1]! }));
  const paired = ({ name, post }: (typeof pairs)[number]) =>
    isName(name[0]) && !isUnitStart(name[0]) && isTitle(post[0]);
  if (!pairs.every(paired)) return null;
  return pairs.map(({ name, post }) => ({
    from: name.index,
    to: post.index + post[0].length,
    name: name[0],
    titles: splitTitles(post[0]),
  }));
}

const NAME_SPACE_POST = /^\s*(\S{2,4}) +(\S[^]*)$/u;

// the heads of the units a part names, who need no name (市某局、市某局主要负责同志, 区政府分管领导)
const UNIT_HEADS = new RegExp(`(?:${UNIT_HEAD_WORDS.join('|')})。?$`);

/**
 * How many people an entry stands for: one per title when it names no one and its titles end in
 * the heads of units (市某局、某局主要负责同志; 某副秘书长、市某局主要负责同志): each unit or post sends
 * its own; else one, whose titles are all his (县委常委、常务副县长).
 */
export function countSeats(person: Person): number {
  const last = person.titles.at(-1) ?? '';
  return person.name === null && UNIT_HEADS.test(last) ? person.titles.length : 1;
}

/**
 * "区某局局长张某" → 张某 after 区某局局长: the name is the last two or three characters, the rest (if
 * any) a title ending in a title word. Null for a post alone ("县长" is no name).
 */
export function splitName(said: string): { name: string; title: string } | null {
  const cut = (said.search(ANY_NAME_DOT) > 0 ? dottedCuts(said) : [3, 2].map((n) => said.length - n)).find(
    (k) => k >= 0 && (k === 0 || isTitle(said.slice(0, k))),
  );
  const name = cut === undefined ? '' : said.slice(cut);
  // a body's short name (公安局, 人武部) listed alone is no person's
  return isName(name) && classifyDepartment(name).canonical === null
    ? { name, title: said.slice(0, cut) }
    : null;
}

/**
 * Where a transliterated name after a title may start ("副市长某某·某某"): before its first dot, the
 * longest title first, so that the name's first part is as short as the title allows.
 */
function dottedCuts(said: string): number[] {
  const cuts: number[] = [];
  for (let k = said.search(ANY_NAME_DOT) - 1; k >= 0; k--) if (NAME.test(said.slice(k))) cuts.push(k);
  return cuts;
}

/**
 * A roster written by position ("指挥长由县委常委、常务副县长担任;副指挥长由…担任。成员由…组成。"):
 * one entry per post, with no name. A sentence that opens with a role is read clause by clause
 * while each opens with one; further into a sentence only an office's post (办公室设在X,办公室主任由…
 * 兼任) is surely the group's, and a post merely mentioned (由县长担任总指挥的…) is none.
 */
function readPositions(block: Block, group: string | null): Entry[] {
  const text = block.text;
  if (!text.includes('由')) return []; // most blocks
  const out: Entry[] = [];
  // one seat by post for each post said at `said`
  const add = (role: string, said: number, posts: Post[], named: string | null) => {
    for (const post of posts)
      out.push({
        role,
        name: null,
        titles: post.titles,
        from: block.from + said + post.from,
        to: block.from + said + post.to,
        group: named ?? group,
        byPost: true,
      });
  };
  for (const sentence of execAll(/[^。;]+/g, text)) {
    const end = sentence.index + sentence[0].length;
    let opening = true;
    let taking = false;
    for (let at = sentence.index; at < end;) {
      const clause = text.slice(at, end);
      const m = POSITION_CLAUSE.exec(clause);
      if (m && (opening || m[2]!.startsWith('办公室')))
        add(
          m[2]!,
          at + m[0].indexOf('由') + 1,
          readPosts(m[3]!),
          m[1] === undefined ? null : readGroupName(m[1]),
        );
      const took = m ? null : POST_TAKES_ROLE.exec(clause);
      const holder = took?.[2] ?? '';
      const posts: Post[] =
        took && (took[1] || taking) && (isTitle(holder) || UNIT_HEADS.test(holder)) ? readPosts(holder) : [];
      if (posts.length > 0) add(took![3]!, at + (took![1]?.length ?? 0), posts, null);
      taking = posts.length > 0;
      opening &&= m !== null;
      const next = m ? at + m[0].length : text.indexOf(',', at);
      if (next < 0) break;
      at = next + 1;
    }
  }
  return out;
}

/**
 * The people a position clause names, each with their titles: "县委常委、常务副县长" is one (a party
 * post written before the post), "县水利局局长、县气象局局长" two, "分管水利、农业工作的县政府办公室副主任"
 * one (the qualifier lists duties); units that name no post ("县委宣传部、县财政局等分管领导") make one, as
 * on a 成员: line. None when the clause names someone: readProseRoles reads those.
 */
function readPosts(said: string): Post[] {
  const out: Post[] = [];
  let current: Post | null = null;
  let inQualifier = false;
  for (const m of execAll(POST_PART, said)) {
    const [whole, part, mark] = [m[0], m[1]!, m[2]!];
    // (同志 after a name, not after the heads of a unit: 某局负责同志)
    if ((part.includes('同志') && !UNIT_HEADS.test(part)) || splitName(part)) return [];
    const from = m.index + whole.length - mark.length - part.length;
    if (!current) current = { titles: [part], from, to: from };
    else if (inQualifier) current.titles.push(`${current.titles.pop()!}、${part}`);
    else current.titles.push(part);
    current.to = from + part.length;
    const title = current.titles.at(-1)!;
    inQualifier = mark === '、' && /^(?:分管|负责)/.test(title) && !title.includes('的') && !isTitle(title);
    if (!inQualifier && (mark === ',' || (isTitle(title) && !CONCURRENT_ENDINGS.find(title)))) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

function toPerson(e: Entry, ctx: ExtractContext): Person {
  const incomplete = !e.byPost && (e.name === null || e.name.length < 2 || e.damaged === true);
  const span = ctx.span(e.from, e.to);
  if (incomplete) {
    const said = e.damaged
      ? `keeps "${e.name}" of the name, the characters after it were lost`
      : e.name
        ? `keeps only "${e.name}" of the name`
        : 'has no name';
    ctx.messages.push({
      ruleId: e.name ? 'personnel/truncated-name' : 'personnel/missing-name',
      severity: 'warning',
      message: `roster entry ${e.role} "${e.titles.filter(Boolean).join('、')}" ${said}`,
      line: span.line,
      column: span.column,
      span,
    });
  }
  // the parts of a transliterated name joined by the 间隔号, whichever dot the page used
  const name = e.name?.replace(ANY_NAME_DOT, '·') ?? null;
  return { group: e.group, role: e.role, name, titles: e.titles.filter(Boolean), incomplete, span };
}
