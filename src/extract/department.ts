/**
 * Departments: classify a unit name by function and level, split lists of units, read the
 * responsible units attached to a measure, and find unit names mentioned in prose.
 *
 * All knowledge (names, abbreviations, renames, level words, labels) comes from
 * `knowledge/departments.ts`; this file only matches it against text.
 */
import {
  BRANCH_OFFICE,
  COLLECTIVE_ENDINGS,
  COMBINED_BODIES,
  DEPARTMENT_FUNCTIONS,
  GOVERNMENT,
  LEVEL_MARKERS,
  LEAD_JOINERS,
  LEVELLED_BODIES,
  LIST_CLOSING_NOUNS,
  NAME_CONTRACTIONS,
  PLACE_NAMED_BRANCHES,
  PROVINCIAL_DIVISIONS,
  DIRECT_MUNICIPALITIES,
  DUTY_ADVERBS,
  DUTY_MODALS,
  DUTY_VERBS,
  REPLACED_BODIES,
  RESPONSIBILITY_LABELS,
  SECTOR_NAMING,
  SECTOR_TERMS,
  SENDING_VERBS,
  UNIT_ROLE_WORDS,
  VERTICAL_BODIES,
  WORDS_ENDING_IN_YOU,
  type AdminLevel,
  type DepartmentBody,
  type UnitMarker,
  BEFORE_SHARED_LEVELS,
} from '../knowledge/departments.js';
import { isPlacesOnly } from '../structure/titles.js';
import { escapeRegExp, isSpaceCode } from '../schema/chars.js';
import { TITLE_ENDINGS } from '../knowledge/roles.js';
import { Endings } from './endings.js';
import { execAll } from './scan.js';
import { countLeading } from '../schema/search.js';

/** What a unit name says about the body it names (shared between callers: read-only). */
export interface DepartmentClass {
  /** Primary function (卫生健康 for 市卫计委), null when unknown or collective. */
  readonly canonical: string | null;
  /** All functions the body carries, primary first (教体局 → 教育, 体育). */
  readonly functions: readonly string[];
  readonly level: AdminLevel | null;
  /** Set when the name is one a reform replaced: the superseded name and the reform's year. */
  readonly renamed: { readonly from: string; readonly year: number } | null;
  /** A collective assignee (各县市区政府, 区直各单位) rather than one body. */
  readonly blanket: boolean;
  /** A sector (民政部门, 县国土部门): the function's bodies, no one body a bare name could stand for. */
  readonly sector?: true;
}

/** A unit name as written, with its offsets (end exclusive) into the text searched. */
export interface UnitName {
  name: string;
  start: number;
  end: number;
}

/** A unit named in prose; a known body a list names without a level word has the list's. */
export interface Mention extends UnitName {
  /** The level of the unit before it in a 、 list (市民政局、住建局 → municipal). */
  listLevel?: AdminLevel;
}

/** A responsible unit and its part: lead, participate, or `all` for a collective assignee. */
export interface ResponsibleUnit extends UnitName {
  role: 'lead' | 'participate' | 'all';
}

/** The responsibility note of a measure: where it stands and the units it names. */
export interface Responsibility {
  start: number;
  end: number;
  units: ResponsibleUnit[];
}

interface BodyName {
  functions: readonly string[];
  level: AdminLevel | null;
  replacedIn: number | null;
  /** A sector's name (民政部门, 公安机关): the function's bodies, at whatever level the text gives. */
  sector?: true;
}

/** Trailing words of a prefix that belong to the parent body (市委宣传部, 高新区管委会经发局). */
const PARENT_BODY_WORDS = ['党工委', '党委', '管委会', '人民政府', '政府', '委'];
/** Every known body name → what it names; built once from the knowledge tables. */
const BODY_NAMES: ReadonlyMap<string, BodyName> = indexBodyNames();
const LONGEST_BODY_NAME = Math.max(...[...BODY_NAMES.keys()].map((n) => n.length));
/**
 * The body names read backwards, one UTF-16 unit a step: walking back from a position finds every
 * name that ends there without building a string per length tried.
 */
const BODY_NAME_SUFFIXES: SuffixNode = indexReversedBodyNames();
/** 1 for the units that end some body name: most characters of a text end none. */
const ENDS_BODY_NAME = new Uint8Array(0x10000);
for (const last of BODY_NAME_SUFFIXES.next.keys()) ENDS_BODY_NAME[last] = 1;

/**
 * Level words a prose mention may start with; 州, 盟 and 地区 are too often part of a word (X州 as a place,
 * 联盟, 山区): 州 and 盟 only where they stand alone (see readPrefectureStart).
 */
const MENTION_LEVEL_WORDS = new Set([
  '国家',
  '国务院',
  '中央',
  '中共中央',
  '自治区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '乡',
  '镇',
  '街道',
]);
const MENTION_LEVEL_WORDS_LONGEST_FIRST = [...MENTION_LEVEL_WORDS].sort((a, b) => b.length - a.length);
/** The level words of an autonomous prefecture (州) and a league (盟), which end many place names. */
const PREFECTURE_WORDS = new Set(['州', '盟']);
/** What a prefecture's or league's text names its own bodies and posts by (州政府, 州委, 盟行署, 州长). */
const SELF_NAMING = /^(?:人民政府|政府|委|人大|政协|行署|长)/;
/** Level words of one character: one before 州 makes it the next tier of a collective (各市(州), 市、州). */
const TIER_CHARS = new Set(LEVEL_MARKERS.map(([word]) => word).filter((word) => word.length === 1));
/** Function characters before 州 that may begin a place name (全州) or a collective (各州). */
const PLACE_OR_COLLECTIVE_START = new Set(['全', '各']);
/**
 * Characters after a body name's last one that make it part of a longer word (部门, 办公厅, 委员会;
 * 建设部分资金, 建设部署: no 建设部; 所有, 所需, 所属: no 财政所 in 财政所需资金), or of a post
 * (宣传部长会议, 财政局长: a person's title, no unit).
 */
const WORD_CONTINUATIONS: Readonly<Record<string, string>> = {
  部: '门分署位长',
  局: '长',
  厅: '长',
  办: '公法',
  委: '员',
  所: '有需属得以谓辖述列涉致',
};
const CONTINUATION_CODES = new Map(
  Object.entries(WORD_CONTINUATIONS).map(([last, next]) => [last.charCodeAt(0), next]),
);
/** Words opening with 长 that make no post of the body before them (市财政局长期负责…, 长效机制). */
const WORDS_OPENING_WITH_ZHANG = ['长期', '长效', '长远', '长久', '长足', '长江'];

/** Whether the body name ending at `end` runs on into a longer word or a post (see WORD_CONTINUATIONS). */
function runsOn(text: string, end: number): boolean {
  if (!CONTINUATION_CODES.get(text.charCodeAt(end - 1))?.includes(text[end] ?? '')) return false;
  return text[end] !== '长' || !WORDS_OPENING_WITH_ZHANG.some((w) => text.startsWith(w, end));
}
/** Han characters that may stand between a level word and a body name in one name (省农村农业厅). */
const MAX_NAME_INFIX = 3;
/** Longest place between a vertical body's prefix and its branch word (人民银行X中心支行). */
const MAX_BRANCH_PLACE = 6;
/** Characters that never stand in a place name: function words. */
const NOT_IN_PLACE = new Set('的之于和与及、'.split(''));
/** Characters before 区 or 市 that make it part of a word (社区, 园区, 地区, 超市, 城市, 直辖市), not a level. */
const LEVEL_WORD_BLOCKERS: Readonly<Record<string, string>> = {
  区: '社小片景辖校厂矿灾牧园地',
  // (计划单列市: a kind of city, as 直辖市)
  市: '超城都门股夜辖列',
};
/** Longest run of characters searched for a place name before a level word. */
const MAX_PLACE_RUN = 16;
/** Level words that may close an inner place of a run (X市Y区 → X + 市 + Y). */
const INNER_LEVEL_WORDS = ['自治区', '自治州', '省', '市', '州', '区', '县'];
/** By `place + level word`: offsets where the text writes it, and those after a non-Han character. */
type PlaceEvidence = Map<string, { all: number[]; afterBoundary: number[] }>;
/** Characters that begin a verb or function word, never a place name (经市民政局, 由县财政局). */
const NOT_PLACE_START = new Set(
  '由经对向在与和及同请为将按从给被把以是的至报送交提会并或全本该其到自据凡如若即各原新现'.split(''),
);
/** Last characters of names of units that are not in the table (公司, 中心, 协会 …). */
const UNIT_NAME_ENDINGS = new Set('局委办厅部院会司行组队所站心团园校社处室署馆关府联'.split(''));
/** Longest piece of a list (label and note included) that may still hold a unit name. */
const MAX_PIECE = 60;
const MARKER_STRENGTH: Record<UnitMarker, number> = { responsible: 1, participate: 2, lead: 3 };
// read from UTF-16 units, so that scans build no string per character
const isOpenerCode = (c: number) => c === 0x28 || c === 0xff08;
const isCloserCode = (c: number) => c === 0x29 || c === 0xff09;
/** Characters that separate units in a list. */
const SEPARATORS = new Set(['、', ',', '，', ';', '；', ' ', '\t', '\u3000']);
const SEPARATOR_CODES = new Set([...SEPARATORS].map((c) => c.charCodeAt(0)));
/** Separators that only a list uses (spaces also part words of prose). */
const LIST_PUNCTUATION = new Set(['、', ',', '，', ';', '；']);
/** Longest name taken as written from a labelled list when the taxonomy does not know it. */
const MAX_LISTED_NAME = 30;
/** Characters that end a list unless a further label follows (牵头单位：…。配合单位：…). */
const LIST_ENDS = new Set(['。', '\n', '\r']);
const LIST_END_CODES = new Set([...LIST_ENDS].map((c) => c.charCodeAt(0)));
/** A numbered heading (GB/T 9704 markers) begins the next unit of text, not a unit name. */
const HEADING_START =
  /^(?:[(（]?[一二三四五六七八九十百]+[)）、.]|[(（]?\d{1,3}[)）、.]|[①-⑳]|第[一二三四五六七八九十百]+[章节条])/;
/** Labels longest first: a label is matched whole (协同责任单位, not 责任单位 after 协同). */
const LABELS_LONGEST_FIRST = [...RESPONSIBILITY_LABELS].sort((a, b) => b[0].length - a[0].length);
const LABEL_ALTERNATIVES = LABELS_LONGEST_FIRST.map(([l]) => l).join('|');
const LABEL_AT = new RegExp(`^(?:${LABEL_ALTERNATIVES}) ?[:：] ?`);
const LABEL_ANYWHERE = new RegExp(`(?:${LABEL_ALTERNATIVES}) ?[:：]`, 'g');
const LABEL_STICKY = new RegExp(LABEL_AT.source.slice(1), 'y');
const HAN = /^\p{Script=Han}+$/u;
// A Han character that would make a body name the end of a longer word (not a list's 和, 与, 及,
// 同, or 会同 …, which stand between names).
const HAN_BEFORE = /^(?![和与及同并])\p{Script=Han}$/u;
const ANY_HAN = /^\p{Script=Han}$/u;
const UNIT_ROLE_ENDINGS = new Endings(UNIT_ROLE_WORDS.map(([word]) => word));
const TITLE_WORD_ENDINGS = new Endings(TITLE_ENDINGS);
const CLOSING_NOUN = `(?:${LIST_CLOSING_NOUNS.join('|')})`;
/** 等 and the units' kind at a list's end (等有关部门, 等省级主管部门(单位)). */
const LIST_CLOSING_TAIL = new RegExp(
  `等\\p{Script=Han}{0,8}?${CLOSING_NOUN}(?:[(（]${CLOSING_NOUN}[)）])?$`,
  'u',
);
/**
 * Whether the 由 at `at` opens the unit after it (项目由市民政局审核), not a word's end (自由贸易);
 * before a level word it opens one after such a word too (日常管理由县民政局负责, not 理由).
 */
function opensUnit(text: string, at: number): boolean {
  if (text[at] !== '由') return false;
  if (!WORDS_ENDING_IN_YOU.some((word) => text.startsWith(word, at + 1 - word.length))) return true;
  return levelWordAt(text, at + 1);
}
/** What ends a clause naming the place of the unit after it (土地所在镇人民政府: the town where it lies). */
const WHERE = '所在';
/** Longest modifier read between 由 and the units it introduces (由所涉及的X、Y). */
const MAX_MODIFIER = 4;
const UNIT_ROLE_MARKERS = new Map(UNIT_ROLE_WORDS);

// A document names its few units again and again (in notes, lists and the register), and a class
// depends on the name alone. Bounded: a name cut from a text may keep that text alive.
const classified = new Map<string, DepartmentClass>();
const MAX_CLASSIFIED = 1000;

/**
 * Classifies a unit name: its function(s) from the known body names (longest suffix wins, so
 * 市农业农村局 is not read as 农业局), its level from the prefix (国家/省/市/区/县/乡/镇/街道, a
 * place name ending in one of them, or a bare place name), and whether a reform replaced it.
 *
 * @example classifyDepartment('市卫生计生委') // 卫生健康, municipal, renamed from 卫生计生委 in 2018
 */
export function classifyDepartment(name: string): DepartmentClass {
  let c = classified.get(name);
  if (!c) {
    if (classified.size >= MAX_CLASSIFIED) classified.clear();
    c = readDepartmentClass(name);
    classified.set(name, c);
  }
  return c;
}

function readDepartmentClass(name: string): DepartmentClass {
  const n = name.replace(/[ \u3000\t]/g, '');
  if (isCollective(n)) {
    return { canonical: null, functions: [], level: readCollectiveLevel(n), renamed: null, blanket: true };
  }
  const suffix = matchBodySuffix(n);
  if (suffix) {
    const joined = matchJoinedBody(n, suffix);
    if (joined) return joined;
    const prefix = readPrefix(n.slice(0, n.length - suffix.name.length));
    const { body } = suffix;
    return {
      canonical: body.functions[0] ?? null,
      functions: [...body.functions],
      // a bare place names a county before the bodies whose branches it names (X生态环境局)
      level:
        prefix.marked ??
        body.level ??
        (prefix.bare === 'municipal' ? PLACE_NAMED_BRANCHES.get(suffix.name) : undefined) ??
        prefix.bare,
      // A party committee's organ (市委金融办) is no government body that a reform renamed.
      renamed:
        body.replacedIn !== null && !prefix.party ? { from: suffix.name, year: body.replacedIn } : null,
      blanket: false,
      ...(body.sector && { sector: true }),
    };
  }
  return (
    classifyVerticalBranch(n) ??
    classifyGovernment(n) ??
    classifyBranchOffice(n) ?? {
      canonical: null,
      functions: [],
      level: null,
      renamed: null,
      blanket: false,
    }
  );
}

/** A body's branch named by its place after the body's own name (市公安局X分局, 市规划资源局X分局). */
const PLACE_BRANCH_OFFICE = new RegExp(
  `^(.+?${BRANCH_OFFICE.of})(\\p{Script=Han}{1,6})${BRANCH_OFFICE.branch}$`,
  'u',
);
const BRANCH_OFFICE_WORDS = [[BRANCH_OFFICE.branch, null]] as const;
// an academy's branch named by its place (中科院X分院): a body of its own, not the academy
const INSTITUTE_BRANCH_WORDS = [['分院', null]] as const;

/** Such a branch of a known 局 carries its functions, at the level of branches (BRANCH_OFFICE). */
function classifyBranchOffice(name: string): DepartmentClass | null {
  const m = PLACE_BRANCH_OFFICE.exec(name);
  if (!m || [...m[2]!].some((c) => NOT_IN_PLACE.has(c))) return null;
  const body = classifyDepartment(m[1]!);
  return body.canonical !== null && !body.blanket ? { ...body, level: BRANCH_OFFICE.level } : null;
}

/** The last characters of a government department's name: 局, 委, 办, 厅. */
const DEPARTMENT_ENDINGS = new Set('局委办厅'.split(''));
/** A deputy's or first deputy's word before a post (副局长, 常务副主任). */
const DEPUTY = /(?:常务|第一|执行)?副$/;

/**
 * The department a roster title names before its post (市某某局局长 → 市某某局), known to the
 * taxonomy or not, with its level word's level: a level word, a name of two or more characters
 * that is not the party committee or government itself (市委, 镇党委, 县政府), and a department's
 * last character; else null.
 */
export function readTitleUnit(title: string): { name: string; level: AdminLevel } | null {
  const post = TITLE_WORD_ENDINGS.find(title);
  if (post === undefined) return null;
  const name = title.slice(0, title.length - post.length).replace(DEPUTY, '');
  // two posts in one title (办公厅副主任兼秘书局局长) name no one unit
  if (name.includes('兼') || TITLE_ENDINGS.some((word) => name.includes(word))) return null;
  const marker = LEVEL_MARKERS_LONGEST_FIRST.find(
    ([word]) => MENTION_LEVEL_WORDS.has(word) && name.startsWith(word),
  );
  if (!marker || !HAN.test(name) || !DEPARTMENT_ENDINGS.has(name[name.length - 1]!)) return null;
  const body = name.slice(marker[0].length);
  return body.length >= 2 && !PARENT_BODY_WORDS.includes(body) ? { name, level: marker[1] } : null;
}

/**
 * Splits a list of units on 、 , ; and spaces (not inside parentheses, so 各县(市、区)人民政府
 * stays whole), removing labels (责任单位：), role words (牵头, 配合, 按照职责分工负责) and a
 * trailing 等. Names are kept as written, abbreviated or not (区城乡交建中心、招商产业中心).
 */
export function splitDepartmentList(text: string): UnitName[] {
  return readUnitList(text, 0, text.length, false).units.map(({ name, start, end }) => ({
    name,
    start,
    end,
  }));
}

/**
 * Finds the responsibility note of a measure paragraph: a parenthesis naming units
 * ((市发展改革委、市民政局，各县市区政府按照职责分工负责), (市卫健委牵头，市民政局配合),
 * (责任单位：…等)) or 牵头单位：/配合单位：/责任单位： lists, one result when they follow each
 * other; unless `runIn` is false, also an assignment in running text (由X负责。X牵头，Y配合。).
 * When several stand in the text, the last one is the measure's.
 *
 * Roles: 牵头 (or a 牵头单位 list) → lead; 配合, 参与, 协助 → participate. Units only said to be
 * responsible (负责, 责任单位, or no word at all) all lead, since the note names them all as
 * answerable; but where the note names a lead, the others participate. Collective assignees
 * (各县市区政府) get `all` unless marked.
 */
export function findResponsibility(text: string, options: ResponsibilityOptions = {}): Responsibility | null {
  let best: Responsibility | null = null;
  // (of two ending together, the one that starts first holds the other: a list ending in a
  // remark, 各县政府(管委会), is no note of its own)
  const keep = (found: Responsibility | null): void => {
    if (found && (!best || found.end > best.end || (found.end === best.end && found.start < best.start)))
      best = found;
  };
  const groups = findParenGroups(text);
  if (options.notes !== false)
    for (const [open, close] of groups) keep(readParenResponsibility(text, open, close));
  // Labelled lists that follow each other (牵头单位：… / 责任单位：…, with at most field lines such
  // as 牵头负责领导：… between them) are one note.
  const runs: { start: number; end: number; units: ListedUnit[] }[] = [];
  let covered = 0;
  for (const match of execAll(LABEL_ANYWHERE, text)) {
    const at = match.index;
    if (at < covered || isInsideGroup(groups, at)) continue;
    const list = readUnitList(text, at, text.length, true);
    covered = Math.max(list.stop, at + match[0].length);
    if (list.units.length === 0) continue;
    const last = runs[runs.length - 1];
    if (last && joinsLists(text, last.end, at)) {
      last.end = list.end;
      last.units.push(...list.units);
    } else runs.push({ start: at, end: list.end, units: [...list.units] });
  }
  for (const run of runs) keep({ start: run.start, end: run.end, units: assignRoles(run.units) });
  // (units named as a part's holders, X为牵头单位, are as explicit as a label: read in a heading too)
  keep(findDesignations(text, groups));
  if (options.runIn !== false) keep(findRunInResponsibility(text, groups));
  return best;
}

export interface ResponsibilityOptions {
  /** Also read assignments written as running text (由X负责。X牵头，Y配合。); default true. */
  runIn?: boolean;
  /** Also read notes in parentheses; default true (a roster's give its members' units: 张某(镇林业站)). */
  notes?: boolean;
}

/** Characters that end a sentence of running text. */
const SENTENCE_ENDS = new Set([...'。;；!！?？\n\r'].map((c) => c.charCodeAt(0)));
/** Characters that end a clause inside a sentence. */
const CLAUSE_ENDS = new Set([...',，'].map((c) => c.charCodeAt(0)));
/** A `key:value` field line (完成时限：…) after the assignment does not make it any less the last. */
const FIELD_LINE = /^\p{Script=Han}{2,8} ?[:：]/u;
/** Words of a prose subject, never of a collective assignee's name (各地要…, 各部门应…). */
const NOT_IN_COLLECTIVE = /[要应须可将把对在的]/;
/** Longest clause read as an assignment after a comma (a bound on the clauses tried, too). */
const MAX_RUN_IN_TAIL = 400;
/** Longest place name read before a known body in running text (X市财政局). */
const MAX_RUN_IN_PLACE = 4;
/** Longest collective assignee read from running text (各县市区人民政府, 市直有关部门). */
const MAX_RUN_IN_COLLECTIVE = 12;
/**
 * Last characters of a collective assignee's name: those of unit names, of the collective endings
 * (各部门, 成员单位) and of level words (各县, 各乡镇), and 地 (各地).
 */
const COLLECTIVE_LAST_CHARS = new Set([
  ...UNIT_NAME_ENDINGS,
  ...COLLECTIVE_ENDINGS.map((e) => e[e.length - 1]!),
  ...LEVEL_MARKERS.map(([word]) => word[word.length - 1]!),
  '地',
]);
/** Any word that gives a unit a role in running text (those of a note among them), or 会同. */
const ROLE_HINT = new RegExp(
  [...UNIT_ROLE_WORDS.filter(([, marker]) => marker !== null).map(([word]) => word), ...LEAD_JOINERS].join(
    '|',
  ),
);
/** Words that join two units into one clause (A联合B): such a piece is no single name. */
const UNIT_JOINERS = /联合|商请/;

/**
 * An assignment written as running text: a sentence made of nothing but units and the role words
 * after them (市财政局牵头，市教育局配合。各有关部门按职责分工负责。), or, in the last sentence,
 * such a clause after a comma (…，由市财政局、市教育局负责。). Every unit must have its part written
 * and be a known body or a collective assignee; inside 由…负责 other names of units are taken too,
 * when one of them is known. A sentence that merely mentions a unit (支持市财政局开展…) is none.
 */
function findRunInResponsibility(text: string, groups: [number, number][]): Responsibility | null {
  const sentences = splitSentences(text, groups);
  let last = sentences.length - 1;
  while (last > 0 && FIELD_LINE.test(text.slice(sentences[last]![0], sentences[last]![1]))) last--;
  let best: Responsibility | null = null;
  sentences.forEach(([start, end], k) => {
    // most sentences name no role at all: nothing in them can assign one
    if (!ROLE_HINT.test(text.slice(start, end))) return;
    let found = readRunIn(text, start, end) ?? readAssigningClauses(text, start, end, groups);
    // …，由X负责 / …，由X牵头完成…，Y配合，于…前报送 / 所需经费由X承担: clauses after a comma,
    // or from a 由 within the sentence.
    for (let i = Math.max(start + 1, end - MAX_RUN_IN_TAIL); !found && k === last && i < end; i++) {
      if (isInsideGroup(groups, i)) continue;
      if (CLAUSE_ENDS.has(text.charCodeAt(i))) found = readAssigningClauses(text, i + 1, end, groups);
      else if (opensUnit(text, i)) found = readRunIn(text, i, end);
    }
    if (found) best = found;
  });
  return best;
}

/** Each duty's verb with the part it gives the units before it (会同, as a lead joiner: lead). */
const DUTY_MARKERS = new Map<string, UnitMarker>([
  ...DUTY_VERBS.map((verb): [string, UnitMarker] => [verb, UNIT_ROLE_MARKERS.get(verb)!]),
  ...LEAD_JOINERS.map((joiner): [string, UnitMarker] => [joiner, 'lead']),
]);
/**
 * The verb of a duty after the units that carry it, with the modal and adverb that may stand
 * between (市财政局负责拨付…, X要会同Y建立…, 公安机关要积极协助…); not 负责人, 负责同志 or a
 * relative clause's 负责的.
 */
const DUTY_VERB = new RegExp(
  `(?:${DUTY_MODALS.join('|')})?(?:${DUTY_ADVERBS.join('|')})?(${[...DUTY_MARKERS.keys()].join('|')})(?!人|同志|的)`,
  'g',
);
/** Longest list of units read as a duty's subject. */
const MAX_DUTY_SUBJECT = 120;
/** Characters after which a clause, and so a duty's subject, starts. */
const CLAUSE_STARTS = new Set([...'。;；:：,，!！?？\n\r'].map((c) => c.charCodeAt(0)));

/**
 * The units a measure's running text gives duties to, clause by clause (区甲局负责制定…;区乙局会同
 * 有关部门制定…;丙部门负责…; 资金由区甲局负责拨付): a clause that opens with units, or names them
 * after 由, and then a duty's verb. Units that 负责 or 牵头 a duty, and those that 会同 others, each
 * lead; the units after 会同 and those that 协助 or 配合 take part; a unit named twice keeps its
 * stronger part. Read only where the measure has no note: its span is no note to cut from the text.
 */
export function findDuties(text: string): Responsibility | null {
  if (!ROLE_HINT.test(text)) return null; // (most texts give no duty: one search, not one a clause)
  const groups = findParenGroups(text);
  const byName = new Map<string, ResponsibleUnit>();
  let first = -1;
  let last = -1;
  const take = (units: ResponsibleUnit[]): void => {
    for (const unit of units) {
      const known = byName.get(unit.name);
      if (!known || (known.role !== 'lead' && unit.role === 'lead')) byName.set(unit.name, unit);
    }
  };
  // where the clause before the verb starts, after its last 由 if it has one
  let from = 0;
  let scanned = 0;
  for (const m of execAll(DUTY_VERB, text)) {
    for (; scanned < m.index; scanned++) {
      const c = text.charCodeAt(scanned);
      if ((CLAUSE_STARTS.has(c) && !isInsideGroup(groups, scanned)) || opensUnit(text, scanned))
        from = scanned + 1;
    }
    if (isInsideGroup(groups, m.index)) continue;
    const subject = m.index - from <= MAX_DUTY_SUBJECT ? readNamedUnits(text, from, m.index) : null;
    if (!subject) continue;
    const marker = DUTY_MARKERS.get(m[1]!)!;
    take(assignRoles(subject.units.map((unit) => ({ ...unit, role: marker }))));
    const verbEnd = m.index + m[0].length;
    const joined = LEAD_JOINERS.includes(m[1]!) ? readJoinedUnits(text, verbEnd) : null;
    if (joined) take(assignRoles(joined.units.map((unit) => ({ ...unit, role: 'participate' as const }))));
    if (first < 0) first = Math.min(subject.units[0]!.start, m.index);
    last = joined?.end ?? verbEnd;
  }
  return byName.size > 0 ? { start: first, end: last, units: [...byName.values()] } : null;
}

/** The units after 会同 (会同区乙局、区丙局制定…): the longest run of text that names nothing else. */
function readJoinedUnits(text: string, from: number): UnitList | null {
  for (let to = Math.min(text.length, from + MAX_PIECE); to > from + 1; to--) {
    const list = readNamedUnits(text, from, to);
    if (list) return list;
  }
  return null;
}

/** Sentences as [start, end) offsets, trimmed, split outside parentheses. */
function splitSentences(text: string, groups: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const push = (to: number): void => {
    const start = skipSpaces(text, from, to);
    const end = trimEnd(text, start, to);
    if (end > start) out.push([start, end]);
  };
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_ENDS.has(text.charCodeAt(i)) && !isInsideGroup(groups, i)) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return out;
}

/**
 * The clauses that open a sentence by assigning it ("由X牵头,Y配合,制定…", "X牵头制定…,Y配合"):
 * each a list of units ending with its role word, the first perhaps with the work after it. The
 * clauses are one note: a lead named in one makes the units of the others participate.
 */
function readAssigningClauses(
  text: string,
  start: number,
  end: number,
  groups: [number, number][],
): Responsibility | null {
  const units: ListedUnit[] = [];
  let first = -1;
  let last = -1;
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && (!CLAUSE_ENDS.has(text.charCodeAt(i)) || isInsideGroup(groups, i))) continue;
    const clause = readRunInUnits(text, from, i) ?? (first < 0 ? readRunInBeforeWork(text, from, i) : null);
    if (!clause) break;
    units.push(...clause.units);
    if (first < 0) first = clause.start;
    last = clause.end;
    from = i + 1;
  }
  return units.length > 0 ? { start: first, end: last, units: assignRoles(units) } : null;
}

// the role word that a clause's work follows where clauses assign a sentence (X牵头制定…,Y配合);
// there 由X负责审核… assigns nothing: it is a duty, read in a measure without a note (findDuties)
const ROLE_BEFORE_WORK = /牵头/;

/** "市民政局牵头制定实施细则": the units up to the role word, when work follows it. */
function readRunInBeforeWork(text: string, from: number, to: number): RunInUnits | null {
  const m = ROLE_BEFORE_WORK.exec(text.slice(from, to));
  if (!m) return null;
  const roleEnd = from + m.index + m[0].length;
  return roleEnd < trimEnd(text, from, to) ? readRunInUnits(text, from, roleEnd) : null;
}

function readRunIn(text: string, from: number, to: number): Responsibility | null {
  const found = readRunInUnits(text, from, to);
  return found && { start: found.start, end: found.end, units: assignRoles(found.units) };
}

interface RunInUnits {
  start: number;
  end: number;
  units: ListedUnit[];
}

function readRunInUnits(text: string, from: number, to: number): RunInUnits | null {
  const start = skipSpaces(text, from, to);
  const list = readNamedUnits(text, start, to);
  if (!list || list.units.some((unit) => unit.role === null && unit.note === null)) return null;
  return { start, end: list.end, units: list.units };
}

/**
 * Running text[start, to) that is nothing but units (and the role words after them): each a known
 * body or a collective assignee, or, beside a known one, a name that looks like a unit's.
 */
function readNamedUnits(text: string, start: number, to: number): UnitList | null {
  const list = readUnitList(text, start, to, true);
  if (!list.complete || list.labelled || list.units.length === 0 || list.end !== trimEnd(text, start, to)) {
    return null;
  }
  let anchored = false;
  for (const unit of list.units) {
    if (UNIT_JOINERS.test(unit.name)) return null;
    const known = unit.blanket ? isRunInCollective(unit.name) : isRunInKnownUnit(unit.name);
    // a unit the taxonomy does not know (X新区管委会, 市政府法律顾问室) is read beside a known one:
    // the sentence holds nothing but units and role words
    if (!known && (unit.blanket || !looksLikeUnit(unit.name))) return null;
    anchored ||= known;
  }
  return anchored ? list : null;
}

/** Longest qualifier between 为 and the part it names (为该项工作的牵头责任单位). */
const MAX_DESIGNATION_QUALIFIER = 20;
/** 为, a qualifier, and a part's label ending a clause: "为该项工作的牵头责任单位", "为协办单位". */
const DESIGNATION = new RegExp(
  `为([^,，、。;；()（）为]{0,${MAX_DESIGNATION_QUALIFIER}}?)(${LABEL_ALTERNATIVES})(?=[,，]|$)`,
);
const DESIGNATION_HINT = new RegExp(
  `为[^,，、。;；()（）为]{0,${MAX_DESIGNATION_QUALIFIER}}?(?:${LABEL_ALTERNATIVES})`,
);

/** Verbs that open a sentence naming units as a part's holders (以A为牵头单位, 确定A为…). */
const DESIGNATING_VERB = /^(?:以|确定|明确|指定)/;

/**
 * Units named as the holders of a part in clauses that open a sentence ("A为该项工作的牵头责任单位,
 * 负责…。", "B、C为协办单位。", "以A为牵头单位,B为配合单位"): the units before 为, as in running
 * text, take the part the label names. Such clauses of one text make one note.
 */
function findDesignations(text: string, groups: [number, number][]): Responsibility | null {
  if (!DESIGNATION_HINT.test(text)) return null; // (most texts name no part: one search, not one a sentence)
  const units: ListedUnit[] = [];
  let first = -1;
  let last = -1;
  for (const [start, end] of splitSentences(text, groups)) {
    for (let at = start; at < end;) {
      const m = DESIGNATION.exec(text.slice(at, end));
      if (!m) break;
      const from = at + (DESIGNATING_VERB.exec(text.slice(at, end))?.[0].length ?? 0);
      const list = readNamedUnits(text, from, at + m.index);
      if (!list) break;
      const label = LABELS_LONGEST_FIRST.find(([l]) => l === m[2])![1];
      units.push(...list.units.map((unit) => ({ ...unit, label })));
      if (first < 0) first = from;
      last = at + m.index + m[0].length;
      at = skipSpaces(text, last + 1, end);
    }
  }
  return units.length > 0 ? { start: first, end: last, units: assignRoles(units) } : null;
}

/**
 * A known body named as running text names one: the body's name after nothing but a party or
 * vertical prefix, a parent body (市委), a level word and a short place name (X市财政局,
 * 中共X市委社会工作部), not after a phrase (所需经费由市财政局).
 */
function isRunInKnownUnit(name: string): boolean {
  const suffix = matchBodySuffix(name);
  if (!suffix) return false;
  let head = dropVerticalPrefix(name.slice(0, name.length - suffix.name.length));
  const parent = PARENT_BODY_WORDS.find((word) => head.endsWith(word));
  if (parent) head = head.slice(0, head.length - parent.length);
  const marker = LEVEL_MARKERS.find(([word]) => head.endsWith(word));
  if (marker) head = head.slice(0, head.length - marker[0].length);
  if (head === '' || PROVINCIAL_DIVISIONS.includes(head)) return true;
  // a sector's place comes with its level word (X县民政部门): 基层 in 基层民政部门 is none
  if (suffix.body.sector && !marker) return false;
  return (
    head.length <= MAX_RUN_IN_PLACE &&
    HAN.test(head) &&
    ![...head].some((c) => NOT_PLACE_START.has(c) || NOT_IN_PLACE.has(c))
  );
}

/** A collective assignee as running text names one (各地, 各县区政府, 各有关部门), not 各地要加强. */
function isRunInCollective(name: string): boolean {
  const bare = name.replace(TRAILING_PAREN, '');
  return (
    bare.length <= MAX_RUN_IN_COLLECTIVE &&
    !NOT_IN_COLLECTIVE.test(bare) &&
    COLLECTIVE_LAST_CHARS.has(bare[bare.length - 1] ?? '')
  );
}

/** Longest gap between two labelled lists that are still one note. */
const MAX_LIST_GAP = 80;
/**
 * What may stand between two lists of one note: separators, and short `key:value` fields, each
 * up to the next line or sentence end (checked piece by piece: one pattern over the whole gap
 * would try every way of cutting it).
 */
const GAP_PIECE = /^[\s,，、.]*(?:\p{Script=Han}{2,8} ?[:：].*)?$/u;

/** Whether the labelled list at `next` continues the note that ends at `end`. */
function joinsLists(text: string, end: number, next: number): boolean {
  return (
    next - end <= MAX_LIST_GAP &&
    text
      .slice(end, next)
      .split(/[\n。;；]/)
      .every((p) => GAP_PIECE.test(p))
  );
}

/**
 * Finds unit names mentioned in prose (市民政局, 区卫健局, 省文化和旅游厅, 财政部,
 * 国家税务总局X市税务局). Conservative: a known body name counts only after a level word
 * (国家/省/市/区/县/乡/镇/街道, or 市委 for party organs), or when the name itself gives the level
 * (财政部, 民政厅); a place name before the level word is included only where it is plainly one
 * (a province, or a name the text uses elsewhere with the same level word): 县国土部门, not a bare
 * sector (民政部门).
 * With `bare`, for a national document, whose text names ministries and commissions without a
 * prefix (发展改革委会同水利部…), a body name of three characters or more counts on its own too
 * where no word runs into it. A branch named by its place alone (X生态环境局) counts where the
 * `document` the text comes from writes that place with a county's level word (X县).
 */
export function findDepartmentMentions(text: string, bare = false, document = text): Mention[] {
  const found: UnitName[] = [...findVerticalBranches(text), ...findSharedSectorLists(text)];
  const places: PlaceEvidence = new Map();
  for (let end = 1; end <= text.length; end++) {
    const last = text.charCodeAt(end - 1);
    if (ENDS_BODY_NAME[last] === 0) continue;
    // 民政部门 is the sector, not the ministry 民政部; 省委办 in 省委办公厅 is cut from a longer name.
    if (end < text.length && runsOn(text, end)) continue;
    const names = bodyNamesEndingAt(text, end);
    // (a level word inside the longest name known here is part of it: 住房城乡建设局 holds no 乡建设局)
    const longestStart = end - (names.at(-1)?.length ?? 0);
    for (let k = names.length - 1; k >= 0; k--) {
      const { length, body } = names[k]!;
      let start = readMentionStart(text, end - length, body, places, document);
      if (start > longestStart) start = -1;
      if (start < 0 && PLACE_NAMED_BRANCHES.has(text.slice(end - length, end)))
        start = readBranchPlaceStart(text, end - length, document);
      // (a national text's bare ministry names count; a sector, 民政部门, 公安机关, in any text, with no
      // level of its own, where it opens a clause or a list's member, or follows the government it
      // is part of: not 各级民政部门和财政部门; 县级以上人民政府教育行政部门)
      const before = text[end - length - 1] ?? '';
      const opens = body.sector
        ? !ANY_HAN.test(before) || GOVERNMENT.organs.some((o) => text.endsWith(o, end - length))
        : bare && !HAN_BEFORE.test(before);
      if (start < 0 && opens && length >= 3) start = end - length;
      if (start >= 0 && text[end - 1] === '院' && readBranchEnd(text, end, INSTITUTE_BRANCH_WORDS) > end)
        break;
      if (start >= 0) {
        // (with its branch office, if the text names one: 市公安局X分局)
        const branchEnd = readBranchEnd(text, end, BRANCH_OFFICE_WORDS);
        const to = branchEnd > end ? branchEnd : end;
        found.push({ name: text.slice(start, to), start, end: to });
        break;
      }
    }
  }
  return continueLists(text, addSharedLevels(text, dropOverlaps(found)));
}

/**
 * Level words before a mention named with one (市、县交通运输局要…): the same body at each level,
 * found where nothing makes the first level word part of a place (X市、县…). Each such mention's
 * span is its level word's: the body it shares is written once.
 */
function addSharedLevels(text: string, mentions: UnitName[]): UnitName[] {
  const out: UnitName[] = [];
  for (const m of mentions) {
    let from = m.start;
    for (let k = 0; k < MAX_SHARED_LEVELS && text[from - 1] === '、'; k++) {
      const word = SHARED_LEVEL_WORDS.find((w) => text.startsWith(w, from - 1 - w.length));
      if (!word) break;
      from -= word.length + 1;
    }
    const shared = from < m.start ? readSharedLevels(text, from) : null;
    const before = text[from - 1] ?? '';
    if (shared?.named === m.start && (!HAN.test(before) || BEFORE_SHARED_LEVELS.includes(before))) {
      const body = m.name.slice(shared.level.length);
      shared.levels.forEach((word, k) =>
        out.push({ name: word + body, start: shared.starts[k]!, end: shared.starts[k]! + word.length }),
      );
    }
    out.push(m);
  }
  return out;
}

/** Level words that stand for themselves before another that names a body (the 市 of 市、县财政局). */
const SHARED_LEVEL_WORDS = LEVEL_MARKERS.map(([word]) => word).filter((w) => w.length === 1 || w === '街道');
/** A list names each level once: a longer run is none (nor read at a cost that grows with it). */
const MAX_SHARED_LEVELS = 4;

interface SharedLevels {
  /** The level words written alone, each before its 、, and where they stand. */
  levels: string[];
  starts: number[];
  /** Where the unit named with its level word starts, and that level word. */
  named: number;
  level: string;
}

/**
 * Level words at `at`, each followed by 、, before one that names a known body (市、县、区应急管理局
 * at 市): they share its body; null when the text at `at` is no such run.
 */
function readSharedLevels(text: string, at: number): SharedLevels | null {
  const levels: string[] = [];
  const starts: number[] = [];
  let i = at;
  for (;;) {
    const word = SHARED_LEVEL_WORDS.find((w) => text.startsWith(w, i));
    if (!word || text[i + word.length] !== '、') break;
    if (levels.length === MAX_SHARED_LEVELS) return null;
    levels.push(word);
    starts.push(i);
    i += word.length + 1;
  }
  const level = MENTION_LEVEL_WORDS_LONGEST_FIRST.find((w) => text.startsWith(w, i));
  if (levels.length === 0 || !level || bodyNameLengthAt(text, i + level.length) === 0) return null;
  return { levels, starts, named: i, level };
}

/** The stems sectors are named by (民政 of 民政部门, 城乡建设 of 城乡建设行政主管部门). */
const SECTOR_STEMS: ReadonlySet<string> = new Set(
  [...BODY_NAMES]
    .filter(([, body]) => body.sector)
    .flatMap(([name]) =>
      SECTOR_NAMING.nouns.filter((n) => name.endsWith(n)).map((n) => name.slice(0, -n.length)),
    )
    .filter((stem) => stem.length >= 2),
);
const LONGEST_SECTOR_STEM = Math.max(...[...SECTOR_STEMS].map((stem) => stem.length));
const SECTOR_NOUNS_LONGEST_FIRST = [...SECTOR_NAMING.nouns].sort((a, b) => b.length - a.length);
/** What joins the members of a list of sectors (民政、财政部门; 民政和财政部门). */
const SECTOR_LIST_JOINERS = '、和及';

/**
 * Sectors a list names with one noun (市民政、财政部门; 市国土资源、城乡规划、公安等行政部门): each
 * member is its stem's sector, with the level word before the list. Without a level word the list
 * opens a clause or follows its government, as a sector alone does.
 */
function findSharedSectorLists(text: string): UnitName[] {
  const found: UnitName[] = [];
  const last = SECTOR_NAMING.nouns[0]!;
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + last.length)) {
    const nounEnd = at + last.length;
    const noun = SECTOR_NOUNS_LONGEST_FIRST.find((n) => text.endsWith(n, nounEnd))!;
    let end = nounEnd - noun.length;
    if (text[end - 1] === '等') end--;
    const members: { start: number; stem: string }[] = [];
    for (;;) {
      const stem = sectorStemEndingAt(text, end);
      if (stem === null) break;
      members.push({ start: end - stem.length, stem });
      end -= stem.length;
      if (!SECTOR_LIST_JOINERS.includes(text[end - 1] ?? '.')) break;
      end--;
    }
    if (members.length < 2) continue;
    members.reverse(); // (read from the noun back)
    const first = members[0]!.start;
    // (not the 市 of 城市, the 区 of 社区: a level word blocked as elsewhere is none)
    const word = MENTION_LEVEL_WORDS_LONGEST_FIRST.find((w) => text.endsWith(w, first));
    const level = word && !isBlockedLevelWord(text, first - word.length, word) ? word : '';
    const opens =
      level !== '' ||
      !ANY_HAN.test(text[first - 1] ?? '') ||
      GOVERNMENT.organs.some((o) => text.endsWith(o, first));
    if (!opens) continue;
    members.forEach(({ start, stem }, k) =>
      found.push({
        name: level + stem + noun,
        start: k === 0 ? start - level.length : start,
        end: k === members.length - 1 ? nounEnd : start + stem.length,
      }),
    );
  }
  return found;
}

/** The longest sector stem that ends at `end`, or null. */
function sectorStemEndingAt(text: string, end: number): string | null {
  for (let length = Math.min(LONGEST_SECTOR_STEM, end); length >= 2; length--) {
    const stem = text.slice(end - length, end);
    if (SECTOR_STEMS.has(stem)) return stem;
  }
  return null;
}

/** The length of the longest known body name at `at`, or 0. */
function bodyNameLengthAt(text: string, at: number): number {
  for (let length = Math.min(LONGEST_BODY_NAME, text.length - at); length >= 2; length--)
    if (BODY_NAMES.has(text.slice(at, at + length))) return length;
  return 0;
}

/**
 * The known bodies a 、 list names without a level word after a unit named with one
 * (省卫生健康委、民政厅、发展改革委; 市民政局、住建局、财政局): the level word of the first
 * applies to the list, so each is a mention too, named as written, with that level.
 */
function continueLists(text: string, mentions: UnitName[]): Mention[] {
  const out: Mention[] = [];
  mentions.forEach((m, k) => {
    out.push(m);
    const level = classifyDepartment(m.name).level;
    const next = mentions[k + 1];
    for (let end = m.end; level !== null && text[end] === '、';) {
      const length = listedBodyLength(text, end + 1);
      if (length === 0 || (next && next.start < end + 1 + length)) break;
      out.push({
        name: text.slice(end + 1, end + 1 + length),
        start: end + 1,
        end: end + 1 + length,
        listLevel: level,
      });
      end += 1 + length;
    }
  });
  return out;
}

/** Words a unit of a list may stand before: a role word, a conjunction, 会同, its heads (…水利局分管负责同志). */
const AFTER_LISTED_UNIT = new RegExp(
  `^(?:${[...UNIT_ROLE_WORDS.map(([word]) => word), ...LEAD_JOINERS, '及', '和', '与', '主要负责', '分管'].join('|')})`,
);

/**
 * The length of the longest known body name at `at` that a list names whole: no Han character
 * runs on after it, unless a role word or conjunction (住建局牵头, 司法局等); 0 when there is none.
 */
function listedBodyLength(text: string, at: number): number {
  const length = bodyNameLengthAt(text, at);
  const after = text[at + length];
  return length > 0 &&
    (after === undefined || !HAN.test(after) || AFTER_LISTED_UNIT.test(text.slice(at + length)))
    ? length
    : 0;
}

/**
 * Branches of vertically managed bodies named in full (人民银行X支行, 人行X中心支行,
 * 国家统计局X调查队), with a level word written before them (区人民银行X支行): the prefix alone
 * (区人民银行) would be a name cut short.
 */
function findVerticalBranches(text: string): UnitName[] {
  const found: UnitName[] = [];
  if (!ANY_BRANCH_PREFIX.test(text)) return found; // most text names none: one scan, not one per prefix
  for (const vertical of BRANCHED_VERTICALS) {
    for (const prefix of vertical.prefixes) {
      for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
        const placeStart = at + prefix.length;
        const end = readBranchEnd(text, placeStart, vertical.branches);
        if (end < 0) continue;
        const level = levelWordBefore(text, at);
        const start = level && !isBlockedLevelWord(text, at - level.length, level) ? at - level.length : at;
        found.push({ name: text.slice(start, end), start, end });
      }
    }
  }
  return found;
}

/** The vertical bodies whose branches are named in full (branch words of two characters or more). */
const BRANCHED_VERTICALS = VERTICAL_BODIES.filter(
  (vertical) => vertical.functions.length > 0 && !vertical.branches.some(([word]) => word.length < 2),
);
const ANY_BRANCH_PREFIX = new RegExp(
  BRANCHED_VERTICALS.flatMap((v) => v.prefixes)
    .map(escapeRegExp)
    .join('|'),
);

/** End of `place + branch word` at `from` (X中心支行), or -1. */
function readBranchEnd(
  text: string,
  from: number,
  branches: readonly (readonly [string, unknown])[],
): number {
  if (NOT_PLACE_START.has(text[from] ?? '')) return -1;
  for (let i = from; i < from + MAX_BRANCH_PLACE && i < text.length; i++) {
    const c = text[i]!;
    if (!HAN.test(c) || NOT_IN_PLACE.has(c)) return -1;
    if (i === from) continue;
    const branch = branches.find(([word]) => text.startsWith(word, i));
    if (branch) return i + branch[0].length;
  }
  return -1;
}

function indexBodyNames(): Map<string, BodyName> {
  const index = new Map<string, BodyName>();
  const add = (names: readonly string[] | undefined, body: BodyName): void => {
    for (const name of names ?? []) if (!index.has(name)) index.set(name, body);
  };
  for (const f of DEPARTMENT_FUNCTIONS) {
    const functions = [f.id];
    add(f.names, { functions, level: null, replacedIn: null });
    add(f.provincial, { functions, level: 'provincial', replacedIn: null });
    add(f.national, { functions, level: 'national', replacedIn: null });
  }
  const addBodies = (bodies: readonly DepartmentBody[]): void => {
    for (const b of bodies) {
      const replacedIn = b.replacedIn ?? null;
      add(b.names, { functions: b.functions, level: b.level ?? null, replacedIn });
      add(b.provincial, { functions: b.functions, level: 'provincial', replacedIn });
      add(b.national, { functions: b.functions, level: 'national', replacedIn });
    }
  };
  addBodies(COMBINED_BODIES);
  addBodies(LEVELLED_BODIES);
  addBodies(REPLACED_BODIES);
  // (the names in full: laws name a sector by them, 人力资源社会保障行政部门, not 人社行政部门)
  const fullNames = new Set(index.keys());
  // the contracted forms of every name (人力社保局, 住保办, 经贸委), then the branches of every 局
  for (const [name, body] of [...index]) add(contractedForms(name), body);
  for (const [name, body] of [...index]) {
    const { of, branch, level } = BRANCH_OFFICE;
    if (!name.endsWith(of) || name.endsWith(branch) || !/^\p{Script=Han}{2}/u.test(name)) continue;
    if (body.level === 'national' || body.level === 'provincial') continue;
    if (name.endsWith('总' + of) || name.endsWith('支' + of)) continue;
    add([name.slice(0, name.length - of.length) + branch], { ...body, level });
  }
  // sectors: 民政部门 from 民政局, 国土部门 from 国土局 (a stem of two characters or more, not a parent
  // body's: 政府办 gives no 政府部门), and with the nouns of laws from a name in full (教育行政部门)
  const [noun, ...lawNouns] = SECTOR_NAMING.nouns;
  for (const [name, body] of [...index]) {
    const stem = name.slice(0, -1);
    if (!SECTOR_NAMING.endings.includes(name.slice(-1)) || stem.length < 2) continue;
    if (PARENT_BODY_WORDS.includes(stem) || SECTOR_NAMING.generalStems.includes(stem)) continue;
    const nouns = fullNames.has(name) ? [noun!, ...lawNouns] : [noun!];
    add(
      nouns.map((n) => stem + n),
      { ...body, level: null, sector: true },
    );
  }
  for (const [term, id] of SECTOR_TERMS)
    add([term], { functions: [id], level: null, replacedIn: null, sector: true });
  return index;
}

/** Every form of a name that one or more of the contractions give (the name itself excluded). */
function contractedForms(name: string): string[] {
  const forms = new Set<string>([name]);
  for (let todo = [name]; todo.length > 0;) {
    const next: string[] = [];
    for (const form of todo) {
      for (const [full, short] of NAME_CONTRACTIONS) {
        const contracted = form.replace(full, short);
        if (contracted !== form && !forms.has(contracted)) {
          forms.add(contracted);
          next.push(contracted);
        }
      }
    }
    todo = next;
  }
  forms.delete(name);
  return [...forms];
}

interface SuffixNode {
  /** The body whose name is the units walked so far (reversed), if any. */
  body: BodyName | null;
  next: Map<number, SuffixNode>;
}

function indexReversedBodyNames(): SuffixNode {
  const root: SuffixNode = { body: null, next: new Map() };
  for (const [name, body] of BODY_NAMES) {
    let node = root;
    for (let i = name.length - 1; i >= 0; i--) {
      const c = name.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { body: null, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    node.body = body;
  }
  return root;
}

/** The known body names that end at `end` of `text`, shortest first. */
function bodyNamesEndingAt(text: string, end: number): { length: number; body: BodyName }[] {
  const found: { length: number; body: BodyName }[] = [];
  let node: SuffixNode | undefined = BODY_NAME_SUFFIXES;
  for (let i = end - 1; i >= 0; i--) {
    node = node.next.get(text.charCodeAt(i));
    if (!node) break;
    if (node.body) found.push({ length: end - i, body: node.body });
  }
  return found;
}

const TRAILING_PAREN = /[(（][^()（）]*[)）]$/;

/** Longest tail after 各 that still names a kind of body (区直各部门, X各专班). */
const MAX_COLLECTIVE_TAIL = 3;

/** 有关 or 相关 before the places a collective names (相关街道, 有关乡镇). */
const COLLECTIVE_QUALIFIER = /^(?:有关|相关)/;

function isCollective(written: string): boolean {
  // 有关部门(单位): the parenthesis names the other kind the collective covers
  const name = written.replace(TRAILING_PAREN, '');
  if (name.startsWith('各') || COLLECTIVE_ENDINGS.some((ending) => name.endsWith(ending))) return true;
  const qualified = COLLECTIVE_QUALIFIER.exec(name);
  if (qualified && isPlacesOnly(name.slice(qualified[0].length))) return true;
  const each = name.lastIndexOf('各');
  return each > 0 && name.length - each - 1 >= 1 && name.length - each - 1 <= MAX_COLLECTIVE_TAIL;
}

/** The tier a collective names first: 各县市区政府 → county, 区直各单位 → county, 各相关部门 → none. */
function readCollectiveLevel(written: string): AdminLevel | null {
  const name = written.replace(COLLECTIVE_QUALIFIER, '');
  const tier = name.startsWith('各') ? name[1] : name[0];
  if (tier === '省') return 'provincial';
  if (tier === '市') return 'municipal';
  if (tier === '县' || tier === '区') return 'district-county';
  if (tier === '乡' || tier === '镇' || tier === '街') return 'township-street';
  return null;
}

/** Words that join two functions in one body's name (交通与建设局, 财政和金融局). */
const FUNCTION_JOINERS = ['与', '和', '及'];

/**
 * A body named by joining two functions under one ending (区交通与建设局 = 交通局 + 建设局), or
 * by writing them side by side right after a level word (县发改商务局 = 发改局 + 商务局): both
 * functions, the first named first. Such a name is a merged body, not one a reform replaced.
 */
function matchJoinedBody(name: string, suffix: { name: string; body: BodyName }): DepartmentClass | null {
  const head = name.slice(0, name.length - suffix.name.length);
  const joiner = FUNCTION_JOINERS.find((j) => head.endsWith(j)) ?? '';
  const left = head.slice(0, head.length - joiner.length);
  const ending = suffix.name[suffix.name.length - 1]!;
  for (let length = Math.min(LONGEST_BODY_NAME - 1, left.length); length >= 2; length--) {
    const stem = left.slice(left.length - length);
    const first = BODY_NAMES.get(stem + ending);
    if (!first) continue;
    const prefix = readPrefix(left.slice(0, left.length - length));
    // (县政府金融办 is the government's office, not a 政府办 merged with it)
    if (joiner === '' && (prefix.marked === null || PARENT_BODY_WORDS.includes(stem))) return null;
    const functions = [...new Set([...first.functions, ...suffix.body.functions])];
    return {
      canonical: functions[0] ?? null,
      functions,
      level: prefix.marked ?? first.level ?? suffix.body.level ?? prefix.bare,
      renamed: null,
      blanket: false,
    };
  }
  return null;
}

/** The longest known body name the name ends with. */
function matchBodySuffix(name: string): { name: string; body: BodyName } | null {
  const longest = bodyNamesEndingAt(name, name.length).at(-1);
  return longest ? { name: name.slice(name.length - longest.length), body: longest.body } : null;
}

interface Prefix {
  /** Level given by a level word at the prefix's end (X市 → municipal). */
  marked: AdminLevel | null;
  /** Nothing but a level word and place stands there (not 以下简称市). */
  plain: boolean;
  /** Level guessed from a bare place name (X → municipal, 河北 → provincial). */
  bare: AdminLevel | null;
  /** The prefix ends in a party committee (市委): the body is a party organ. */
  party: boolean;
}

const LEVEL_WORD_THEN_CITY = /^([省市区县])城市.*$/;

/** Reads the level from what stands before a body's name, after dropping a vertical body's prefix. */
function readPrefix(raw: string): Prefix {
  let head = dropVerticalPrefix(raw);
  let party = false;
  for (const word of PARENT_BODY_WORDS) {
    if (head.length > word.length && head.endsWith(word)) {
      party = word.endsWith('委');
      head = head.slice(0, head.length - word.length);
      break;
    }
  }
  if (head === '') return { marked: null, plain: true, bare: null, party };
  if (!HAN.test(head)) return { marked: null, plain: false, bare: null, party };
  // 城市 after a bare level word names the body's field (区城市建设局), not a level
  head = head.replace(LEVEL_WORD_THEN_CITY, '$1');
  const plain = !NOT_PLACE_START.has(head[0]!);
  const marker = LEVEL_MARKERS.find(([word]) => head.endsWith(word));
  if (marker) return { marked: levelOfPlace(head, marker[1]), plain, bare: null, party };
  if (PROVINCIAL_DIVISIONS.includes(head)) return { marked: null, plain, bare: 'provincial', party };
  const bare = plain && head.length >= 2 && head.length <= 4 ? 'municipal' : null;
  return { marked: null, plain: bare !== null, bare, party };
}

function dropVerticalPrefix(head: string): string {
  for (const vertical of VERTICAL_BODIES) {
    for (const prefix of vertical.prefixes) if (head.startsWith(prefix)) return head.slice(prefix.length);
  }
  return head;
}

/**
 * 人行X支行, 国家金融监督管理总局X监管分局: national body + place + branch word, also written
 * after a level word (区人民银行X支行).
 */
function classifyVerticalBranch(name: string): DepartmentClass | null {
  for (const vertical of VERTICAL_BODIES) {
    if (vertical.functions.length === 0) continue;
    const found = findVerticalPrefix(name, vertical.prefixes);
    if (!found) continue;
    const rest = name.slice(found.at + found.prefix.length);
    const branch = vertical.branches.find(([word]) => rest.endsWith(word));
    if (!branch) continue;
    const place = readPrefix(rest.slice(0, rest.length - branch[0].length));
    const outer = found.at > 0 ? readPrefix(name.slice(0, found.at)).marked : null;
    return {
      canonical: vertical.functions[0] ?? null,
      functions: [...vertical.functions],
      level: place.marked ?? branch[1] ?? outer ?? place.bare,
      renamed: vertical.replacedIn ? { from: found.prefix, year: vertical.replacedIn } : null,
      blanket: false,
    };
  }
  return null;
}

/** Longest place that names a government on its own (X区, X市Y区). */
const MAX_GOVERNMENT_PLACE = 8;
const LEVEL_MARKERS_LONGEST_FIRST = [...LEVEL_MARKERS].sort((a, b) => b[0].length - a[0].length);

/**
 * A government named by its level word, after a place or not, and its organ (X区人民政府,
 * 市政府), or by a place and level word alone (X区, X市Y区): the kind of name a list of units or a
 * roster uses for a district's or county's government. A place alone must be a plain name of two
 * characters or more that makes the level word no area word (示范区, 城区, 社区).
 */
function classifyGovernment(name: string): DepartmentClass | null {
  const organ = GOVERNMENT.organs.find((o) => name.endsWith(o));
  const rest = organ ? name.slice(0, name.length - organ.length) : name;
  const marker = LEVEL_MARKERS_LONGEST_FIRST.find(([word]) => rest.endsWith(word));
  if (!marker) return null;
  const [word, level] = marker;
  const place = rest.slice(0, rest.length - word.length);
  if (place !== '' || !organ) {
    if (place.length < 2 || place.length > (organ ? MAX_PLACE_RUN : MAX_GOVERNMENT_PLACE)) return null;
    if (!HAN.test(place) || NOT_PLACE_START.has(place[0]!)) return null;
    if ([...place].some((c) => NOT_IN_PLACE.has(c))) return null;
    if (isBlockedLevelWord(rest, place.length, word)) return null;
    if (!organ && word === '区' && GOVERNMENT.areaWords.some((w) => place.endsWith(w))) return null;
  }
  return {
    canonical: GOVERNMENT.id,
    functions: [GOVERNMENT.id],
    level: levelOfPlace(rest, level),
    renamed: null,
    blanket: false,
  };
}

/** The level of a place its level word gives, but for a 直辖市, which is of a province's. */
function levelOfPlace(place: string, byWord: AdminLevel): AdminLevel {
  return DIRECT_MUNICIPALITIES.includes(place) ? 'provincial' : byWord;
}

/** A vertical body's prefix at the name's start, or after nothing but a level word (区人民银行). */
function findVerticalPrefix(
  name: string,
  prefixes: readonly string[],
): { prefix: string; at: number } | null {
  for (const prefix of prefixes) {
    if (name.startsWith(prefix)) return { prefix, at: 0 };
  }
  for (const prefix of prefixes) {
    const at = name.indexOf(prefix);
    if (at > 0 && MENTION_LEVEL_WORDS.has(name.slice(0, at))) return { prefix, at };
  }
  return null;
}

interface ListedUnit extends UnitName {
  /** Role in the unit's own note: 区X局(牵头X板块). */
  note: UnitMarker | null;
  /** Role word written after it (A、B牵头), speaking for the units since the last one. */
  role: UnitMarker | null;
  /** Part given by the label of its list (牵头单位：). */
  label: UnitMarker | null;
  blanket: boolean;
}

interface UnitList {
  units: ListedUnit[];
  /** Offset just after the last piece read. */
  end: number;
  /** Offset where reading stopped: text before it needs no second look. */
  stop: number;
  /** The list ran to its end without meeting text that is not a unit. */
  complete: boolean;
  labelled: boolean;
}

/**
 * Reads units from text[from, to). In strict mode (responsibility notes) reading stops at a
 * sentence end or line end not followed by another label, at an unmatched closing parenthesis,
 * at a numbered heading, and at a piece that does not look like a unit name.
 */
function readUnitList(text: string, from: number, to: number, strict: boolean): UnitList {
  const units: ListedUnit[] = [];
  let pending: ListedUnit[] = [];
  let label: UnitMarker | null = null;
  let labelled = false;
  let end = from;
  let pieceStart = from;
  let depth = 0;
  let complete = true;
  let stop = to;
  // Takes text[pieceStart, pieceEnd) as one piece; false when it is no unit and ends the list.
  const takePiece = (pieceEnd: number): boolean => {
    const pieceFrom = pieceStart;
    const piece = readPiece(text, pieceStart, pieceEnd);
    pieceStart = pieceEnd + 1;
    if (!piece) return true;
    if (strict && piece.label === undefined && HEADING_START.test(text.slice(piece.rawStart, pieceEnd)))
      return false;
    if (piece.label !== undefined) {
      label = piece.label;
      labelled = true;
      pending = [];
    }
    if (piece.end > piece.start) {
      const name = text.slice(piece.start, piece.end);
      // After a label every listed piece is a unit, known or not (X经济开发区, 各专班); a piece
      // set off by spaces alone must still look like one, lest the prose after a list be read.
      const listed =
        label !== null &&
        (piece.label !== undefined ||
          LIST_PUNCTUATION.has(text[pieceFrom - 1] ?? '') ||
          LIST_PUNCTUATION.has(text[pieceEnd] ?? ''));
      const stub = SHARED_LEVEL_WORDS.includes(name) && readSharedLevels(text, piece.start) !== null;
      if (strict && !stub && !(listed ? looksLikeListedName(name) : looksLikeUnit(name))) return false;
      const blanket = classifyDepartment(name).blanket;
      const unit: ListedUnit = {
        name,
        start: piece.start,
        end: piece.end,
        note: piece.note,
        role: null,
        label,
        blanket,
      };
      units.push(unit);
      pending.push(unit);
    }
    if (piece.role !== null) {
      for (const unit of pending) unit.role = piece.role;
      pending = [];
    }
    end = pieceEnd;
    return true;
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // No unit name is this long: the list has ended (and a stray ( cannot swallow the text).
    if (strict && i - pieceStart > MAX_PIECE) {
      complete = false;
      stop = i;
      break;
    }
    if (isOpenerCode(c)) depth++;
    else if (isCloserCode(c) && depth > 0) depth--;
    else if (isCloserCode(c) && strict) {
      // An unmatched ) closes the parenthesis the list stands in.
      takePiece(i);
      complete = false;
      stop = i;
      break;
    } else if (depth === 0 && SEPARATOR_CODES.has(c)) {
      if (!takePiece(i)) {
        complete = false;
        stop = i;
        break;
      }
    } else if (depth === 0 && LIST_END_CODES.has(c)) {
      const next = skipSpaces(text, i + 1, to);
      if (!takePiece(i) || (strict && next < to && !startsWithLabel(text, next))) {
        complete = false;
        stop = i;
        break;
      }
    }
  }
  if (complete && pieceStart < to) complete = takePiece(to);
  // a level word alone is a unit only where it shares the body of the unit after it (市、县财政局):
  // else, strictly read, the list ends before it (省、市、县财政部门 names no unit)
  const alone = strict ? units.findIndex((u, k) => isLevelWordAlone(text, units, k)) : -1;
  if (alone >= 0) {
    stop = units[alone]!.start;
    end = alone > 0 ? units[alone - 1]!.end : from;
    units.length = alone;
    complete = false;
  }
  return {
    units: joinPlaceStubs(text, units)
      .flatMap((u) => splitJoined(text, u))
      .flatMap(splitConjoined),
    end: trimEnd(text, from, end),
    stop,
    complete,
    labelled,
  };
}

/**
 * A piece naming only places (各区, 各县) shares the organ or place kind of the next one
 * (各区、县级市政府 is one collective), unless that starts a unit of its own (各区、各街道).
 * Bare level words before a body named with one (市、县交通运输局) name that body at each level.
 */
function joinPlaceStubs(text: string, units: ListedUnit[]): ListedUnit[] {
  const out: ListedUnit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const shared = joinSharedLevels(text, units, i);
    if (shared) {
      out.push(...shared);
      i += shared.length - 1;
      continue;
    }
    const next = units[i + 1];
    const between = next ? text.slice(unit.end, next.start) : '';
    if (next && between === '、' && isPlacesOnly(unit.name) && !next.name.startsWith('各')) {
      const name = text.slice(unit.start, next.end);
      out.push({ ...next, name, start: unit.start, blanket: unit.blanket || next.blanket });
      i++;
    } else out.push(unit);
  }
  return out;
}

/** A one-character level word (市) that shares no body: no unit (街道 is a place stub, as before). */
function isLevelWordAlone(text: string, units: ListedUnit[], k: number): boolean {
  const name = units[k]!.name;
  return name.length === 1 && SHARED_LEVEL_WORDS.includes(name) && joinSharedLevels(text, units, k) === null;
}

/**
 * Units i… that are level words sharing the body of the unit after them (市、县、区应急管理局): that
 * body at each level, the last as written; null when units[i] starts no such run.
 */
function joinSharedLevels(text: string, units: ListedUnit[], i: number): ListedUnit[] | null {
  const shared = SHARED_LEVEL_WORDS.includes(units[i]!.name) ? readSharedLevels(text, units[i]!.start) : null;
  const named = shared ? units[i + shared.levels.length] : undefined;
  if (!shared || !named || named.start !== shared.named || classifyDepartment(named.name).canonical === null)
    return null;
  const body = named.name.slice(shared.level.length);
  const stubs = units
    .slice(i, i + shared.levels.length)
    .map((stub) => ({ ...named, name: stub.name + body, start: stub.start, end: stub.end }));
  return [...stubs, named];
}

/**
 * A piece A会同B (by a lead joiner) is two units: A leads, B takes the piece's part, or takes
 * part when that is only 负责.
 */
// conjunctions inside one piece of a list: 市民政局和市财政局, 市级各部门及各县市区政府
const CONJUNCTIONS = ['及', '和', '与', '以及'];

/**
 * A piece that joins two units with a conjunction (A和B, A及各县政府) is both, in the same part,
 * when each half is a unit on its own: a known body or a collective. Else one name (妇女和儿童
 * 工作委员会).
 */
function splitConjoined(unit: ListedUnit): ListedUnit[] {
  for (const word of CONJUNCTIONS) {
    const at = unit.name.indexOf(word);
    if (at < 2 || unit.name.length - at - word.length < 2) continue;
    const leftName = unit.name.slice(0, at);
    const rightName = unit.name.slice(at + word.length);
    const left = classifyDepartment(leftName);
    const right = classifyDepartment(rightName);
    const isUnit = (c: DepartmentClass) => c.blanket || c.canonical !== null;
    if (!isUnit(left) || !isUnit(right)) continue;
    const rightStart = unit.start + at + word.length;
    return [
      { ...unit, name: leftName, end: unit.start + at, blanket: left.blanket },
      ...splitConjoined({ ...unit, name: rightName, start: rightStart, blanket: right.blanket }),
    ];
  }
  return [unit];
}

function splitJoined(text: string, unit: ListedUnit): ListedUnit[] {
  const name = unit.name;
  for (const joiner of LEAD_JOINERS) {
    const at = name.indexOf(joiner);
    if (at < 2 || name.length - at - joiner.length < 2) continue;
    const leftEnd = unit.start + at;
    const rightStart = leftEnd + joiner.length;
    const left: ListedUnit = {
      ...unit,
      name: text.slice(unit.start, leftEnd),
      end: leftEnd,
      note: 'lead',
      blanket: classifyDepartment(text.slice(unit.start, leftEnd)).blanket,
    };
    const right: ListedUnit = {
      ...unit,
      name: text.slice(rightStart, unit.end),
      start: rightStart,
      role: unit.role === 'lead' ? 'lead' : 'participate',
      blanket: classifyDepartment(text.slice(rightStart, unit.end)).blanket,
    };
    return [left, ...splitJoined(text, right)];
  }
  return [unit];
}

interface Piece {
  rawStart: number;
  start: number;
  end: number;
  /** Label that opened the piece (undefined: none). */
  label: UnitMarker | null | undefined;
  /** Role word after the unit, speaking for the units before it too. */
  role: UnitMarker | null;
  /** Role in a note of the unit's own: 区X局(牵头X板块). */
  note: UnitMarker | null;
}

/** Strips a piece of a list down to the unit name, recording the label and role words removed. */
function readPiece(text: string, from: number, to: number): Piece | null {
  let start = skipSpaces(text, from, to);
  let end = trimEnd(text, start, to);
  // 〔责任单位:X〕: the bracket the list stands in closes after its last unit
  while (end > start && closesOutside(text, start, end)) end = trimEnd(text, start, end - 1);
  if (start >= end) return null;
  const rawStart = start;
  let label: UnitMarker | null | undefined;
  const labelMatch = LABEL_AT.exec(text.slice(start, end));
  if (labelMatch) {
    label = LABELS_LONGEST_FIRST.find(([l]) => labelMatch[0].startsWith(l))![1];
    start += labelMatch[0].length;
  }
  // 由市民政局牵头: 由 introduces the unit, perhaps with a modifier (由所涉及的市民政局), or a
  // level word sharing the next unit's body (由市、县财政局)
  if (text[start] === '由' && (end - start > 2 || SHARED_LEVEL_WORDS.includes(text.slice(start + 1, end)))) {
    start++;
    const de = text.indexOf('的', start);
    if (de >= 0 && de - start <= MAX_MODIFIER && de + 2 < end && HAN.test(text.slice(start, de + 1))) {
      start = de + 1;
    }
  }
  // 由拟征收土地所在镇人民政府: the clause before 所在 says which town; the unit is the town's government
  const where = text.slice(start, end).indexOf(WHERE);
  if (where >= 0 && levelWordAt(text, start + where + WHERE.length)) start += where + WHERE.length;
  let role: UnitMarker | null = null;
  let note: UnitMarker | null = null;
  for (let stripped = true; stripped && end > start;) {
    stripped = false;
    const tail = LIST_CLOSING_TAIL.exec(text.slice(start, end));
    if (tail && tail.index > 0) {
      end = trimEnd(text, start, start + tail.index);
      stripped = true;
      continue;
    }
    if (isCloserCode(text.charCodeAt(end - 1))) {
      const open = findOpener(text, start, end - 1);
      const noteRole = open > start ? readRoleInNote(text.slice(open + 1, end - 1)) : null;
      if (noteRole) {
        note = strongerMarker(note, noteRole);
        end = trimEnd(text, start, open);
        stripped = true;
      } else if (open > start && isPlainKnownUnit(text.slice(start, trimEnd(text, start, open)))) {
        // 市财政局(市国资委): a second name or remark of a known body, not part of its name.
        end = trimEnd(text, start, open);
        stripped = true;
      }
      continue;
    }
    const word = UNIT_ROLE_ENDINGS.find(text, end, start);
    if (word !== undefined) {
      const marker = UNIT_ROLE_MARKERS.get(word);
      if (marker) role = strongerMarker(role, marker);
      end = trimEnd(text, start, end - word.length);
      stripped = true;
    }
  }
  return { rawStart, start, end, label, role, note };
}

/** Closing brackets and their openers. */
const BRACKET_OPENERS: Readonly<Record<string, string>> = {
  '〕': '〔',
  '】': '【',
  ']': '[',
  ')': '(',
  '）': '（',
};

/** Whether the piece ends in a closing bracket opened before it. */
function closesOutside(text: string, start: number, end: number): boolean {
  const opener = BRACKET_OPENERS[text[end - 1]!];
  return opener !== undefined && !text.slice(start, end - 1).includes(opener);
}

function readRoleInNote(note: string): UnitMarker | null {
  if (note.includes('牵头')) return 'lead';
  if (note.includes('配合') || note.includes('协助') || note.includes('参与')) return 'participate';
  if (note.includes('负责')) return 'responsible';
  return null;
}

function strongerMarker(a: UnitMarker | null, b: UnitMarker): UnitMarker {
  return a && MARKER_STRENGTH[a] >= MARKER_STRENGTH[b] ? a : b;
}

function findOpener(text: string, from: number, close: number): number {
  let depth = 0;
  for (let i = close - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isCloserCode(c)) depth++;
    else if (isOpenerCode(c)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** A piece of a labelled list, known or not: a short run with Han, no clause punctuation, no figures. */
function looksLikeListedName(name: string): boolean {
  return (
    name.length >= 2 &&
    name.length <= MAX_LISTED_NAME &&
    /\p{Script=Han}/u.test(name) &&
    !/[。:：,，;；\d]/.test(name)
  );
}

/** A name of a unit, known or not (its last character one of units' names: 公司, 中心, 局 …). */
export function looksLikeUnit(name: string): boolean {
  if (name.length < 2 || name.length > 40 || /[。:：,，;；]/.test(name)) return false;
  const c = classifyDepartment(name);
  // a place alone (X区) names a government only where a list or roster already makes it a unit
  const known = c.canonical !== null && c.canonical !== GOVERNMENT.id;
  return known || c.blanket || UNIT_NAME_ENDINGS.has(name[name.length - 1]!);
}

function startsWithLabel(text: string, at: number): boolean {
  LABEL_STICKY.lastIndex = at;
  return LABEL_STICKY.test(text);
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && SEPARATOR_CODES.has(text.charCodeAt(i)) && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Outermost closed parenthesis pairs, as [open, close] offsets. */
function findParenGroups(text: string): [number, number][] {
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isOpenerCode(c)) stack.push(i);
    else if (isCloserCode(c) && stack.length > 0) {
      const open = stack.pop()!;
      // An inner pair lies inside the pair last kept; the outer one replaces it when it closes.
      while (pairs.length > 0 && pairs[pairs.length - 1]![0] > open) pairs.pop();
      pairs.push([open, i]);
    }
  }
  return pairs;
}

/** Whether `at` lies inside one of the (disjoint, ordered) groups. */
function isInsideGroup(groups: [number, number][], at: number): boolean {
  // (the first group that closes after `at` holds it if it opens before it)
  const k = countLeading(groups.length, (i) => groups[i]![1] <= at);
  return k < groups.length && groups[k]![0] < at;
}

/**
 * A parenthesis is a responsibility note when it holds a label; or nothing but units, at least
 * one known and followed by a role word (负责, 牵头 …); or, without a role word, only known units
 * with plain names (so (以下简称市民政局) is none).
 */
function readParenResponsibility(text: string, open: number, close: number): Responsibility | null {
  const list = readUnitList(text, open + 1, close, true);
  if (list.units.length === 0) return null;
  if (!list.labelled) {
    if (!list.complete) return null;
    const known = list.units.filter((u) => u.blanket || isPlainKnownUnit(u.name));
    const roleWritten = list.units.some((u) => u.role !== null || u.note !== null);
    if (known.length === 0 || (!roleWritten && known.length < list.units.length)) return null;
  }
  return { start: open, end: close + 1, units: assignRoles(list.units) };
}

/** A known body under a plain prefix: a level word and place, nothing else (not 以下简称市民政局). */
function isPlainKnownUnit(name: string): boolean {
  const suffix = matchBodySuffix(name);
  return suffix !== null && readPrefix(name.slice(0, name.length - suffix.name.length)).plain;
}

/**
 * Final roles: a unit's own note first, then a 牵头/配合 word after it, then its list's label;
 * the generic 负责 makes collective assignees `all`, and the others lead unless a lead is named
 * (A、B、C负责: each is answerable for the measure, a lead of it).
 */
function assignRoles(units: ListedUnit[]): ResponsibleUnit[] {
  const markers = units.map(readMarker);
  const hasLead = markers.includes('lead');
  return units.map(({ name, start, end, blanket }, i) => {
    const marker = markers[i];
    const role =
      marker === 'lead' || marker === 'participate'
        ? marker
        : blanket
          ? 'all'
          : hasLead
            ? 'participate'
            : 'lead';
    return { name, start, end, role };
  });
}

function readMarker(unit: ListedUnit): UnitMarker | null {
  if (unit.note) return unit.note;
  if (unit.role === 'lead' || unit.role === 'participate') return unit.role;
  return unit.label ?? unit.role;
}

/**
 * Where a prose mention ending in the body name at `nameStart` begins, or -1 when there is no
 * level word (or level-giving name) to make it a mention.
 */
function readMentionStart(
  text: string,
  nameStart: number,
  body: BodyName,
  places: PlaceEvidence,
  document: string,
): number {
  let at = nameStart;
  // 市委宣传部: the party committee stands between the level word and the organ.
  if (text[at - 1] === '委' && MENTION_LEVEL_WORDS.has(text[at - 2] ?? '')) at--;
  let marker = levelWordBefore(text, at);
  if (!marker) {
    const prefecture =
      readPrefectureStart(text, at, document) ??
      (text[at - 1] === '委' ? readPrefectureStart(text, at - 1, document) : null);
    if (prefecture !== null) return prefecture;
    // (a name of one tier only: a ministry, a province's 厅, a township's 林业站 or 派出所)
    if (body.level !== 'national' && body.level !== 'provincial' && body.level !== 'township-street')
      return -1;
    // 省农村农业厅: a level word a few characters back makes the name a longer one, not 农业厅.
    const infix = readNameInfix(text, nameStart);
    if (!infix) return nameStart;
    at = infix.start;
    marker = infix.marker;
  }
  const markerStart = at - marker.length;
  if (isBlockedLevelWord(text, markerStart, marker)) return -1;
  let runStart = markerStart;
  // (由 introduces the unit, …项目由市民政局审核: no place runs across it)
  while (
    runStart > 0 &&
    markerStart - runStart < MAX_PLACE_RUN &&
    HAN.test(text[runStart - 1]!) &&
    !opensUnit(text, runStart - 1)
  )
    runStart--;
  for (let from = runStart; from <= markerStart - 2; from++) {
    if (isPlaceName(text, from, markerStart, marker, places)) return from;
  }
  return marker === '区' ? readAreaStart(text, runStart, markerStart, places) : markerStart;
}

/**
 * Where 州 or 盟 before `at` begins a mention as its level word (州交通运输局, 盟财政局): where it
 * stands alone, at the text's start or after punctuation, but not as the next tier of a collective
 * (各市(州)财政局); or after a function word (设在州交通运输局) in a document that speaks at that
 * level. After a place name's characters it is part of the place (东州, 西州 as places): null.
 */
function readPrefectureStart(text: string, at: number, document: string): number | null {
  const word = text[at - 1];
  if (word === undefined || !PREFECTURE_WORDS.has(word)) return null;
  const start = at - 1;
  if (standsAlone(text, start)) return start;
  const before = text[start - 1]!;
  const functionWord = NOT_PLACE_START.has(before) && !PLACE_OR_COLLECTIVE_START.has(before);
  return functionWord && speaksAtLevel(document, word) ? start : null;
}

/** The level word at `at` follows no Han character, nor another tier and a mark (市(州), 市、州). */
function standsAlone(text: string, at: number): boolean {
  const before = text[at - 1];
  return (before === undefined || !HAN.test(before)) && !TIER_CHARS.has(text[at - 2] ?? '');
}

// the pieces of one document ask in turn: the last document's answers are kept
/**
 * A value computed from a whole document once: the pieces of one document ask about it in turn
 * (sentence by sentence), so the last document's value is kept.
 */
function perDocument<T>(compute: (document: string) => T): (document: string) => T {
  let last: { document: string; value: T } | null = null;
  return (document) => {
    if (last?.document !== document) last = { document, value: compute(document) };
    return last.value;
  };
}

// by level word: whether the document names itself at that level
const selfNamingOf = perDocument(() => new Map<string, boolean>());

/**
 * Whether a document names itself at the level of `word` (州 or 盟): its posts (副州长, 盟长) or
 * its own government and committees (州政府, 州委, 州人大) with the level word standing alone.
 */
function speaksAtLevel(document: string, word: string): boolean {
  const known = selfNamingOf(document);
  let found = known.get(word);
  if (found === undefined) {
    found = document.includes(`副${word}长`);
    for (let at = document.indexOf(word); !found && at >= 0; at = document.indexOf(word, at + 1)) {
      found = standsAlone(document, at) && SELF_NAMING.test(document.slice(at + 1, at + 5));
    }
    known.set(word, found);
  }
  return found;
}

// 新区 and 高新区 besides the area words of a government's table
const AREA_STEMS = [...GOVERNMENT.areaWords, '新'];
// words of the sentence before an area's name (会同X开发区财政局; the run stops at 由 already:
// 由X新区管委会负责)
const BEFORE_AREA_NAME = ['和', '及', '与', '的', '在', '对', '将', '向', '会同', '牵头', '负责', '配合'];
// words opening a bracket that lists what a collective holds (各区政府(含X开发区管委会))
const INCLUSION_WORDS = ['包括', '含'];
/** Level words that may open an area's name (市经济开发区, 县高新区). */
const AREA_LEVEL_WORDS = ['省', '市', '县'];

/**
 * Where the name of an area ends at 区 (X示范区, X新区, 市经济开发区) before a body (管委会, 财政局):
 * after the last word of the sentence before it, or at a level word in it that no place stands
 * before; else the 区 alone.
 */
function readAreaStart(text: string, runStart: number, markerStart: number, places: PlaceEvidence): number {
  const run = text.slice(runStart, markerStart);
  let start = runStart;
  for (const word of BEFORE_AREA_NAME) {
    const at = run.lastIndexOf(word);
    if (at >= 0) start = Math.max(start, runStart + at + word.length);
  }
  // (含X开发区管委会): the bracket's word of inclusion is no part of the name
  const inclusion = INCLUSION_WORDS.find((word) => run.startsWith(word));
  if (inclusion && start === runStart && isOpenerCode(text.charCodeAt(runStart - 1)))
    start += inclusion.length;
  const name = text.slice(start, markerStart);
  if (name.length < 2 || !AREA_STEMS.some((stem) => name.endsWith(stem))) return markerStart;
  // 支持市自由贸易试验区: a level word in the run opens the name unless a place stands before it
  for (let at = start + 1; at < markerStart - 2; at++) {
    const word = AREA_LEVEL_WORDS.find((w) => text.startsWith(w, at));
    if (word && !isBlockedLevelWord(text, at, word))
      return isPlaceName(text, start, at, word, places) ? start : at;
  }
  return start;
}

/** Level words of the places a branch may be named by (X县 → X生态环境局). */
const BRANCH_PLACE_LEVEL_WORDS = LEVEL_MARKERS.filter(([, level]) => level === 'district-county').map(
  ([word]) => word,
);

/**
 * Where a branch named by its place alone begins (、X生态环境局): a short name right after a
 * non-Han character that the document writes as a county or district (X县), else -1.
 */
function readBranchPlaceStart(text: string, nameStart: number, document: string): number {
  for (let from = nameStart - 1; from >= 0 && nameStart - from <= MAX_RUN_IN_PLACE; from--) {
    if (!HAN.test(text[from]!)) return -1;
    if (nameStart - from < 2 || (from > 0 && HAN.test(text[from - 1]!))) continue;
    return countyPlaces(document).has(text.slice(from, nameStart)) ? from : -1;
  }
  return -1;
}

/** The names a document writes before a county's level word (X县), after a non-Han character. */
const countyPlaces = perDocument((document) => {
  const places = new Set<string>();
  for (const word of BRANCH_PLACE_LEVEL_WORDS) {
    for (let at = document.indexOf(word); at >= 0; at = document.indexOf(word, at + 1)) {
      for (let from = at - 2; from >= 0 && at - from <= MAX_RUN_IN_PLACE; from--) {
        if (!HAN.test(document[from + 1]!) || !HAN.test(document[from]!)) break;
        if (from > 0 && HAN.test(document[from - 1]!)) continue;
        if (!NOT_PLACE_START.has(document[from]!)) places.add(document.slice(from, at));
      }
    }
  }
  return places;
});

/** Whether the level word at `start` is part of a word (社区, 超市) or a collective (各市). */
function isBlockedLevelWord(text: string, start: number, word: string): boolean {
  const before = text[start - 1];
  return before !== undefined && (before === '各' || (LEVEL_WORD_BLOCKERS[word]?.includes(before) ?? false));
}

/** Whether a level word starts at `at`. */
function levelWordAt(text: string, at: number): boolean {
  return MENTION_LEVEL_WORDS_LONGEST_FIRST.some((word) => text.startsWith(word, at));
}

/** The level word (longest) that ends at `at`, if any. */
function levelWordBefore(text: string, at: number): string | undefined {
  return MENTION_LEVEL_WORDS_LONGEST_FIRST.find(
    (word) => at >= word.length && text.startsWith(word, at - word.length),
  );
}

/**
 * The level word that stands a few Han characters before a name which gives its own level
 * (省 in 省农村农业厅), when the characters between begin no function word and end no other
 * name (not 中央 in 中共中央办公厅国务院办公厅); null otherwise.
 */
function readNameInfix(text: string, nameStart: number): { start: number; marker: string } | null {
  for (let start = nameStart - 1; start >= nameStart - MAX_NAME_INFIX && start > 0; start--) {
    const c = text[start]!;
    if (!HAN.test(c) || NOT_IN_PLACE.has(c) || UNIT_NAME_ENDINGS.has(c)) return null;
    const marker = levelWordBefore(text, start);
    if (marker) return NOT_PLACE_START.has(c) ? null : { start, marker };
  }
  return null;
}

/**
 * Whether text[from, to), before the level word `marker`, is a place name (X, 河北省X,
 * X市Y, 国家税务总局X): a province, a vertical body's prefix plus a place, a place with its
 * level word and then another place, or a name the text also writes, with the same level word,
 * after punctuation or at a line start. Function words rule a run out (经, 由, 提 …).
 */
function isPlaceName(text: string, from: number, to: number, marker: string, places: PlaceEvidence): boolean {
  const run = text.slice(from, to);
  if (PROVINCIAL_DIVISIONS.includes(run)) return true;
  // 国家税务总局X: after a vertical body's prefix any short name is its branch's place.
  const rest = dropVerticalPrefix(run);
  if (rest !== run) return rest.length <= 4 || isPlaceName(text, to - rest.length, to, marker, places);
  if (run.length < 2 || !mayStartPlace(run)) return false;
  for (let k = from + 2; k <= to - 2; k++) {
    const word = INNER_LEVEL_WORDS.find((w) => text.startsWith(w, k));
    if (!word) continue;
    const tail = to - k - word.length;
    const tailStart = text[k + word.length]!;
    if (tail < 2 || tail > 4 || NOT_PLACE_START.has(tailStart)) continue;
    if (isKnownPlace(text, from, k, word, places)) return true;
  }
  return isKnownPlace(text, from, to, marker, places);
}

/** A province, or a name the text also writes with this level word after a non-Han character. */
function isKnownPlace(
  text: string,
  from: number,
  to: number,
  marker: string,
  places: PlaceEvidence,
): boolean {
  const run = text.slice(from, to);
  if (PROVINCIAL_DIVISIONS.includes(run)) return true;
  if (run.length < 2 || !mayStartPlace(run)) return false;
  const key = run + marker;
  let seen = places.get(key);
  if (!seen) {
    seen = { all: [], afterBoundary: [] };
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
      seen.all.push(i);
      if (i === 0 || !HAN.test(text[i - 1]!)) seen.afterBoundary.push(i);
    }
    places.set(key, seen);
  }
  // Evidence from elsewhere: the name written as a word start, or written again after this one did.
  if (seen.afterBoundary.some((i) => i !== from)) return true;
  return seen.afterBoundary.includes(from) && seen.all.some((i) => i !== from);
}

/** Whether a run may be a place's name by its start: no function word (经, 由 …), no sending verb. */
function mayStartPlace(run: string): boolean {
  return !NOT_PLACE_START.has(run[0]!) && !SENDING_VERBS.some((verb) => run.startsWith(verb));
}

/** Keeps the longest of overlapping mentions (市卫生健康委 inside 市卫生健康委员会). */
function dropOverlaps(found: UnitName[]): UnitName[] {
  if (found.length < 2) return found; // most texts name one unit or none
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: UnitName[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
