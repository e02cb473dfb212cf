/**
 * Words of the 主送机关 line (GB/T 9704-2012, 7.3.3: 主送机关 are named by full name, standard
 * short name or a collective name of organs of one type, separated by 、 and ,). A line such as
 * "各州、县人民政府" lists places that share the organ named after the last of them, and
 * "市政府各委、办、局" lists organ kinds that share the head before the first: the pieces
 * between 、 are then not recipients on their own.
 */

/**
 * Administrative levels (中央, then the levels of GB/T 2260 行政区划代码 and of the
 * Constitution, art. 30, with the usual collective forms of 公文: 地级以上市, 市州, 县市区). A piece made only of them,
 * perhaps after 各 and with a parenthesis (各州, 自治区, 县(市、区)), names places, not organs.
 */
export const ADMIN_LEVEL_WORDS = [
  '中央',
  '省',
  '自治区',
  '直辖市',
  '特别行政区',
  '市',
  '地级市',
  '地级以上市',
  '设区的市',
  '县级市',
  '地区',
  '州',
  '自治州',
  '盟',
  '县',
  '自治县',
  '区',
  '旗',
  '自治旗',
  '林区',
  '特区',
  '乡',
  '民族乡',
  '镇',
  '苏木',
  '街道',
] as const;

/**
 * Kinds of organ written without a head of their own after another recipient ("…各委、办、局",
 * "…人民政府、党委", "…各部门、直属单位"): the suffixes of organ names (党政机关 机构名称: 人民政府, 党委,
 * 委员会, 厅, 局, 处, 科 …) and the collective nouns of 主送机关 (部门, 单位, 直属机构).
 */
export const BARE_ORGAN_WORDS = [
  '人民政府',
  '政府',
  '党委',
  '党工委',
  '工委',
  '委',
  '办',
  '厅',
  '局',
  '室',
  '处',
  '科',
  '署',
  '院',
  '部',
  '委员会',
  '管委会',
  // 管委 of 开发区 and 园区, named short beside their 工委 (…工委、管委)
  '管委',
  '管理委员会',
  '办事处',
  '部门',
  '单位',
  // the 中心 and 公司 of a government's units, listed with its 委、办、局 (…各委、办、局、中心)
  '中心',
  '公司',
  '机构',
  '直属机构',
  '直属单位',
  '派出机构',
  // the courts and procuratorates a government and its court address together (…人民政府、法院)
  '法院',
  '人民法院',
  '检察院',
  '人民检察院',
] as const;

/**
 * Kinds of 单位 that a recipients line lists before the one word they share ("各机关、事业单位",
 * "各事业、企业单位": 机关单位, 事业单位, 企业单位, 社会团体 in 事业单位登记管理暂行条例 usage).
 */
export const UNIT_KINDS = ['机关', '事业', '企业', '团体', '社会团体'] as const;

/**
 * The characters a notice's first sentence opens with after its 主送 line: 《…》已经…, 为…, 根据…,
 * 经…, 现将…, 按照…, 近年来… (the openings of 印发/转发 notices and 实施意见, read off the State
 * Council's and provinces' notices): a page that runs 主送 or an issuer into that sentence is cut there.
 */
export const NOTICE_FIRST_CHARACTERS = '《为根经现按近';
