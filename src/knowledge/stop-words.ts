/**
 * Words that say nothing about what a policy does, dropped before two documents are compared:
 * the common function words of written Chinese (的, 和, 等, 对, 以 …), and the verbs, adverbs and
 * collective words that nearly every sentence of a 公文 carries (加强, 推进, 进一步, 积极, 大力,
 * 各级, 有关 …). Read off the common usage of State Council and local 实施意见 / 实施方案; the
 * domain nouns they govern (养老服务, 营商环境 …) are what stays.
 */
// Grouped by kind, several to a line, as the other word lists of knowledge/.
// prettier-ignore
export const STOP_WORDS: readonly string[] = [
  // function words
  '的', '地', '得', '和', '与', '及', '以及', '或', '或者', '并', '并且', '而', '而且', '等', '等等', '之',
  '对', '对于', '于', '以', '为', '为了', '在', '从', '向', '由', '把', '将', '被', '给', '同', '跟',
  '其', '其中', '此', '该', '本', '各', '每', '这', '那', '这些', '那些', '它', '其他', '其它',
  '是', '有', '要', '可', '可以', '应', '应当', '须', '必须', '能', '能够', '会', '也', '都', '还',
  '又', '再', '更', '最', '很', '较', '已', '已经', '将要', '正在', '了', '着', '过', '则', '即',
  '就', '才', '所', '如', '如下', '若', '凡', '通过', '按照', '根据', '依据', '围绕', '依托', '结合',
  '立足', '基于', '关于', '以上', '以下', '之间', '方面', '方式', '有关', '相关', '一批', '一系列', '一些',
  '一定', '一体', '一是', '二是', '三是', '四是', '五是', '不', '没有', '非', '无', '之一', '左右', '为首',
  // verbs and adverbs that nearly every measure carries
  '加强', '推进', '进一步', '积极', '大力', '推动', '促进', '提高', '提升', '建立', '完善', '健全',
  '实施', '开展', '鼓励', '支持', '引导', '加快', '加大', '强化', '坚持', '落实', '贯彻', '贯彻落实',
  '做好', '抓好', '确保', '注重', '统筹', '深入', '全面', '切实', '着力', '不断', '努力', '充分',
  '认真', '扎实', '持续', '有效', '稳步', '逐步', '深化', '优化', '打造', '构建', '形成',
  '实现', '发挥', '做大做强', '培育', '壮大', '拓展', '拓宽', '探索', '研究', '制定', '出台', '组织',
  '负责', '承担', '参与', '配合', '协调', '重点', '主要', '力度', '水平', '能力', '作用', '工作',
  '情况', '问题', '困难', '各项任务', '对接', '措施', '任务', '要求', '机制', '进行', '给予', '提供', '利用', '满足', '助力', '推广', '深度', '领域',
  '建设', '发展', '有序', '引入', '引进', '推介', '扶持', '开发', '谋划', '挖掘', '发掘', '设立', '创办',
  '组建', '搭建', '举办', '申报', '争取', '吸引', '招引', '带动', '整合', '融入', '承接', '采取', '采用',
  '用于', '具有', '成为', '实行', '明确', '及时', '定期', '部署', '安排', '更好', '相结合', '积极开展', '大力发展', '大力推进', '积极推进', '加快发展', '积极发展',
  '大力支持', '进一步提高', '进一步加强', '不断提升', '全面提升', '有效提升', '切实加强',
  // collective and deictic words of the issuing government
  '我区', '我市', '我县', '我省', '全区', '全市', '全县', '全省', '全国', '各地', '各级', '各类',
  '各项', '各有关', '有关部门', '相关部门', '有关单位', '各部门', '本地', '当地', '省委', '省政府', '市委',
  '市政府', '县委', '县政府', '区委', '区政府', '政府', '人民政府', '单位', '街道', '各乡', '各镇', '负责同志', '常务',
  // the formulas of a cover notice that hands a document on (现将…印发给你们,请结合实际认真贯彻执行)
  '现将', '现予', '印发给', '转发给', '你们', '同意', '请', '经', '认真贯彻', '认真执行', '贯彻执行', '遵照执行',
  '执行', '结合实际', '实际', '文件精神', '精神',
  // the closing formula of a 领导小组 notice (成员如有变动,由其所在单位接任领导自然替补)
  '今后', '变动', '接任', '替补',
];

/**
 * The guiding political formulas that open or frame a 公文 whatever it is about: those of the
 * 中国共产党章程 and of the 政府工作报告 openings (以…为指导, 党的二十大精神, 两个确立, 四个意识 …).
 * Two documents that both write them reuse nothing of each other's.
 */
// prettier-ignore
export const GUIDING_FORMULAS: readonly string[] = [
  '习近平新时代中国特色社会主义思想', '新时代中国特色社会主义', '中国特色社会主义', '习近平总书记', '习近平',
  '马克思列宁主义', '毛泽东思想', '邓小平理论', '三个代表', '重要思想', '科学发展观', '新时代',
  '两个确立', '两个维护', '四个意识', '四个自信', '五位一体', '四个全面', '中国式现代化',
  '党中央', '决策部署', '重要讲话', '重要指示', '伟大旗帜',
];

/**
 * Set phrases cut out of the text whole before its keywords are counted (their pieces, 中国,
 * 特色, 时代, 思想, would otherwise rank high): the guiding formulas, the state's name that opens
 * every law title cited (《中华人民共和国水法》), adverbial set phrases (最大程度, 更大程度), and the
 * formulas of a 领导小组 notice (以下简称, 如有变动, 所在单位 … 自然替补).
 */
// prettier-ignore
export const STOCK_PHRASES: readonly string[] = [
  ...GUIDING_FORMULAS,
  '中华人民共和国', '最大程度', '最大限度', '更大程度',
  '以下简称', '如有变动', '所在单位', '自然替补',
];

/**
 * Congresses, plenums and sessions named by number (党的二十大, 二十届三中全会, 十三届人大二次
 * 会议, 第四次全体会议): the number says when, not what.
 */
export const SESSION_NUMBER =
  /(?:党的)?(?:十[六七八九]|二十)大|第?[一二三四五六七八九十]{1,3}届(?:[一二三四五六七八九]中全会)?|第?[一二三四五六七八九十]{1,3}次(?=会议|全体会议|全会|常务会议)/g;
