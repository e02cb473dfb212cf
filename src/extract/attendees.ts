import type { Person } from '../schema/contract.js';
import type { Block } from '../segment/index.js';
import { COLLECTIVE_POSTS, MEETING_ROLES, TITLE_ENDINGS } from '../knowledge/roles.js';
import type { ExtractContext } from './context.js';
import { classifyDepartment } from './department.js';

const VERBS = Object.keys(MEETING_ROLES).join('|');
// a 纪要's list under its label (GB/T 9704 10.2): "出席:甲、乙", "列席:某局 丙"
const LABELLED = new RegExp(`^(${VERBS}) ?:(.+)$`);
// in prose, a clause: "…局长甲同志主持召开局长办公会", "局领导甲、乙、丙参加会议"
const CHAIR = /^(.+?)(?:同志)?主持(?:召开)?(?:了)?(.*)$/;
const ATTEND = new RegExp(`^(.+?)(?:同志)?(?:等)?(${VERBS})(?:了)?(?:本次)?会议$`);
const NAME = /^[\u4e00-\u9fff]{2,3}$/;
const POST_ENDS = [...TITLE_ENDINGS, ...COLLECTIVE_POSTS];
const MEETING = /^[\u4e00-\u9fff]{2,20}会议?$/;

/**
 * The people a 纪要 names at its meeting: who chaired it and who attended (出席, 列席), from its
 * labelled lists and from the clauses that say so, each name with the posts written before it.
 */
export function extractAttendees(blocks: Block[], ctx: ExtractContext): Person[] {
  const out: Person[] = [];
  for (const block of blocks) {
    // the people of a list, a post before the first name perhaps broken at its 、 (党组书记、局长甲)
    const add = (role: string, group: string | null, list: string, at: number) => {
      let titles: string[] = [];
      // (a collective post holds for every name of its list: 局领导甲、乙)
      let shared: string[] = [];
      let from = at;
      for (const piece of list.split(/[、,;]/)) {
        const start = block.from + from;
        from += piece.length + 1;
        const person = readAttendee(piece.trim());
        if (!person) {
          titles = isPost(piece.trim()) ? [...titles, piece.trim()] : [];
          continue;
        }
        const span = ctx.span(start, start + piece.length);
        const held = person.titles.length > 0 ? [...titles, ...person.titles] : shared;
        if (COLLECTIVE_POSTS.some((p) => held.at(-1)?.endsWith(p))) shared = held;
        out.push({ group, role, name: person.name, titles: held, incomplete: false, span });
        titles = [];
      }
    };
    const label = LABELLED.exec(block.text);
    if (label) {
      add(MEETING_ROLES[label[1]!]!, null, label[2]!, block.text.length - label[2]!.length);
      continue;
    }
    let group: string | null = null;
    let at = 0;
    for (const clause of block.text.split(/(?<=[,。;])/)) {
      const text = clause.replace(/[,。;]$/, '');
      const start = at;
      at += clause.length;
      const chair = CHAIR.exec(text);
      if (chair) {
        const meeting = chair[2]!.trim();
        group = MEETING.test(meeting) ? meeting : group;
        const chairman = chair[1]!.replace(/^.*由/, '');
        add('主持', group, chairman, start + chair[1]!.length - chairman.length);
        continue;
      }
      const attend = ATTEND.exec(text);
      if (
        attend &&
        attend[1]!
          .split('、')
          .slice(1)
          .every((p) => NAME.test(p.replace(/同志$/, '')))
      )
        add(MEETING_ROLES[attend[2]!]!, group, attend[1]!, start);
    }
  }
  return out;
}

const isPost = (text: string) => POST_ENDS.some((e) => text.endsWith(e));

/** A name with the posts written before it (局长甲, 局领导乙, "某局 丙", 丙), or null. */
function readAttendee(piece: string): { name: string; titles: string[] } | null {
  const text = piece.replace(/同志$/, '').replace(/ +/g, ' ');
  const spaced = text.split(' ');
  if (spaced.length > 1 && isName(spaced.at(-1)!))
    return { name: spaced.at(-1)!, titles: spaced.slice(0, -1) };
  if (isName(text)) return { name: text, titles: [] };
  // (a name of three characters first, as most are: 局长张某某, not 局长张某 and a 某)
  for (let k = text.length - 3; k <= text.length - 2; k++) {
    const post = text.slice(0, k);
    if (k > 0 && isPost(post) && isName(text.slice(k))) return { name: text.slice(k), titles: [post] };
  }
  return null;
}

/** Two or three characters that name no post and no body (办公室, 财政局). */
function isName(text: string): boolean {
  return NAME.test(text) && !isPost(text) && classifyDepartment(text).canonical === null;
}
