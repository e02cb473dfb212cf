/** The 15 types of 公文 (党政机关公文处理工作条例, 2012, art. 8): what a cover notice's title ends with. */
export const OFFICIAL_DOCUMENT_TYPES = [
  '决议',
  '决定',
  '命令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
] as const;

/**
 * The types that make known what is to be obeyed or known (党政机关公文处理工作条例, art. 8: 公告
 * 宣布重要事项或者法定事项, 通告 公布应当遵守或者周知的事项): their numbered items (征收范围, 禁止燃放
 * 时间) tell the public, they assign no work unless an item names who does it.
 */
export const ANNOUNCEMENT_TYPES = ['公告', '通告'] as const;

/**
 * Document types a title ends with: the 15 types of 党政机关公文处理工作条例 (2012, art. 8) and
 * the names the policy documents they transmit usually carry (方案, 办法, 计划, 预案 …, as listed
 * by the State Council's 国务院公报 and provincial 规范性文件 catalogues).
 */
export const DOCUMENT_TYPES = [
  ...OFFICIAL_DOCUMENT_TYPES,
  '令',
  '复函',
  // replies to 人大代表建议 and 政协委员提案 (国务院办公厅 and local 办理复文), and other replies
  '答复',
  '复文',
  '回复',
  '实施意见',
  '指导意见',
  '若干意见',
  '实施方案',
  '工作方案',
  '方案',
  '行动计划',
  '行动方案',
  '计划',
  '规划',
  '纲要',
  '办法',
  '管理办法',
  '实施办法',
  '暂行办法',
  '细则',
  '实施细则',
  '规定',
  '若干规定',
  '条例',
  '规则',
  '工作规则',
  '章程',
  // the standing rules a body or a joint meeting sets itself (X联席会议制度, X工作制度), filed
  // with 规则 and 章程 in the 规范性文件 catalogues
  '制度',
  '措施',
  '若干措施',
  '政策措施',
  '若干政策',
  '指引',
  '指南',
  '要点',
  '工作要点',
  // the task list of a year's plan (2024年重点工作任务), as departments publish it with their 工作要点
  // (alone on a line it heads a table's column: COLUMN_HEAD_TYPES)
  '重点工作任务',
  '标准',
  '清单',
  '目录',
  // emergency plans (突发事件应对法 art. 17; 国务院办公厅《突发事件应急预案管理办法》)
  '应急预案',
  '预案',
  // a government's statement (政府声明, as the 国务院公报 prints them: X政府关于…的声明)
  '声明',
  // a page that explains a policy (政策解读: 《X方案》政策解读, as 政府信息公开 portals file them
  // under 政策解读, 国务院办公厅《关于全面推进政务公开工作的意见》 2016 on 解读 of policies)
  '解读',
] as const;

/** Document types that also head the task column of a 分解 table: alone on a line, that head, no title. */
export const COLUMN_HEAD_TYPES = ['重点工作任务'] as const;

/**
 * Phrases that open or close the text of a kind of document (公文 过渡语 and 结束语: 现批复如下,
 * 特此批复, 特此通告 …, as 党政机关公文处理工作条例's kinds are written), which tell the kind when
 * the page lost the title. Tried in this order: a 批复 or 通告 may also say 通知.
 */
export const KIND_FORMULAS: ReadonlyArray<readonly [formula: string, kind: string]> = [
  ['现批复如下', '批复'],
  ['特此批复', '批复'],
  ['现通告如下', '通告'],
  ['特此通告', '通告'],
  ['现公告如下', '公告'],
  ['特此公告', '公告'],
  ['现通报如下', '通报'],
  ['特此通报', '通报'],
  ['特此函复', '函'],
  ['特此函告', '函'],
  // a 纪要's transition into its decisions (现纪要如下, 现将会议议定事项纪要如下)
  ['纪要如下', '纪要'],
  ['通知如下', '通知'],
  ['特此通知', '通知'],
];

/**
 * A 纪要's mark (GB/T 9704-2012 10.2 纪要格式: the 纪要标志 "X会议纪要" with its number, 〔2021〕第2号
 * or 第2期), as a line of its own, perhaps after a page's link label (图文解读:).
 */
export const MINUTES_MARK =
  /^(?:[\u4e00-\u9fff]{2,6}:)?([\u4e00-\u9fff]{2,30}纪要) ?((?:[〔[(【]\d{4}[〕\])】] ?)?第 ?\d{1,4} ?[号期]|[〔[(【]\d{4}[〕\])】] ?\d{1,4} ?号)$/;

/**
 * The verbs of the request that closes a cover notice which hands a document on (请认真贯彻落实,
 * 请遵照执行, 请结合实际认真组织实施; GB/T 9704-2012 examples and the State Council's 印发 notices).
 */
export const CLOSING_REQUEST_VERBS = ['落实', '执行', '实施'] as const;

/** Verbs of a cover notice that hands another document on (印发/转发/批转 …的通知). */
export const TRANSMITTAL_VERBS = ['印发', '转发', '批转', '下发', '颁发', '发布'] as const;

/**
 * Verbs a sentence names a document by its making with, in a clause before it (县政府2023年5月6日
 * 印发的三年行动方案为…, 出台的…办法, 制定的…规划): those of a cover notice and of making a policy
 * (common 公文 usage).
 */
export const ISSUING_VERBS = [...TRANSMITTAL_VERBS, '出台', '制定'] as const;

/**
 * Verbs a title says its issuer carries out another organ's document with, before that organ's
 * name (市政府贯彻国务院关于…的实施意见; common 公文 usage): the organ after the verb wrote what
 * is carried out, not this document.
 */
export const IMPLEMENTING_VERBS = ['贯彻', '落实'] as const;

/** Suffixes of an issuing organ's name, for signature lines (GB/T 9704 7.3.5 发文机关署名). */
export const ISSUER_SUFFIXES = [
  '人民政府',
  '政府',
  '办公室',
  '办公厅',
  '委员会',
  '管委会',
  '管理委员会',
  '常委会',
  '局',
  '厅',
  '部',
  '委',
  '院',
  '署',
  '办',
  '中心',
  '小组',
  '指挥部',
  '联席会议',
  '党委',
  '党组',
  '工委',
  '总局',
  '分局',
  '支队',
  // people's organisations that issue notices with government (残疾人联合会, 妇女联合会, 总工会, 团委)
  '联合会',
  '工会',
  '团委',
] as const;

/**
 * Words the title of a form annexed to a notice ends with (GB/T 9704 7.3.4 附件说明 and 8 附件;
 * the kinds of annex found in 附件说明 lists: 申请表, 审批表, 通知书, 承诺书, 名单, 清单, 目录,
 * 流程图, 分解表 …). A title line that does not end so may go on on the next line.
 */
export const ANNEX_TITLE_ENDS = [
  '表',
  '书',
  '单',
  '名单',
  '清单',
  '目录',
  '图',
  '册',
  '明细',
  '样式',
  '格式',
  '模板',
  '说明',
  '指标',
  '汇编',
] as const;

/**
 * What a plan's cover may add after the title it prints the plan under (X建设规划文本: the text as
 * against its 说明 or 图集, the parts a 规划 is delivered in under 城乡规划法 and its 编制办法).
 */
export const TITLE_COPY_WORDS = ['文本'] as const;
