/**
 * Words around numbers that make them goals (目标) or something else, from the wording of the
 * 目标 sections of 实施方案/实施意见/行动计划 and of the 规划纲要 indicator tables (common usage
 * in 公文: 达到, 突破, 控制在, 以上, 左右 …).
 */

export type ComparatorWord = 'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'approx';

/** Words written right after a quantity (3000张以上, 10%左右). */
export const SUFFIX_COMPARATORS: Readonly<Record<string, ComparatorWord>> = {
  及以上: 'gte',
  以上: 'gte',
  及以下: 'lte',
  以下: 'lte',
  以内: 'lte',
  之内: 'lte',
  左右: 'approx',
  上下: 'approx',
};

/** Between a number and its unit: 3000余家, 100多个 (more than). */
export const OVER_MARKERS = '余多';

/** Words written right before a quantity that bound it (突破900亿元, 不低于90%, 约30%). */
export const PREFIX_COMPARATORS: Readonly<Record<string, ComparatorWord>> = {
  突破: 'gt',
  超过: 'gt',
  超: 'gt',
  高于: 'gt',
  大于: 'gt',
  多于: 'gt',
  不低于: 'gte',
  不少于: 'gte',
  不小于: 'gte',
  至少: 'gte',
  不超过: 'lte',
  不高于: 'lte',
  不多于: 'lte',
  不大于: 'lte',
  低于: 'lt',
  少于: 'lt',
  小于: 'lt',
  大约: 'approx',
  约: 'approx',
  接近: 'approx',
};

/**
 * Change verbs that lower a value (下降3%, 减少5万人, 压减10%): a growth after one is a
 * reduction, negative in the normalised value. Common usage in 公文 (能耗下降, 压减产能 …).
 */
export const REDUCTION_VERBS = [
  '下降',
  '降低',
  '减少',
  '压减',
  '削减',
  '缩减',
  '压缩',
  '缩短',
  '降',
] as const;

/**
 * Verbs that set the value of a goal when they stand right before the number, possibly followed
 * by 到/至/在 (达到90%, 控制在3%, 下降到38%, 年均增长10%).
 */
export const VALUE_VERBS = [
  '达到',
  '达',
  '突破',
  '超过',
  '超',
  '实现',
  '提高',
  '提升',
  '增加',
  '增长',
  '增至',
  '扩大',
  ...REDUCTION_VERBS,
  '控制',
  '保持',
  '稳定',
  '新增',
  '累计',
  '占比',
  // 削减甲、乙分别为500吨、40吨: the values of the subjects listed
  '分别为',
] as const;

/** Verbs that change a value rather than state its level: a number right after them is a growth. */
// prettier-ignore
export const CHANGE_VERBS = [
  '增长', '增加', '提高', '提升', '降低', '下降', '减少', '递增', '扩大', '压减', '削减', '缩减', '压缩', '缩短', '降',
] as const;

/** Particles between a value verb and its number (控制在3%, 下降到38%, 提高至90%). */
export const VALUE_PARTICLES = '到至在为';

/** Particles after a change verb that turn it into a level again (提高到90%, 下降至38%). */
export const LEVEL_PARTICLES = '到至为';

/**
 * Verbs of building and cultivating that make the count after them a goal anywhere later in the
 * clause (建成养老床位3千张, 培育…基地1至3家, 拟建试点校5所), with or without a year.
 */
// prettier-ignore
export const GOAL_VERBS = [
  '建成', '建设', '新建', '拟建', '创建', '打造', '培育', '引进', '引育', '新增', '完成', '带动', '培训',
] as const;

/**
 * Verbs of selecting, cultivating, funding and setting up that make a count of people or things a
 * goal when they govern it: the count stands right after them (选拔30名…, 扶持20个…, 招录培训
 * 不少于30名…), or ends their object (培养…人员不少于80名). Unlike GOAL_VERBS they often take
 * an object described by a clause of its own (培养学生掌握两项技能), so a count further away is
 * not theirs. From the wording of the talent and enterprise programmes (人才工程, 人才计划) of
 * 实施意见 and 行动计划, and of the 国家中长期人才发展规划纲要 (引进, 培养, 选拔, 遴选, 资助 …), and
 * of the supply programmes of the 残疾人事业 plans (供应辅助器具300万件, 免费发放30万件, 装配假肢7万例),
 * and of the projects a programme gathers (收集100个招商项目), and of the 为民办实事 lists of
 * governments' work reports (开设40个暑托班办班点, 提供不少于2300场文化活动), and of the crops and
 * techniques the 农业 plans spread over an area (推广甲稻旱种50万亩), and of the building schedules
 * of 城建 action plans (开工甲类改造项目50个, 新开工安置房800套).
 */
// prettier-ignore
export const COUNT_GOAL_VERBS = [
  '培养', '选拔', '遴选', '评选', '选派', '选聘', '招聘', '招录', '认定', '评定', '资助', '扶持', '支持',
  '设立', '筹建', '筹集', '组建', '转化', '造就', '供应', '发放', '装配', '收集', '开设', '提供', '推广',
  '开工',
] as const;

/**
 * Verbs of raising money (筹集5000万元产业引导基金, 筹措, 募集): an amount right after one is a goal,
 * and the fund named after the amount is what it measures. Common usage in the funding clauses of
 * 实施意见 and 实施方案.
 */
export const RAISING_VERBS = ['筹集', '筹措', '募集'] as const;

/**
 * Verbs of investing (投资3000万元建设甲基地, 投入5000万元新建…): an amount right after one and
 * right before a goal verb is the money a task spends on what it builds, a goal. Common usage in
 * the 任务清单 of 政府工作报告 and 实施方案.
 */
export const INVESTING_VERBS = ['投资', '投入'] as const;

/**
 * Verbs that follow a goal verb in a chain (培训造就, 选拔产生) or join one, and connectives between
 * two verbs (选拔和培训, 招录、培训和扶持): stripped between a verb and the count it governs, and from
 * the start of a metric.
 */
export const VERB_CHAIN_WORDS = ['产生', '造就', '创办', '和', '与', '及', '并', '、', '或'] as const;

/**
 * Payment words that are also verbs of funding people or things: before a count (资助30名…,
 * 遴选并资助20名…) they state whom a programme funds, a goal, not an amount paid.
 */
export const FUNDING_VERBS = ['资助'] as const;

/**
 * Words that end the noun a count stands before, when they follow it (…人员赴外地学习, …专家来访
 * 讲学, …学员到高校进修): verbs of going and taking part (the verbs and adverbs that close a
 * goal, COMPLETION_VERBS and COMPLETION_ADVERBS, end it too). Common usage in 公文.
 */
// prettier-ignore
export const NOUN_END_WORDS = [
  '赴', '到', '来', '去', '前往', '参加', '参与', '进行', '开展', '从事', '出国', '出境', '攻读', '在', '于',
  '入驻', '落户',
] as const;

/** Nouns holding a word of NOUN_END_WORDS that do not end a noun (未来产业, 外来人员, 在岗职工). */
// prettier-ignore
export const NOUN_END_EXCEPTIONS = [
  '未来', '外来', '往来', '将来', '原来', '以来', '在岗', '在职', '在校', '在读', '在站', '在编', '所在',
  '现在', '存在', '潜在', '内在', '外在', '到岗', '到位',
] as const;

/**
 * Nouns that open with a goal verb (建设项目, 建设用地): inside a subject (工程建设项目全流程审批时间,
 * 新增建设用地规模) they are no verb of the goal. Common terms of 工程建设项目审批制度改革 and land planning.
 */
export const NOUNS_OPENING_WITH_VERB = ['建设项目', '建设用地', '建设单位', '建设工程'] as const;

/** Characters that, right after a count, show that no noun follows it (10个、…; 40%的…; 10个并…). */
export const NOT_NOUN_START = '的并和及与或等为以、至到达占比较共';

/** Nouns that open with one of those characters all the same (3个共享充电桩, 2个共建基地). */
export const NOUNS_OPENING_WITH_STOP = ['共享', '共建'] as const;

/** Connectives that join the members of a list of counts (30名…、40名…; 300套…和500套…). */
export const LIST_SEPARATORS = '、和及与';

/** Verbs holding a connective that join no list (…改造项目50个,涉及居民6万户; 参与, 惠及). */
export const WORDS_WITH_SEPARATOR = ['涉及', '惠及', '普及', '波及', '危及', '参与', '给与'] as const;

/** Nouns after 的 that make the quantity before it the value of a goal (达到60%的目标). */
export const GOAL_NOUNS = ['目标', '指标'] as const;

/**
 * 一 and a noun right before a count make it per item, like 每 (一户两人, 一校一策); not after
 * these characters (第一, 统一, 进一步, 唯一).
 */
export const NOT_PER_ONE_BEFORE = '第统进唯同单专';

/**
 * Words after a year that make it the start of a period (2021年起, 从2021年开始): a relative
 * period after it (2021年起3年内, 2021年起用3年时间) ends in start + N − 1, counting the start year
 * as the first (the five years from 2016 are the 十三五, 2016—2020); it dates the goals. Without
 * one the start year itself does (the year the goal applies from).
 */
export const START_AFTER = ['起', '开始'] as const;

/**
 * Verbs of attaining that may open the clause of a goal (实现…达标率100%, 达到…); like the value
 * verbs they also report the present (老年人口达到30万人, 实现旅游收入50亿元), so they make a goal
 * only with a year, a bound or a word of intent.
 */
export const ATTAIN_VERBS = ['实现', '达到'] as const;

/**
 * Value verbs that state the level a subject reaches or holds (达, the short 达到; 稳定, 保持, 控制,
 * with or without the 在 after them): after a comma, a subject and one of them continue a list of
 * goals like an attaining verb (…稳定在800家以上,淡水鱼产量达60万吨). Common usage in the 目标
 * sentences of 公文.
 */
export const HOLDING_VERBS = ['达', '稳定', '保持', '控制'] as const;

/** Words of intent that make a value verb without a year a goal (确保…覆盖率达到90%). */
export const INTENT_WORDS = ['确保', '力争', '争取', '努力', '力求', '目标', '预期'] as const;

/**
 * Money given or paid: subsidies, rewards, grants, fines, fees, contributions and payment rates.
 * A number in the same sentence as one of these is an amount or a rate of payment, not a goal
 * (…达到1000人次…的,给予一次性补贴15万元; 缴费费率为0.15%).
 */
export const PAYMENT_WORDS = [
  '补贴',
  '补助',
  '奖励',
  '奖补',
  '资助',
  '给予',
  '罚款',
  '缴费',
  '缴纳',
  '支付',
  '报销',
  '费率',
  '费用',
  '收费',
  '租金',
  '经费',
  '工资',
  '基数',
  '补差',
  '公益金',
] as const;

/**
 * The language of rules and standards (原则上, 应当, 不得, 配备, 面积, 时长 …): a number in the
 * same clause is a standard or a threshold, not a goal.
 */
export const RULE_WORDS = [
  '用于',
  '标准为',
  '面积',
  '配备',
  '配齐',
  '原则上',
  '应当',
  '不得',
  '严禁',
  '时长',
  '期限',
  '年满',
] as const;

/**
 * The sizes of a place, a site, a building or a plot (辖区总面积为…, 国土面积, 项目占地面积, 单套建筑面积,
 * 宅基地面积): they describe or cap each one, so 面积 after them stays a word of standards even with a
 * value verb (总面积达1.2万平方公里, 单套建筑面积控制在60平方米以内). From the 基本情况 paragraphs of
 * 规划, the project lists of 实施方案 and the standards of 住房 and 农房 rules.
 */
// prettier-ignore
export const AREA_SIZE_WORDS = [
  '总面积', '辖区面积', '国土面积', '占地面积', '使用面积', '建筑面积', '宅基地面积',
] as const;

/**
 * Words that report the present state rather than set a goal (目前全市老年人口达30万人,
 * 现有养老机构120家): a number after them in the same sentence is not a target.
 */
export const STATUS_WORDS = ['目前', '现有', '当前', '已有', '已经', '共有', '已建成', '已达'] as const;

/**
 * Words across whose parts a status word is read by mistake (项目+前期, 实现+有效): no status word
 * there. Common compounds of 公文 (项目前期工作, 实现有效衔接).
 */
// prettier-ignore
export const STATUS_WORD_EXCEPTIONS = [
  '项目前', '节目前', '题目前', '科目前', '栏目前', '条目前', '数目前',
  '实现有', '体现有', '表现有', '出现有', '发现有',
] as const;

/**
 * Prepositions that put the object of a task before its verb (对…进行提档升级, 将…纳入, 把…作为): a
 * status word in the clause describing that object (对已达标的街道…) reports no result.
 */
export const OBJECT_PREPOSITIONS = '对将把';

/** Characters right before a number that make it per-item or ordinal: 各1所, 第3名, 前10名. */
export const DISTRIBUTIVE_BEFORE = '各第前';

/**
 * Words of a clause that make a number describe things rather than set a goal: 一批 (a batch of,
 * whose members' sizes are described: 打造一批总产值过亿…的园区), and the emphasis of a fact
 * stated (年度投资高达30亿元, 多达5000人: as much as), which no goal uses.
 */
export const DESCRIPTIVE_WORDS = ['一批', '若干', '高达', '多达'] as const;

/** Words before a year that make it a future deadline (到2026年, 力争2023年底, 于2025年底前). */
export const DEADLINE_BEFORE = ['到', '至', '力争', '争取', '确保', '预计', '计划', '于'] as const;

/**
 * Words ending in 于/至 that do not make the year after them a deadline: 关于2023年重点工作,
 * 由于, 基于, 甚至 … (common usage; checked before DEADLINE_BEFORE).
 */
export const NOT_DEADLINE_BEFORE = [
  '关于',
  '对于',
  '由于',
  '基于',
  '鉴于',
  '属于',
  '用于',
  '处于',
  '等于',
  '至于',
  '乃至',
  '甚至',
  '以至',
  '截至',
  '截止',
] as const;

/** Words before a year that date a stock or a result: 截至2023年底 (a report, not a goal). */
export const PAST_BEFORE = ['截至', '截止'] as const;

/**
 * Words of the headings under which a plan reviews what was done (一、发展现状与形势, (一)发展成就,
 * 工作基础): the figures there are results, not goals (the opening part of 五年规划 and 行动计划
 * in the State Council and provincial templates).
 */
export const REVIEW_HEADING_WORDS = [
  '发展现状',
  '发展成就',
  '发展基础',
  '工作基础',
  '现实基础',
  '主要成就',
  '主要成效',
  '取得成效',
  '工作回顾',
  '基本情况',
  // the situation a plan opens with (一、发展环境, 面临的形势)
  '发展环境',
  '发展形势',
  '面临形势',
  '面临的形势',
  // a year's plan opens with how the year before went (一、上年完成情况, 2023年工作回顾)
  '完成情况',
  '上年完成情况',
  '上年度完成情况',
  '上年工作回顾',
] as const;

/**
 * Words after a year that make it a deadline or a start (2023年底前, 2021年起). 底/末 alone
 * (2023年底) only date the statement; see STATED_AFTER.
 */
export const DEADLINE_AFTER = ['底前', '末前', '前', '以前', '之前', '起', '开始', '内'] as const;

/** Words after a year that date a statement without making the year a deadline (2023年底, 年末). */
export const STATED_AFTER = ['底', '末'] as const;

/**
 * Measure words of kinds (三类项目, 四种方式): a count of them before the colon that lists them
 * (供应方式包括四种:…; 对以下三类…项目:…) numbers the kinds introduced, it sets no goal.
 */
export const KIND_UNITS = ['类', '种'] as const;

/**
 * Nouns that name what is measured of a subject written before them (粮食播种面积, 粮食产量, 生猪
 * 出栏量, 旅游收入): in a list of goals, a member that names nothing but one measures the subject of
 * the member before (粮食播种面积稳定在…、产量稳定在… → 粮食产量). From the indicator wording of
 * the 统计公报 (农业: 播种面积, 产量, 单产; 畜牧业: 存栏, 出栏; 旅游: 接待人次, 收入).
 */
// prettier-ignore
export const MEASURE_NOUNS = [
  '播种面积', '种植面积', '面积', '产量', '总产量', '单产', '产值', '总产值', '存栏', '存栏量', '出栏',
  '出栏量', '接待人次', '收入', '总收入',
] as const;

/**
 * Words that name a pair of subjects at once (城乡 = 城镇 and 农村, as the 统计公报 name the two
 * halves of 城乡居民人均可支配收入): before 分别 and two values, each value measures one of them.
 */
export const PAIR_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  城乡: ['城镇', '农村'],
};

/** Nouns of the parts a document is in: a number before one counts them (分…3部分), it sets no goal. */
export const PART_NOUNS = ['部分'] as const;

/**
 * Words before a year that make it the year of a part of the total before them (…培训1.2万人次,其中
 * 2021年培训0.5万人次): it dates that part, not the deadline of the total.
 */
export const STATED_BEFORE = ['其中'] as const;

/**
 * Words of a sentence that put its numbers in the past: reported results and statistics, not
 * goals (已建成, 实现了, 同比增长, 比上年, 去年, 截至…). The wording of the 统计公报 and of the
 * 工作回顾 part of 政府工作报告. A future deadline (到2025年), a word of intent or a goals paragraph
 * overrides them (主要预期目标: 地区生产总值比上年增长5%左右).
 */
export const PAST_WORDS = [
  '已',
  '实现了',
  '完成了',
  '达到了',
  '增长了',
  '提高了',
  '下降了',
  '突破了',
  '同比',
  '上年',
  '去年',
  '前年',
  '截至',
  '截止',
] as const;

/**
 * Comparisons with last year (比上年增长5%): the wording of statistics, but also of the 预期目标
 * of a 政府工作报告, so past only without a word of intent or a goals paragraph.
 */
export const PAST_COMPARISONS = ['比上年', '较上年', '比去年', '较去年', '与上年相比', '与去年相比'] as const;

/**
 * Names of the goals part of a plan (主要目标, 发展目标, 预期目标 …; the 目标/指标 headings of
 * 实施方案, 行动计划 and 政府工作报告). In a paragraph holding one, a value verb right before a
 * percentage (一般公共预算收入增长4%) sets a goal even without a year or a bound.
 */
export const GOAL_CONTEXT_WORDS = [
  '主要目标',
  '发展目标',
  '预期目标',
  '总体目标',
  '工作目标',
  '具体目标',
  '阶段目标',
  '年度目标',
  '奋斗目标',
  '目标任务',
  '任务目标',
  '主要指标',
  '预期性指标',
  '约束性指标',
  '发展指标',
] as const;

/**
 * Nouns that end the name of a programme (三年行动, 五年规划, 百日攻坚行动, 三年行动计划): a duration
 * right before them (up to four characters apart) is part of the name, not a value. Common usage
 * in 公文 (the 行动计划/规划/工程 titles of the State Council and provincial governments).
 */
export const PROGRAMME_NOUNS = [
  '行动',
  '计划',
  '规划',
  '工程',
  '攻坚',
  '战役',
  '会战',
  '纲要',
  '方案',
] as const;

/**
 * Words right before a bounding or value verb that make it part of another word: a noun (新突破,
 * 重大突破: 全面振兴新突破三年行动 names a campaign; 突破 bounds a number only when it governs it,
 * 突破900亿元), or another verb that holds 达 (下达60%, 传达, 送达: not 达(到)).
 */
export const OTHER_WORD_BEFORE_BOUND: Readonly<Record<string, readonly string[]>> = {
  突破: ['新', '大', '重大', '重要', '关键', '实质性', '历史性', '新的'],
  达: ['下', '传', '表', '送', '转', '抵'],
};

/**
 * Words that open a clause stating the condition of a payment (凡…的,给予…): with a payment word
 * elsewhere in the sentence, the numbers of the clause are thresholds, not goals.
 */
export const CONDITION_OPENERS = ['凡', '对于'] as const;

/** Words around a year or plan period that make it a baseline, not a deadline (在2021年的基础上, 比2020年, 相较于十三五末). */
export const BASELINE_BEFORE = [
  '相较于',
  '相对于',
  '相比于',
  '在',
  '比',
  '较',
  '与',
  '同',
  '自',
  '从',
] as const;
export const BASELINE_AFTER = ['的基础上', '基础上', '以来', '相比', '同期', '水平', '度', '的'] as const;

/**
 * Goal verbs that also name the work counted when they stand right before the count
 * (残疾人职业技能培训1300人次, 高标准农田建设2万亩, 为贫困残疾人免费发放30万件, 新引进2万头, 其中新开工
 * 300个): then they are the head of the metric.
 */
export const NOMINAL_GOAL_VERBS = ['培训', '建设', '改造', '发放', '供应', '引进', '开工'] as const;

/**
 * Verbs and prepositions that open a clause before what it counts or measures (组织开展…培训
 * 1300人次, 对地区生产总值增长5%…等目标进行监测, 为…免费发放): not part of the metric.
 */
export const METRIC_LEADING_WORDS = ['组织开展', '开展', '推动', '推进', '对', '为'] as const;

/**
 * Words that open with a filler or a leading word of the metric but are words of their own
 * (使用外资, 对外贸易, 对口支援, 为民服务): kept whole.
 */
export const METRIC_OPENING_WORDS = ['使用', '对外', '对口', '为民'] as const;

/** Words that open a clause and carry no meaning for the metric (确保, 全区, 年均 …). */
export const METRIC_FILLER_WORDS = [
  '确保',
  '力争',
  '争取',
  '实现',
  '使',
  '全区',
  '全市',
  '全省',
  '全县',
  '全国',
  '我区',
  '我市',
  '我省',
  '我县',
  '年均',
  '每年',
  '累计',
  '总计',
  '其中',
  '以上',
  '届时',
  // 城乡居民人均可支配收入分别增长6%、6.5%: the adverb before the verb
  '分别',
  '同比',
  '比上年',
] as const;

/**
 * Adverbs of duration or manner right before a value verb (湿地保护率持续保持在50%以上, 稳定保持在,
 * 始终控制在): they qualify the verb, no part of the metric before them. Common usage in 公文.
 */
// prettier-ignore
export const METRIC_TRAILING_ADVERBS = ['持续', '稳定', '始终', '继续', '一直', '长期', '逐步', '逐年', '进一步'] as const;

/**
 * Bare names of a share (比重达到20%): a clause right before that names the share in full
 * (清洁能源消费比例逐步提升,比重达到…) gives what it is a share of.
 */
export const BARE_SHARE_NAMES = ['比重', '比例', '占比'] as const;

/**
 * The main pollutants whose emissions and reductions are targets of the 节能减排 plans: the
 * 十四五 national plan (国发〔2021〕33号) names 化学需氧量, 氨氮, 氮氧化物, 挥发性有机物; the 十三五
 * one (国发〔2016〕74号) 二氧化硫 too, and 总磷, 总氮 in key basins; the air pollution plans
 * 颗粒物; COD is 化学需氧量 as the plans abbreviate it. Listed before the noun they share (化学需氧量、氨氮排放总量), each measures it.
 */
// prettier-ignore
export const POLLUTANT_NAMES = [
  '化学需氧量', '氨氮', '氮氧化物', '挥发性有机物', '二氧化硫', '总磷', '总氮', '细颗粒物', '可吸入颗粒物',
  '颗粒物', '二氧化碳', 'COD',
] as const;

/**
 * The bases of intensity indicators (单位地区生产总值能源消耗, 单位GDP二氧化碳排放, 万元工业增加值
 * 用水量), as the 规划纲要 indicator tables name them: listed before the first of the subjects of
 * 分别 (单位地区生产总值能源消耗和二氧化碳排放分别降低…), the base is that of each.
 */
// prettier-ignore
export const INTENSITY_BASES = [
  '单位地区生产总值', '单位国内生产总值', '单位GDP', '单位工业增加值', '万元地区生产总值', '万元国内生产总值',
  '万元GDP', '万元工业增加值',
] as const;

/**
 * Verbs that open a clause of their own after a 、 (12个甲站、同步解决…): the noun after a
 * count ends before the 、. Common verbs of the 工作任务 of 实施方案 and 民生实事 lists.
 */
// prettier-ignore
export const CLAUSE_VERBS = [
  '解决', '实施', '推进', '推动', '加强', '完善', '落实', '安装', '改善', '满足',
] as const;

/** Words holding 等 that close no list (高等教育, 中等职业, 平等, 等级). */
// prettier-ignore
export const WORDS_WITH_DENG = ['高等', '中等', '初等', '同等', '平等', '均等', '对等', '优等', '特等', '等级', '等次'] as const;

/**
 * Words that end the name of a rate or level (失业率, 价格涨幅, 增速, 比重, 粮食产量): a number right
 * after one, with a bound written with it (城镇登记失业率4.5%以内, 居民消费价格涨幅2%左右, 粮食产量
 * 500亿斤左右), states its value in a goals paragraph. From the indicator wording of the 政府工作报告
 * 预期目标 and of the 规划纲要 indicator tables.
 */
// prettier-ignore
export const RATE_WORDS = [
  '率', '涨幅', '增幅', '降幅', '增速', '比重', '占比', '系数', '指数', '产量', '总量',
] as const;

/**
 * Words that end the name of a measure stated as a bare number, without a unit: an index, a
 * coefficient, an intensity or a rate per base (发展指数达80, 事故死亡率控制在0.02以内, 综合指数
 * 达到3.5), and a score (考核得分达到95分). The unitless ones among
 * RATE_WORDS, with 强度 and the score words; from the indicator wording of the 统计公报 and of the
 * 安全生产 and 卫生健康 plans. After a value verb a bare number is their value.
 */
export const UNITLESS_MEASURES = ['指数', '系数', '强度', '率', '得分', '评分'] as const;

/**
 * The word of an intensity (研发经费投入强度): a share of output, so money named in it is no payment
 * (研发经费投入强度达到3%).
 */
export const INTENSITY_WORD = '强度';

/**
 * Standards of land use that a rule sets for each project (容积率不低于1.2, 建筑系数不低于40,
 * 绿地率不超过15): a bare number after them is a standard, not a goal. From the 工业用地 control
 * indicators of the 自然资源 ministry.
 */
export const PLOT_STANDARD_NAMES = ['容积率', '建筑系数', '建筑密度', '绿地率'] as const;

/** Words that end the name of a score: after one, 分 after the number is its unit (考核得分达到95分以上). */
export const SCORE_NAMES = ['得分', '评分'] as const;

/**
 * Verbs that close a goal whose count stands before them (20个示范村全面建成, 80%的行政村建成
 * 卫生室): the units counted reach the state by the deadline. Common usage in 实施方案.
 */
// prettier-ignore
export const COMPLETION_VERBS = [
  '建成', '完成', '完工', '达标', '投用', '投入使用', '投运', '竣工', '通过验收', '实现', '达到', '覆盖', '具备',
] as const;

/**
 * Verbs of what a programme does for the units it counts (为5000名老年人提供助餐服务, 50个小区新增
 * 充电设施, 为10个老旧小区实施改造): the count of units served is the goal, and what they receive
 * is part of its metric. From the wording of the 民生实事 (为民办实事) lists that cities and
 * districts publish each year.
 */
// prettier-ignore
export const PROVISION_VERBS = [
  '提供', '实施', '新增', '加装', '安装', '配备', '配置', '开展', '进行',
] as const;

/** Light verbs whose object names the work (对30处甲类点位进行排查 = 排查): left out of a metric. */
export const LIGHT_VERBS = ['进行', '予以', '加以'] as const;

/**
 * Title words of a list of the year's commitments (民生实事, 为民办实事, 实事项目), which cities
 * and districts publish each year: every count it states is a promise for that year.
 */
export const COMMITMENT_TITLE_WORDS = ['实事'] as const;

/**
 * Title words of a plan (2024年节能降碳行动方案, 2024年工作要点, 年度计划, 2024年重点工作任务, 重点工作
 * 责任分解): when its title names one year, what it says a value reaches is that year's goal
 * (实现产值500亿元, 增长12%), and so are the comparisons with the year before it (较去年下降1.5%).
 */
export const PLAN_TITLE_WORDS = ['方案', '计划', '要点', '任务', '分解'] as const;

/**
 * Title words of a plan of work to come (行动方案, 工作计划, 工作要点): even with no year in its title,
 * what its tasks say a value reaches is a goal (12月底前…达到80%, …覆盖率达到40%). A bare list of
 * tasks (重点工作任务, 任务分解) is read so only with its year, as it may be a ledger of work done.
 */
export const ACTION_PLAN_TITLE_WORDS = ['方案', '计划', '要点'] as const;

/** Title words of a report on such commitments (实事项目完成情况的通报, 进展情况, 工作总结): it counts what was done. */
export const RESULT_REPORT_TITLE_WORDS = [
  '完成情况',
  '进展情况',
  '落实情况',
  '执行情况',
  '情况的报告',
  '通报',
  '总结',
] as const;

/**
 * Spans of the year a report stops at (上半年, 今年以来, 前三季度): a sentence dated so reports the
 * year's progress even in a plan for it (2024年下半年…方案: 上半年,全县实现地区生产总值150亿元).
 */
export const REPORTED_SPAN_WORDS = ['上半年', '今年以来', '年初以来', '前三季度', '一季度'] as const;

/** Adverbs between the units counted and their completion verb (全面建成, 基本完成, 均达标). */
// prettier-ignore
export const COMPLETION_ADVERBS = [
  '全面', '基本', '全部', '如期', '按期', '率先', '陆续', '均', '都', '将', '要', '能',
] as const;

/**
 * Set phrases of Party and government language that count things (两个维护, 四个意识, 三个代表):
 * the numeral names the phrase, it is no goal. From the formulations of the documents of the
 * 中国共产党 national congresses and plenums.
 */
// prettier-ignore
export const SET_PHRASES = [
  '两个维护', '两个确立', '四个意识', '四个自信', '四个全面', '三个代表', '两个一百年', '两个毫不动摇',
  '五位一体', '四个革命', '三个务必', '两个结合', '三个转变', '四个最严', '两个大局', '两个巩固',
  '三个区分开来', '五大发展理念', '一个中心', '两个基本点',
] as const;

/**
 * Nouns of aims, principles and mechanisms that a text counts and then spells out (坚持三项原则:即…;
 * 建立两个机制,即…; 做到两个不变:…; 突出四个重点:…): the numeral numbers the items listed, it is no
 * goal. The wording of the 总体目标/基本原则 paragraphs of
 * 实施意见 and 实施细则, after the pattern of the set phrases above.
 */
// prettier-ignore
export const ENUMERATED_NOUNS = [
  '目标', '原则', '机制', '体系', '加强', '坚持', '统一', '结合', '转变', '理念', '意识', '要求', '重点',
  '方面', '环节', '优先', '不变', '到位',
] as const;

/** Quotation marks around a name or slogan (“三个中心”): a count inside is part of the name. */
export const OPENING_QUOTES = '“"「『';
export const CLOSING_QUOTES = '”"」』';
