/**
 * Roster roles of leading and working groups (领导小组, 工作专班, 指挥部, 联席会议, 链长制), in the
 * order a roster lists them. Read off the 组成人员 lists of State Council and local notices
 * (成立/调整…领导小组的通知) and the 链长制 work plans.
 */
export const ROSTER_ROLES = [
  '总指挥',
  '常务副总指挥',
  '副总指挥',
  // a township or county 指挥部 may call its head 总指挥长 (森林防火, 防汛抗旱 预案), and give its
  // deputies a standing or full-time post (常务副指挥长, 专职副指挥长)
  '总指挥长',
  '副总指挥长',
  '指挥长',
  '常务副指挥长',
  '专职副指挥长',
  '副指挥长',
  // the chief convener over the conveners of a 联席会议, and his deputy (as 总指挥 over 指挥长)
  '总召集人',
  '副总召集人',
  '召集人',
  '副召集人',
  '组长',
  '第一副组长',
  '常务副组长',
  '执行副组长',
  '副组长',
  '主任',
  '常务副主任',
  '副主任',
  '主任委员',
  '常务副主任委员',
  '副主任委员',
  // the chief of a 链长制 over the chains' heads
  '总链长',
  '副总链长',
  '链长',
  '副链长',
  '秘书长',
  '副秘书长',
  '成员',
  '委员',
  '办公室主任',
  '办公室副主任',
  '联络员',
] as const;

/**
 * Words that end an official's title (职务): a token ending with one is a title, not a name.
 * Common usage in 组成人员 lists.
 */
export const TITLE_ENDINGS = [
  '书记',
  '副书记',
  '局长',
  '主任',
  '区长',
  '县长',
  '市长',
  // heads of an autonomous prefecture, a league and a banner (副州长, 盟长, 旗长)
  '州长',
  '盟长',
  '旗长',
  '乡长',
  '镇长',
  '省长',
  '部长',
  '处长',
  '科长',
  '厅长',
  '主席',
  '委员',
  '常委',
  '经理',
  '董事长',
  // the head of a federation or association (残联理事长, 协会副理事长)
  '理事长',
  '调研员',
  '巡视员',
  '负责人',
  '秘书长',
  '行长',
  '所长',
  '站长',
  '院长',
  '校长',
  '队长',
  // heads of a brigade and chief engineers (执法总队副总队长, 省某厅总工程师)
  '总队长',
  '总工程师',
  '会长',
  '社长',
  '总理',
  '署长',
  // the head of 审计署 and his deputies (宪法 art. 86: 审计长)
  '审计长',
  '司长',
  '关长',
  '台长',
  '专员',
  '组长',
  '馆长',
  '检察长',
  '庭长',
  '政委',
  '主持工作)',
  '总经理',
  // an assistant's post (部长助理, 市长助理)
  '助理',
  '干部',
  '成员',
] as const;

/**
 * Marks that join the parts of a transliterated name (Uyghur, Kazakh, Tibetan names, foreign names:
 * 某某·某某): the 间隔号 of GB/T 15834-2011 标点符号用法, and the dots pages set in its place (•, ・,
 * ‧, ∙). NFKC leaves them all as they are.
 */
export const NAME_DOTS = '·•・‧∙';

/**
 * Words that qualify a head's post in a roster ("分管副县长", "联系副市长"): written before the post,
 * they are no name. Common usage in 组成人员 lists.
 */
export const POST_QUALIFIERS = ['分管', '主管', '协管', '联系', '挂点', '相关', '有关'] as const;

/**
 * Words that give the heads of a unit by duty, not by post (市某局、某局主要负责同志, 区政府分管领导,
 * 区某办分管负责人): an entry ending in one names the unit's holder of the duty, and no name was lost.
 * Common usage in 组成人员 lists and 由…担任 clauses of 成立…领导小组 and 联席会议 notices.
 */
export const UNIT_HEAD_WORDS = ['负责同志', '负责人', '主要领导', '分管领导'] as const;

/**
 * Party posts a roster writes before the post of the same person, joined by 、 (县委常委、常务副县长,
 * 区发改局党组书记、局长): a title ending with one is held alongside the title after it. Common
 * usage in 组成人员 lists and 由…担任 clauses of 成立…领导小组 notices.
 */
export const CONCURRENT_TITLES = [
  '常委',
  '党组书记',
  '党组副书记',
  '党组成员',
  '党委书记',
  '党委副书记',
  '党委委员',
] as const;

/** Nouns that name a group whose roster a notice gives. */
export const GROUP_NOUNS = [
  '领导小组',
  '工作小组',
  '工作专班',
  '专班',
  '指挥部',
  '委员会',
  '联席会议',
  '工作组',
  '推进组',
] as const;

/**
 * Characters that make one word with a 任 after them (现任, 曾任, 历任, 原任 of a career; 连任, 留任,
 * 调任, 接任, 继任, 升任 of a change of post; 出任, 就任, 新任, 拟任, 聘任, 委任; 信任, 责任): "X任组长"
 * appoints X, but before these the name would take the character. Common usage.
 */
export const NOT_APPOINTING_BEFORE = '现曾历原连留调改转接继升出就新拟聘委信责';

/**
 * What a 纪要 records of those at the meeting, by the verb or label it uses, and the role given:
 * GB/T 9704-2012 10.2 lists 出席, 请假 and 列席 under a 纪要's text; in prose 纪要 write
 * X主持召开…会议 and 甲、乙参加会议 (参加 is 出席).
 */
export const MEETING_ROLES: Readonly<Record<string, string>> = {
  主持: '主持',
  出席: '出席',
  参加: '出席',
  列席: '列席',
  请假: '请假',
};

/** A collective post written before the names of those who attend: 局领导甲、乙参加会议. */
export const COLLECTIVE_POSTS = ['领导', '班子成员'] as const;

/**
 * How a notice that divides the work among its leaders names them before 分工, longest first
 * (关于调整县政府领导工作分工的通知, 局领导同志工作分工, 领导班子成员分工, 关于某某等同志工作分工的
 * 通知); not 任务分工 or 部门分工, which divide tasks among units. Common usage in the titles of such
 * notices.
 */
export const DIVIDED_LEADERS = [
  // a government's head and deputies by post (市长、副市长工作分工)
  '省长、副省长',
  '市长、副市长',
  '州长、副州长',
  '县长、副县长',
  '区长、副区长',
  '旗长、副旗长',
  '领导班子成员',
  '领导班子',
  '领导同志',
  '领导成员',
  '班子成员',
  '领导',
  '同志',
] as const;

/**
 * What may follow 分工 where a notice says it divides the work among its leaders (…分工的通知, 分工
 * 如下, 分工调整, or the phrase's end); not 领导分工负责 or 县领导分工联系, which assign a task to
 * leaders in notices of other kinds. Common usage in the titles and openings of such notices.
 */
export const DIVISION_FOLLOWERS = ['的通知', '的决定', '的解读', '通知如下', '如下', '调整', '情况'] as const;

/** Words of the sentence before the body whose leaders a 分工 names (关于调整…, 现将…, …发布了…). */
export const BEFORE_DIVIDED_BODY = [
  '关于',
  '调整',
  '印发',
  '发布了',
  '发布',
  '公布',
  '明确',
  '现将',
  '的',
] as const;

/** Words before a head's post that make it a deputy's or a standing one's (常务副县长, 第一副主任). */
export const DEPUTY_PREFIXES = ['常务', '执行', '第一'] as const;

/**
 * Verbs that open a leader's duties in a 领导工作分工 notice (王某县长:主持县政府全面工作; 副主任李某同志
 * 分管…, 协助…, 联系…). Common usage in such notices.
 */
export const DUTY_VERBS = ['主持', '领导', '负责', '分管', '协助', '协管', '主管', '联系', '兼管'] as const;

/**
 * Words between a leader and his duties in a news account of a 分工 (李某副市长除了负责…, 则负责,
 * 还分管): no part of his name or post.
 */
export const DUTY_LINKS = ['除了', '除', '则', '还', '也', '主要', '具体'] as const;
