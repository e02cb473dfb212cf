import type { Person } from '../schema/contract.js';
import {
  BEFORE_DIVIDED_BODY,
  CONCURRENT_TITLES,
  DEPUTY_PREFIXES,
  DIVIDED_LEADERS,
  DIVISION_FOLLOWERS,
  DUTY_LINKS,
  DUTY_VERBS,
} from '../knowledge/roles.js';
import type { Block } from '../segment/index.js';
import type { ExtractContext } from './context.js';
import {
  isGluedName,
  LEVEL_ORGAN,
  LONGEST_TITLE_ENDING,
  PLACE_END,
  splitName,
  splitTitles,
  startsOrganName,
} from './personnel.js';

// "…关于调整县政府领导工作分工的通知": the leaders, perhaps after their body (县政府), before 分工
// and what says the notice divides the work (not 领导分工负责)
const DIVISION = new RegExp(
  `([\\u4e00-\\u9fff]{0,20}?)(?:相关|有关)?(${DIVIDED_LEADERS.join('|')})(?:工作)?分工(?=${DIVISION_FOLLOWERS.join('|')}|[^\\u4e00-\\u9fff]|$)`,
);
const BEFORE_BODY = new RegExp(`^.*(?:${BEFORE_DIVIDED_BODY.join('|')})`);
const VERB = DUTY_VERBS.join('|');
// "王某县长:主持…", "一、某某党组书记、主任:协助分管…": who, a colon, then the duties
const LEAD_AND_DUTIES = new RegExp(`^([^:。;]{2,60}):\\s*(?=${VERB})`);
// where a clause's duties may start after its leader ("副主任李某同志分管…")
const DUTIES_START = new RegExp(`(?:同志)?(?:${VERB})`, 'g');
const OPENS_DUTIES = new RegExp(`^(?:${VERB})`);
const LINK_AT_END = new RegExp(`(?:${DUTY_LINKS.join('|')})$`);
// the words before a head's post that make it a deputy's (常务副县长, 第一副主任)
const DEPUTY = new RegExp(`(?:${DEPUTY_PREFIXES.join('|')})?副?$`);
// the standing team whose head a post names (纪检组组长, 督导组组长; a 领导小组's 组长 is a group's head)
const TEAM_HEAD = /([\u4e00-\u9fff]{2}(?<!小)组)组长$/;
// a rank in brackets after a post: 副主任(正厅长级)
const RANK = /\([^()]*\)$/;
// the role of a leader the notice names without a post (王某同志:…)
const LEADER = '领导';
// how far into a clause its leader may reach (县政府办公室主任王某同志)
const MAX_LEAD = 40;
// how many blocks open a text: where it says what it is about
const OPENING = 3;

interface Leader {
  name: string;
  titles: string[];
  role: string;
}

/**
 * The leaders a 领导工作分工 notice gives their duties: one a line or paragraph (王某县长:主持…;
 * 一、某某党组书记、主任:…; a line 县长 王某 over its duties), or one a clause in prose (县政府办公室主任王某
 * 同志主持全面工作,副主任李某同志分管…). Read only where the title or the opening says the notice
 * divides the work among leaders, so that an official prose names (副县长王某出席会议) is no roster;
 * the group is the leaders it names (县政府领导).
 */
export function extractLeaders(title: string | null, blocks: Block[], ctx: ExtractContext): Person[] {
  const said = [title ?? '', ...blocks.slice(0, OPENING).map((b) => b.text)]
    .map((t) => DIVISION.exec(t))
    .filter((m) => m !== null);
  if (said.length === 0) return [];
  const group = groupOf(said);
  const out: Person[] = [];
  const named = new Set<string>();
  // (one entry a leader: a later clause naming him again, 由副县长李某主持…, is no new one)
  const add = (leader: Leader, from: number, to: number) => {
    if (named.has(leader.name)) return;
    named.add(leader.name);
    out.push({ group, ...leader, incomplete: false, span: ctx.span(from, to) });
  };
  blocks.forEach((block, k) => {
    const at = block.kind === 'heading' ? (block.marker?.length ?? 0) : 0;
    const text = block.text.slice(at);
    const lead = LEAD_AND_DUTIES.exec(text);
    const leader = lead ? readLeader(lead[1]!.replace(/\s+/g, '')) : null;
    // (or a line with the leader alone, over the duties)
    const next = blocks[k + 1]?.text ?? '';
    const who =
      leader ??
      (OPENS_DUTIES.test(next) && text.length <= MAX_LEAD ? readLeader(text.replace(/\s+/g, '')) : null);
    if (who) {
      add(who, block.from, block.to);
      return;
    }
    for (const clause of text.matchAll(/[^,;。]+/g)) {
      const found = readClause(clause[0]);
      const from = block.from + at + clause.index;
      if (found) add(found, from, from + clause[0].length);
    }
  });
  return out;
}

/**
 * The leaders a notice names in what says it divides the work: the first that names their body (县政府
 * 领导), else the leaders alone (领导), or null when it names them by no word of their own (某某等同志).
 */
function groupOf(said: RegExpExecArray[]): string | null {
  const bodies = said.map((m) => m[1]!.replace(BEFORE_BODY, ''));
  const at = bodies.findIndex((b) => b !== '' && (startsOrganName(b) || LEVEL_ORGAN.test(b)));
  const word = said[Math.max(at, 0)]![2]!.replace(/(?:成员|同志)$/, '');
  return word ? (at >= 0 ? bodies[at]! : '') + word : null;
}

// a clause whose leader stands in for another, or that dates his duties (由副县长李某主持…, 在…期间)
const NOT_DIVIDING = /^(?:由|在|当)/;

/** The leader that opens a clause before his duties ("副主任李某同志分管某科工作"), if any. */
function readClause(clause: string): Leader | null {
  if (NOT_DIVIDING.test(clause)) return null;
  for (const m of clause.matchAll(DUTIES_START)) {
    if (m.index > MAX_LEAD) break;
    const leader =
      m.index >= 2 ? readLeader(clause.slice(0, m.index + (m[0].startsWith('同志') ? 2 : 0))) : null;
    if (leader) return leader;
  }
  return null;
}

/**
 * A leader as a 分工 names him: his name, then his posts (王某县长, 某某党组书记、主任), or his posts, then his
 * name (县政府办公室主任王某), or his name alone with 同志 (王某同志).
 */
function readLeader(said: string): Leader | null {
  const linked = said.replace(LINK_AT_END, '');
  const bare = linked.replace(/同志$/, '');
  return (
    nameThenPosts(bare) ??
    postsThenName(bare) ??
    // (a name alone only with its 同志: 王某同志, not 王某则)
    (bare !== linked && isGluedName(bare) ? { name: bare, titles: [], role: LEADER } : null)
  );
}

function nameThenPosts(said: string): Leader | null {
  // (a three-character name first, as most are, unless what follows is no post: 李某党组成员)
  for (const length of [3, 2]) {
    const name = said.slice(0, length);
    if (!isGluedName(name) || PLACE_END.test(name)) continue;
    const titles = splitTitles(said.slice(length));
    const role = titles.length > 0 && opensPost(titles[0]!) ? roleOf(titles) : null;
    if (role) return { name, titles, role };
  }
  return null;
}

function postsThenName(said: string): Leader | null {
  const named = splitName(said);
  if (!named?.title) return null;
  const titles = splitTitles(named.title);
  const role = roleOf(titles);
  return role ? { name: named.name, titles, role } : null;
}

/** The post a leader's titles give him: the first that is no party post beside it (党组书记、主任 → 主任). */
function roleOf(titles: string[]): string | null {
  const main = titles.find((t) => !isConcurrent(t)) ?? titles.at(-1)!;
  return postOf(main);
}

function isConcurrent(title: string): boolean {
  return CONCURRENT_TITLES.some((c) => title.endsWith(c));
}

/** The head's post a title ends with, a deputy's with its 副 (县政府办公室副主任 → 副主任), or null. */
function postOf(title: string): string | null {
  const t = title.replace(RANK, '');
  const party = CONCURRENT_TITLES.find((c) => t === c);
  if (party) return party;
  const ending = LONGEST_TITLE_ENDING.find(t);
  if (!ending) return null;
  // an assistant's post names whose assistant he is (县长助理)
  const head = ending === '助理' ? LONGEST_TITLE_ENDING.find(t, t.length - ending.length) : undefined;
  // the head of a standing team keeps its team's name (纪检组组长): 组长 alone is a work group's role
  const team = ending === '组长' ? TEAM_HEAD.exec(t)?.[1] : undefined;
  const word = (head ?? team ?? '') + ending;
  return DEPUTY.exec(t.slice(0, t.length - word.length))![0] + word;
}

/** Whether a title opens as a post does: the post alone, or after its body (省某委主任, 市委常委), or a party post. */
function opensPost(title: string): boolean {
  const t = title.replace(RANK, '');
  const post = postOf(t);
  if (!post) return false;
  const body = t.slice(0, t.length - post.length);
  return (
    body === '' || CONCURRENT_TITLES.some((c) => t === c) || startsOrganName(body) || LEVEL_ORGAN.test(body)
  );
}
