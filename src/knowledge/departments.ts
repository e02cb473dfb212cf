/**
 * Government departments as 公文 name them: a taxonomy of functions, the names each function's
 * body carries (full and abbreviated, at every level), bodies that combine functions, and bodies
 * that a reform replaced.
 *
 * Sources:
 * - 国务院机构改革方案 (2018, 第十三届全国人大一次会议) and the provincial and local 机构改革方案
 *   that followed it (2018–2019), which named the successor bodies (卫生健康委, 自然资源和规划局,
 *   农业农村局, 文化广电和旅游局, 市场监督管理局, 应急管理局, 退役军人事务局, 医疗保障局 …);
 * - the earlier reforms they build on: 2008 (人力资源和社会保障部, 住房和城乡建设部) and 2013
 *   (国家卫生和计划生育委员会, 国家新闻出版广电总局), both 国务院机构改革和职能转变方案;
 * - 党和国家机构改革方案 (2023): 国家金融监督管理总局 replacing 银保监会, 国家数据局, the party
 *   committees' 社会工作部;
 * - 国务院机构改革方案 (2003): 国家发展和改革委员会 replacing 国家发展计划委员会;
 * - the naming patterns of local bodies (局 at city and county level, 厅 in a province, 委 for
 *   commissions, 办 for offices) and the abbreviations common in 公文 usage (发改委, 人社局,
 *   卫健委, 住建局, 文广旅局 …);
 * - GB/T 2260 (行政区划代码) for the provincial-level divisions;
 * - 国务院关于机构设置的通知 (国发〔2018〕6号): the institutions directly under the State Council
 *   (中国科学院 …) and 科学技术部's second name 国家外国专家局;
 * - the 督查室 (督查考核办公室) of governments' and party committees' general offices, to which
 *   notices have work reported (common 公文 usage);
 * - 国务院机构改革方案 (2008): 交通运输部 replacing 交通部, 环境保护部 replacing 国家环境保护总局,
 *   the offices for western development and for the north-east merged into 国家发展和改革委员会,
 *   国家国防科技工业局 replacing 国防科工委; 2021: 国家乡村振兴局 replacing 国务院扶贫办;
 * - 人民法院组织法 and 人民检察院组织法 (最高 / 高级 / 中级 / 基层 courts; procuratorates at the
 *   same levels);
 * - 兵役法 (the 人民武装部 of counties, townships and streets, 人武部 for short) and 人民武装警察法
 *   (武警 总队 / 支队 / 大队 / 中队 at province, city and county level);
 * - 关于省以下环保机构监测监察执法垂直管理制度改革试点工作的指导意见 (中办 国办, 2016): a county's
 *   environment bureau became a branch of the city's, named X生态环境分局 or by the county alone;
 * - the names of Shanghai's municipal bodies after its 2018 机构改革方案 and the short forms its
 *   notices use (市经济信息化委, 市规划资源局, 市住房城乡建设管理委, 市绿化市容局), forms other
 *   cities' bodies share (that Shanghai's 绿化市容局 is also its 林业局 is its own arrangement, not
 *   read into the name);
 * - 全国老龄工作委员会 and the local 老龄工作委员会 (老龄委), whose office (老龄办) sits in the
 *   卫生健康 body since the 2018 reform; so do the 爱国卫生运动委员会 (爱卫会) of every level, set up
 *   under 国务院's 爱国卫生运动委员会 (1952), and its office (爱卫办);
 * - the county 机构改革方案 of 2019, which merged 文化, 体育, 广电 and 旅游 into one bureau
 *   (文化体育广电和旅游局), kept 经济贸易 with 科学技术 (经济贸易和科学技术局), and turned the
 *   county 地震局 into a 地震监测服务中心 or 防震减灾服务中心;
 * - 中央军民融合发展委员会 (2017) and the party committees' 军民融合发展委员会 of provinces, cities and
 *   counties, whose offices (军民融合办) the 2018–2019 机构改革方案 placed with the 发展改革 body;
 * - the short forms of merged local bureaus in 公文 usage: 交运局 (交通运输局), 文广旅体局
 *   (文化广电旅游体育局), 经贸投促局 (经济贸易和投资促进局), 经商局 (经济商务局), 商金中心, and 经开区
 *   for 经济技术开发区; 行政服务中心, the older name of the local 政务服务中心;
 * - the standard organisation of a township (乡镇机构改革 plans of the 2000s and the 乡镇 综合设置 that
 *   followed): its stations and offices, the 七站八所 (林业站, 农技站, 水利站, 畜牧兽医站, 财政所,
 *   国土所, 司法所, 派出所, 劳动保障所 …), and the offices set up inside its government (党政综合办公室,
 *   社会事务办公室, 经济发展办公室, 民政办公室), besides the 综治办 and 生态办 that every tier keeps.
 *
 * Names are given without a place or level prefix (民政局, not 市民政局): the prefix gives the
 * level and is read separately.
 */

/** Administrative level of a body, as in the output contract. */
export type AdminLevel = 'national' | 'provincial' | 'municipal' | 'district-county' | 'township-street';

/** A government function and the names of the bodies that carry it today. */
export interface DepartmentFunction {
  /** Canonical id in Chinese (发展改革, 卫生健康 …). */
  readonly id: string;
  /** Names at any level, full and abbreviated (局, 委, 办, 中心 …). */
  readonly names: readonly string[];
  /** Names that are themselves provincial (厅) bodies. */
  readonly provincial?: readonly string[];
  /** Names that are themselves national (部, 署, 总局) bodies. */
  readonly national?: readonly string[];
}

/** One body that carries several functions (教体局 = 教育 + 体育), or a body a reform replaced. */
export interface DepartmentBody {
  readonly names: readonly string[];
  /** Functions, the primary one first. */
  readonly functions: readonly string[];
  /** Year the reform that replaced the body took effect; its functions passed to `functions`. */
  readonly replacedIn?: number;
  readonly provincial?: readonly string[];
  readonly national?: readonly string[];
  /** Level the name itself implies for `names` (团市委, 消防救援支队). */
  readonly level?: AdminLevel;
}

/** Current functions and their bodies' names. */
export const DEPARTMENT_FUNCTIONS: readonly DepartmentFunction[] = [
  {
    id: '发展改革',
    names: [
      '发展和改革委员会',
      '发展改革委员会',
      '发展和改革委',
      '发展改革委',
      '发改委',
      '发展和改革局',
      '发展改革局',
      '发改局',
    ],
  },
  { id: '民政', names: ['民政局'], provincial: ['民政厅'], national: ['民政部'] },
  {
    id: '卫生健康',
    names: ['卫生健康委员会', '卫生健康委', '卫健委', '卫生健康局', '卫生和健康局', '卫健局'],
    provincial: ['卫生健康厅'],
  },
  { id: '财政', names: ['财政局'], provincial: ['财政厅'], national: ['财政部'] },
  {
    id: '人力资源社会保障',
    names: ['人力资源和社会保障局', '人力资源社会保障局', '人社局'],
    provincial: ['人力资源和社会保障厅', '人力资源社会保障厅', '人社厅'],
    national: ['人力资源和社会保障部', '人力资源社会保障部', '人社部'],
  },
  { id: '教育', names: ['教育局', '教育委员会', '教委'], provincial: ['教育厅'], national: ['教育部'] },
  {
    id: '科技',
    names: ['科学技术局', '科技局', '科学技术委员会', '科技委员会', '科委', '科技创新委员会', '科创委'],
    provincial: ['科学技术厅', '科技厅'],
    national: ['科学技术部', '科技部'],
  },
  {
    id: '工业和信息化',
    names: [
      '工业和信息化局',
      '工业和信息化委员会',
      '工业和信息化委',
      '工业信息化局',
      '工信局',
      '工信委',
      '经济和信息化局',
      '经济和信息化委员会',
      '经济和信息化委',
      '经信局',
      '经信委',
    ],
    provincial: ['工业和信息化厅', '工信厅', '经济和信息化厅', '经信厅'],
    national: ['工业和信息化部', '工信部'],
  },
  {
    id: '文化和旅游',
    names: ['文化和旅游局', '文化旅游局', '文旅局', '文化和旅游委员会', '文化旅游委员会', '文旅委'],
    provincial: ['文化和旅游厅', '文旅厅'],
    national: ['文化和旅游部', '文旅部'],
  },
  { id: '体育', names: ['体育局'], national: ['体育总局'] },
  { id: '商务', names: ['商务局', '商务委员会', '商务委'], provincial: ['商务厅'], national: ['商务部'] },
  {
    id: '住房城乡建设',
    names: [
      '住房和城乡建设局',
      '住房城乡建设局',
      '住建局',
      '住房和城乡建设委员会',
      '住房城乡建设委员会',
      '住房城乡建设委',
      '住建委',
      // the names some cities give it (住房和城市建设局; 住房和建设局, 深圳): without them the
      // 市 of 城市 would read as a level word before 建设局
      '住房和城市建设局',
      '住房和建设局',
      // commissions that also manage housing and the city's building stock (上海)
      '住房和城乡建设管理委员会',
      '城乡建设局',
      '建设局',
      '建设委员会',
      '建委',
      // 住房保障 and 房屋管理 offices and bureaus, which the 2018 reforms folded into 住建.
      '住房保障办公室',
      '住房保障局',
      '住房保障和房屋管理局',
      '住房保障和房产管理局',
      '房屋管理局',
      '房产管理局',
      '房管局',
    ],
    provincial: ['住房和城乡建设厅', '住房城乡建设厅', '住建厅'],
    national: ['住房和城乡建设部', '住房城乡建设部', '住建部'],
  },
  {
    id: '自然资源',
    names: [
      '自然资源局',
      '自然资源和规划局',
      '自然资源规划局',
      '规划和自然资源局',
      '自然资源和规划委员会',
      '规划和自然资源委员会',
      '规划和自然资源委',
      // the short form of 规划和自然资源局 (上海)
      '规划资源局',
    ],
    provincial: ['自然资源厅', '自然资源和规划厅'],
    national: ['自然资源部'],
  },
  {
    id: '生态环境',
    // 生态办: the 生态环境 (or 生态文明建设) office of a township or county (镇生态办)
    names: ['生态环境局', '生态环境办公室', '生态办'],
    provincial: ['生态环境厅'],
    national: ['生态环境部'],
  },
  {
    id: '农业农村',
    // The party committee's 农村工作领导小组办公室 (农办) has sat with the 农业农村 body since 2018.
    names: ['农业农村局', '农业农村委员会', '农业农村委', '农村工作领导小组办公室', '农村工作办公室', '农办'],
    provincial: ['农业农村厅'],
    national: ['农业农村部'],
  },
  { id: '水利', names: ['水利局', '水务局', '水利水电局'], provincial: ['水利厅'], national: ['水利部'] },
  {
    id: '交通运输',
    names: [
      '交通运输局',
      '交通局',
      '交运局',
      '交通运输委员会',
      '交通运输委',
      '交通委',
      '港务局',
      '港口管理局',
      '港航管理局',
    ],
    provincial: ['交通运输厅', '交通厅'],
    national: ['交通运输部'],
  },
  {
    id: '市场监管',
    // 市场局 is the short form some cities use (区市场局).
    names: ['市场监督管理局', '市场监管局', '市场局'],
    // 国家标准化管理委员会 is a second name of 市场监管总局 since 2018.
    national: ['市场监督管理总局', '市场监管总局', '标准化管理委员会', '标准委'],
  },
  { id: '税务', names: ['税务局'], national: ['税务总局'] },
  {
    id: '金融监管',
    names: ['金融监管局'],
    national: ['金融监督管理总局', '金融监管总局'],
  },
  { id: '行政审批', names: ['行政审批局', '行政审批服务局', '审批局', '审批服务局'] },
  { id: '医疗保障', names: ['医疗保障局', '医保局'] },
  { id: '应急管理', names: ['应急管理局', '应急局'], provincial: ['应急管理厅'], national: ['应急管理部'] },
  { id: '公安', names: ['公安局'], provincial: ['公安厅'], national: ['公安部'] },
  { id: '司法', names: ['司法局'], provincial: ['司法厅'], national: ['司法部'] },
  { id: '审计', names: ['审计局'], provincial: ['审计厅'], national: ['审计署'] },
  { id: '统计', names: ['统计局', '调查队'] },
  {
    id: '退役军人事务',
    names: ['退役军人事务局', '退役军人局'],
    provincial: ['退役军人事务厅'],
    national: ['退役军人事务部'],
  },
  { id: '林业和草原', names: ['林业和草原局', '林草局', '林业局'] },
  { id: '粮食和物资储备', names: ['粮食和物资储备局', '粮食和储备局', '粮储局'] },
  {
    id: '地方金融',
    names: [
      '地方金融监督管理局',
      '地方金融监管局',
      '地方金融管理局',
      '金融工作局',
      '金融服务办公室',
      '金融服务局',
      '金融局',
    ],
  },
  { id: '网信', names: ['网络安全和信息化委员会办公室', '互联网信息办公室', '网信办'] },
  { id: '宣传', names: ['宣传部', '宣传办', '新闻办公室', '新闻办'], national: ['中宣部'] },
  { id: '组织', names: ['组织部'], national: ['中组部'] },
  { id: '统战', names: ['统一战线工作部', '统战部'] },
  // 中共X省委办公厅 at provincial level, 市委办公室 / 县委办 below it.
  { id: '党委办公室', names: ['委办公室', '委办公厅', '委办'] },
  {
    id: '政府办公室',
    // 府办: 政府 is contracted to 府 after a level word (市府办, 县府办).
    names: ['人民政府办公室', '政府办公室', '政府办', '府办', '人民政府办公厅', '政府办公厅', '管委会办公室'],
    national: ['国务院办公厅'],
  },
  // The 督查室 of a government's or party committee's general office (督查考核办公室, 督考办 in some
  // cities), which follows up the work assigned (报市政府督查室, 市政府督考办要加强督查).
  {
    id: '督查',
    names: [
      '人民政府督查室',
      '政府督查室',
      '委督查室',
      '督查室',
      '人民政府督查考核办公室',
      '政府督查考核办公室',
      '督查考核办公室',
      '政府督考办',
      '督考办',
    ],
  },
  { id: '住房公积金', names: ['住房公积金管理中心', '公积金管理中心', '公积金中心', '住房公积金管理委员会'] },
  {
    id: '城市管理',
    names: [
      '城市管理局',
      '城管局',
      '城市管理综合执法局',
      '城市管理和综合执法局',
      '城市管理行政执法局',
      '城管执法局',
      '综合行政执法局',
      '综合执法局',
      '城市管理委员会',
      '城管委',
      '市政管理局',
      '市政公用局',
      '市政局',
      // 市政 and 园林 bureaus were merged into 城市管理 in most cities' 2018–2019 reform plans
      '市政园林管理局',
      '市政园林局',
      '园林管理局',
      '园林局',
    ],
  },
  { id: '国资', names: ['国有资产监督管理委员会', '国资委', '国有资产管理局', '国资局'] },
  { id: '供销', names: ['供销合作社联合社', '供销合作社', '供销联社', '供销社'] },
  { id: '残联', names: ['残疾人联合会', '残联'] },
  { id: '妇联', names: ['妇女联合会', '妇联'] },
  { id: '工会', names: ['总工会', '工会'] },
  { id: '红十字会', names: ['红十字会'] },
  { id: '团委', names: ['团委', '共青团委员会'] },
  { id: '消防', names: ['消防救援局'] },
  { id: '人民武装', names: ['人民武装部', '人武部'] },
  // its units are named by prefix, place and unit word (武警X支队): see VERTICAL_BODIES
  { id: '武警', names: ['武装警察部队', '武警部队'] },
  { id: '科协', names: ['科学技术协会', '科协'] },
  { id: '工商联', names: ['工商业联合会', '工商联'] },
  { id: '海关', names: ['海关'], national: ['海关总署'] },
  { id: '海事', names: ['海事局'] },
  { id: '气象', names: ['气象局'] },
  { id: '电力', names: ['供电公司', '供电分公司', '供电局', '电力公司', '电业局'] },
  { id: '广播电视', names: ['广播电视局', '广电局'], national: ['广播电视总局', '广电总局'] },
  { id: '新闻出版', names: ['新闻出版局', '版权局'], national: ['新闻出版署'] },
  {
    id: '外事',
    names: ['外事办公室', '外事办', '外办', '外事侨务办公室', '外侨办'],
    national: ['外交部'],
  },
  { id: '港澳事务', names: ['港澳事务办公室', '港澳办'] },
  { id: '侨务', names: ['侨务办公室', '侨办'] },
  { id: '移民管理', names: ['移民管理局', '移民局'] },
  { id: '民航', names: ['民用航空局', '民航局', '民航管理局'] },
  { id: '台湾事务', names: ['台湾事务办公室', '台办'] },
  { id: '信访', names: ['信访局', '信访办公室', '信访办'] },
  { id: '人民银行', names: ['人民银行'] },
  // 国家外汇管理局 and its branches (省外汇管理局, X市中心支局), managed with 人民银行.
  { id: '外汇管理', names: ['外汇管理局', '外汇局'] },
  { id: '证券监管', names: ['证监局'], national: ['证监会', '证券监督管理委员会'] },
  { id: '药品监管', names: ['药品监督管理局', '药品监管局', '药监局'] },
  { id: '知识产权', names: ['知识产权局'] },
  {
    id: '民族宗教',
    names: [
      '民族宗教事务局',
      '民族宗教事务委员会',
      '民族宗教局',
      '民宗局',
      '民宗委',
      '民族事务委员会',
      '民委',
      '宗教事务局',
      '宗教局',
    ],
  },
  {
    id: '机关事务',
    names: ['机关事务管理局', '机关事务局', '机关事务服务中心', '机关事务管理中心', '机关事务中心'],
  },
  // 2023: 中央社会工作部 and the local party committees' 社会工作部 that followed it.
  { id: '社会工作', names: ['社会工作部', '社会工作委员会', '社工委'] },
  { id: '档案', names: ['档案局', '档案馆'] },
  {
    id: '数据管理',
    names: ['数据局', '大数据局', '大数据管理局', '大数据发展管理局', '数据资源管理局', '大数据中心'],
  },
  {
    id: '政务服务',
    // 行政服务中心: the name most local centres had before they became 政务服务中心
    names: [
      '政务服务管理局',
      '政务服务局',
      '政务服务中心',
      '行政服务中心',
      '政务服务管理办公室',
      '政务服务办公室',
      '政务办',
    ],
  },
  { id: '邮政管理', names: ['邮政管理局'] },
  { id: '烟草专卖', names: ['烟草专卖局'] },
  { id: '地震', names: ['地震局', '地震监测服务中心', '防震减灾服务中心'] },
  { id: '人民防空', names: ['人民防空办公室', '人防办公室', '人防办'] },
  { id: '机构编制', names: ['机构编制委员会办公室', '编委办', '编办'] },
  // 纪工委: the 纪律检查工作委员会 of a 党工委 (开发区, 实验区)
  {
    id: '纪检监察',
    names: ['纪律检查委员会', '纪委监委', '纪委', '监察委员会', '监委', '纪律检查工作委员会', '纪工委'],
  },
  // the 社会治安综合治理 office of every tier, under the 政法委 (县综治办, 镇综治办)
  { id: '政法', names: ['政法委员会', '政法委', '社会治安综合治理办公室', '综治办'] },
  { id: '老干部', names: ['老干部局'] },
  { id: '老龄工作', names: ['老龄工作委员会办公室', '老龄工作委员会', '老龄委', '老龄办'] },
  {
    id: '爱国卫生',
    names: ['爱国卫生运动委员会办公室', '爱国卫生运动委员会', '爱卫会', '爱卫办'],
  },
  { id: '保密', names: ['保密局'] },
  { id: '中医药', names: ['中医药管理局', '中医药局'] },
  { id: '能源', names: ['能源局'] },
  { id: '文物', names: ['文物局'] },
  { id: '疾病预防控制', names: ['疾病预防控制局', '疾控局', '疾病预防控制中心', '疾控中心'] },
  {
    id: '投资促进',
    names: ['投资促进局', '投促局', '招商局', '招商引资局', '投资促进中心', '招商服务中心', '招商中心'],
  },
  // 开发区 and 综合实验区 bodies that hold a county's social portfolios under one roof.
  { id: '社会事业', names: ['社会事业局', '社会事业发展局', '社会事务局'] },
  { id: '园区管理', names: ['管委会'] },
  { id: '人民法院', names: ['人民法院', '法院'] },
  { id: '人民检察院', names: ['人民检察院', '检察院'] },
  // The party committees' 政策研究室 (市委政研室), also a government's.
  { id: '政策研究', names: ['政策研究室', '政研室'] },
  // The party committees' 军民融合发展委员会 and its office (市委军民融合办), set up after 2017.
  {
    id: '军民融合',
    names: ['军民融合发展委员会办公室', '军民融合发展委员会', '军民融合办公室', '军民融合办', '军民融合委'],
  },
  // 国防科技工业办公室 of the provinces and larger cities, under 国家国防科技工业局 since 2008.
  {
    id: '国防科技工业',
    names: ['国防科技工业办公室', '国防科工办', '国防科技工业局', '国防科工局'],
  },
  // 2021: 国家乡村振兴局 replaced 国务院扶贫办; in 2023 its work passed back to 农业农村 bodies.
  { id: '乡村振兴', names: ['乡村振兴局'] },
  // 中国科学院, an institution directly under the State Council (国务院直属事业单位), a member of
  // national leading groups on science and industry.
  { id: '科学院', names: [], national: ['中国科学院', '中科院'] },
];

/** Current bodies that carry several functions, as local 机构改革方案 name them. */
export const COMBINED_BODIES: readonly DepartmentBody[] = [
  { names: ['教体局', '教育和体育局', '教育体育局'], functions: ['教育', '体育'] },
  { names: ['教文体局', '教育文化体育局'], functions: ['教育', '文化和旅游', '体育'] },
  { names: ['教科局', '教育科技局', '教育和科技局', '教育科学技术局'], functions: ['教育', '科技'] },
  {
    names: ['科工局', '科技和工业信息化局', '科学技术和工业信息化局', '科技工业信息化局', '科技工信局'],
    functions: ['科技', '工业和信息化'],
  },
  { names: ['工信科技局', '工业和信息化科技局'], functions: ['工业和信息化', '科技'] },
  // 科技和信息化局: cities that joined 科技 with 信息化 rather than with 工业.
  {
    names: ['科学技术和信息化局', '科技和信息化局', '科技信息化局', '科信局'],
    functions: ['科技', '工业和信息化'],
  },
  // 规划建设局 of counties, 开发区 and 新区: planning and construction under one roof.
  { names: ['规划建设局', '规划建设委员会'], functions: ['自然资源', '住房城乡建设'] },
  { names: ['科技文体局', '科技文化体育局'], functions: ['科技', '文化和旅游', '体育'] },
  // 经济发展局 of 开发区 and 功能区 hold 发改, 工信 and 商务 together.
  { names: ['经济发展局', '经发局'], functions: ['发展改革', '工业和信息化', '商务'] },
  { names: ['财政金融局', '财金局'], functions: ['财政', '地方金融'] },
  {
    names: ['文广旅局', '文化广电和旅游局', '文化广电旅游局', '文化广播电视和旅游局'],
    functions: ['文化和旅游', '广播电视'],
    provincial: ['文化广电和旅游厅'],
  },
  {
    names: ['文化广电新闻出版和旅游局', '文化广电新闻出版旅游局'],
    functions: ['文化和旅游', '广播电视', '新闻出版'],
  },
  {
    names: [
      '文广体旅局',
      '文广旅体局',
      '文化广电体育和旅游局',
      '文化广电旅游体育局',
      '文化广播电视体育和旅游局',
      '文化体育广电和旅游局',
      '文体广电和旅游局',
      '文体广旅局',
    ],
    functions: ['文化和旅游', '广播电视', '体育'],
  },
  {
    names: [
      '文体旅局',
      '文化体育和旅游局',
      '文化旅游体育局',
      '文化和旅游体育局',
      '文旅体局',
      '旅游文体局',
      '旅游与文化体育局',
      '文体局',
      '文化体育局',
    ],
    functions: ['文化和旅游', '体育'],
  },
  {
    names: ['交建局', '交通建设局', '交通与建设局', '交通和建设局', '交通运输和建设局'],
    functions: ['交通运输', '住房城乡建设'],
  },
  { names: ['资源生态局', '自然资源和生态环境局'], functions: ['自然资源', '生态环境'] },
  { names: ['农业农村和水利局', '农业农村水利局'], functions: ['农业农村', '水利'] },
  {
    names: ['政务服务和数据管理局', '政务服务数据管理局', '政务和数据局'],
    functions: ['政务服务', '数据管理'],
  },
  { names: ['商务和投资促进局', '商务投资促进局'], functions: ['商务', '投资促进'] },
  // 经济贸易 joined with 投资促进 in some districts' and counties' bureaus (经贸投促局)
  { names: ['经济贸易和投资促进局', '经贸投促局'], functions: ['商务', '投资促进'] },
  // 经济贸易 kept beside 科学技术 in some counties' 2019 plans (经贸和科技局 by the contractions)
  { names: ['经济贸易和科学技术局'], functions: ['工业和信息化', '商务', '科技'] },
  // 经济和信息化 joined with 商务 in some counties' 2019 plans (X区经济商务局, 经商局 for short)
  { names: ['经济商务局', '经商局'], functions: ['工业和信息化', '商务'] },
  // a county's service centre for commerce and finance, by its short form in 分工 lists
  { names: ['商金中心'], functions: ['商务', '地方金融'] },
  { names: ['党群工作部'], functions: ['组织', '宣传'] },
  // greening and city appearance under one bureau that is also the city's forestry bureau (上海)
  { names: ['绿化和市容管理局', '绿化市容局'], functions: ['城市管理'] },
];

/** Bodies whose name itself gives their level (团市委, 消防救援支队, 生态环境分局). */
export const LEVELLED_BODIES: readonly DepartmentBody[] = [
  { names: ['团中央'], functions: ['团委'], level: 'national' },
  { names: ['团省委'], functions: ['团委'], level: 'provincial' },
  { names: ['团市委'], functions: ['团委'], level: 'municipal' },
  { names: ['团区委', '团县委'], functions: ['团委'], level: 'district-county' },
  // 国家消防救援局 (2023) has 总队 / 支队 / 大队 at province, city and county level.
  { names: ['消防救援总队', '消防总队'], functions: ['消防'], level: 'provincial' },
  { names: ['消防救援支队', '消防支队'], functions: ['消防'], level: 'municipal' },
  { names: ['消防救援大队', '消防大队'], functions: ['消防'], level: 'district-county' },
  // After the 2018 vertical reform a county's environment bureau is a branch of the city's.
  { names: ['生态环境分局'], functions: ['生态环境'], level: 'district-county' },
  { names: ['公安分局'], functions: ['公安'], level: 'district-county' },
  { names: ['金融监管分局'], functions: ['金融监管'], level: 'municipal' },
  { names: ['金融监管支局'], functions: ['金融监管'], level: 'district-county' },
  // Courts and procuratorates: 最高 (national), 高级 (province), 中级 and 分院 (city).
  { names: ['最高人民法院'], functions: ['人民法院'], level: 'national' },
  { names: ['高级人民法院', '高级法院'], functions: ['人民法院'], level: 'provincial' },
  { names: ['中级人民法院', '中级法院'], functions: ['人民法院'], level: 'municipal' },
  { names: ['最高人民检察院'], functions: ['人民检察院'], level: 'national' },
  { names: ['人民检察院分院', '检察分院'], functions: ['人民检察院'], level: 'municipal' },
  // A city's 住房公积金管理中心 keeps a 分中心 in each county or district.
  {
    names: ['住房公积金管理分中心', '住房公积金分中心', '公积金管理分中心', '公积金分中心'],
    functions: ['住房公积金'],
    level: 'district-county',
  },
  // A township's stations and offices (the 七站八所 of the 乡镇机构改革 plans: 林业站, 农技站, 水利站,
  // 兽医站, 财政所, 国土所, 司法所, 派出所 …, and the offices a township sets up inside its
  // government: 党政综合办公室, 社会事务办公室, 经济发展办公室): no other tier's body bears these
  // names, so a town's plan names them without a level word (成员单位:林业站、派出所、财政所).
  { names: ['林业工作站', '林业站'], functions: ['林业和草原'], level: 'township-street' },
  {
    names: ['农业技术推广站', '农技站', '畜牧兽医站', '畜牧站', '兽医站', '农业综合服务中心', '农业服务中心'],
    functions: ['农业农村'],
    level: 'township-street',
  },
  { names: ['水利管理站', '水管站', '水利站'], functions: ['水利'], level: 'township-street' },
  { names: ['安全生产监督管理站', '安监站'], functions: ['应急管理'], level: 'township-street' },
  { names: ['财政管理所', '财政所'], functions: ['财政'], level: 'township-street' },
  { names: ['自然资源所', '自然资源管理所'], functions: ['自然资源'], level: 'township-street' },
  { names: ['司法所'], functions: ['司法'], level: 'township-street' },
  { names: ['公安派出所', '派出所'], functions: ['公安'], level: 'township-street' },
  { names: ['劳动保障所', '劳动保障服务所'], functions: ['人力资源社会保障'], level: 'township-street' },
  {
    names: ['党政综合办公室', '党政办公室'],
    functions: ['党委办公室', '政府办公室'],
    level: 'township-street',
  },
  { names: ['社会事务办公室'], functions: ['社会事业'], level: 'township-street' },
  { names: ['民政办公室'], functions: ['民政'], level: 'township-street' },
  {
    names: ['经济发展办公室', '经济办'],
    functions: ['发展改革', '工业和信息化', '商务'],
    level: 'township-street',
  },
];

/** Bodies that a reform replaced, with the functions of their successors. */
export const REPLACED_BODIES: readonly DepartmentBody[] = [
  // 2018: 国家卫生健康委员会 replaced 国家卫生和计划生育委员会.
  {
    names: ['卫生和计划生育委员会', '卫生计生委', '卫计委', '卫生和计划生育局', '卫生计生局', '卫计局'],
    functions: ['卫生健康'],
    replacedIn: 2018,
  },
  // 2013: 卫生部 and 人口计生委 merged into 卫生计生委.
  {
    names: ['卫生局', '人口和计划生育委员会', '人口计生委', '计生委', '人口计生局', '计生局'],
    functions: ['卫生健康'],
    replacedIn: 2013,
    provincial: ['卫生厅'],
    national: ['卫生部'],
  },
  // 2018: 自然资源部 took over 国土资源部, urban-rural planning and surveying.
  {
    names: [
      '国土资源局',
      '国土局',
      '国土资源和规划局',
      '国土资源和规划委员会',
      '城乡规划局',
      '规划局',
      '规划委员会',
      '规划委',
      '测绘地理信息局',
      '测绘地信局',
      '测绘局',
    ],
    functions: ['自然资源'],
    replacedIn: 2018,
    provincial: ['国土资源厅'],
    national: ['国土资源部'],
  },
  {
    names: ['环境保护局', '环保局'],
    functions: ['生态环境'],
    replacedIn: 2018,
    provincial: ['环境保护厅', '环保厅'],
    national: ['环境保护部', '环保部'],
  },
  {
    names: ['农牧局', '农牧业局', '农业畜牧局', '农业局', '农业委员会', '农委', '畜牧局', '畜牧兽医局'],
    functions: ['农业农村'],
    replacedIn: 2018,
    // (自治区农牧厅: the autonomous regions' department before 2018)
    provincial: ['农业厅', '农牧厅', '农牧业厅'],
    national: ['农业部'],
  },
  { names: ['农林局'], functions: ['农业农村', '林业和草原'], replacedIn: 2018 },
  // a township's 国土资源所, its 自然资源所 since the 2018 reform
  {
    names: ['国土资源管理所', '国土资源所', '国土所'],
    functions: ['自然资源'],
    replacedIn: 2018,
    level: 'township-street',
  },
  { names: [], functions: ['林业和草原'], replacedIn: 2018, provincial: ['林业厅'] },
  // 2018: 文化和旅游部 replaced 文化部 and 国家旅游局; local 文广新局 and 旅游委 merged likewise.
  {
    names: ['旅游发展委员会', '旅游发展委', '旅发委', '旅游委员会', '旅游委', '旅游局', '旅游发展局'],
    functions: ['文化和旅游'],
    replacedIn: 2018,
    provincial: ['旅游厅'],
  },
  {
    names: ['文化广电新闻出版局', '文广新局', '文化广电新闻出版旅游体育局'],
    functions: ['文化和旅游', '广播电视', '新闻出版'],
    replacedIn: 2018,
  },
  {
    names: ['文化局', '文化广电局', '文广局'],
    functions: ['文化和旅游'],
    replacedIn: 2018,
    provincial: ['文化厅'],
    national: ['文化部'],
  },
  {
    names: ['新闻出版广电局'],
    functions: ['广播电视', '新闻出版'],
    replacedIn: 2018,
    national: ['新闻出版广电总局'],
  },
  // 2018: 国家市场监督管理总局 took over 工商, 质监 and 食药监.
  {
    names: [
      '质量技术监督局',
      '质量监督局',
      '质监局',
      '工商行政管理局',
      '工商局',
      '食品药品监督管理局',
      '食品药品监管局',
      '食药监局',
      '食药局',
      '食品和市场监管局',
      '食品和市场监督管理局',
      '市场和质量监督管理局',
      '市场质监局',
    ],
    functions: ['市场监管'],
    replacedIn: 2018,
    national: [
      '质量监督检验检疫总局',
      '质检总局',
      '工商行政管理总局',
      '工商总局',
      '食品药品监督管理总局',
      '食药监总局',
    ],
  },
  { names: ['出入境检验检疫局', '检验检疫局'], functions: ['海关'], replacedIn: 2018 },
  // 2018: 银保监会 replaced 银监会 and 保监会; 2023: 国家金融监督管理总局 replaced 银保监会.
  {
    names: ['银监局', '银监分局', '保监局', '保监分局'],
    functions: ['金融监管'],
    replacedIn: 2018,
    national: ['银监会', '银行业监督管理委员会', '保监会', '保险监督管理委员会'],
  },
  {
    names: ['银保监局', '银保监分局', '银保监监管局'],
    functions: ['金融监管'],
    replacedIn: 2023,
    national: ['银保监会', '银行保险监督管理委员会'],
  },
  {
    names: ['银保监组', '银保监监管组'],
    functions: ['金融监管'],
    replacedIn: 2023,
    level: 'district-county',
  },
  {
    names: ['安全生产监督管理局', '安全监管局', '安监局'],
    functions: ['应急管理'],
    replacedIn: 2018,
    national: ['安全生产监督管理总局', '安全监管总局'],
  },
  { names: ['公安消防总队'], functions: ['消防'], replacedIn: 2018, level: 'provincial' },
  { names: ['公安消防支队'], functions: ['消防'], replacedIn: 2018, level: 'municipal' },
  { names: ['公安消防大队'], functions: ['消防'], replacedIn: 2018, level: 'district-county' },
  { names: ['科技创新局'], functions: ['科技'], replacedIn: 2018 },
  { names: ['金融工作办公室', '金融办'], functions: ['地方金融'], replacedIn: 2018 },
  { names: ['国家税务局', '国税局', '地方税务局', '地税局'], functions: ['税务'], replacedIn: 2018 },
  { names: ['粮食局'], functions: ['粮食和物资储备'], replacedIn: 2018 },
  { names: ['法制办公室', '法制办'], functions: ['司法'], replacedIn: 2018 },
  { names: ['监察局'], functions: ['纪检监察'], replacedIn: 2018 },
  // 2003: 国家发展计划委员会 became 国家发展和改革委员会; local 计委 and 发展计划局 followed.
  {
    names: ['发展计划委员会', '发展计划委', '计划委员会', '发展计划局', '计划局', '计委'],
    functions: ['发展改革'],
    replacedIn: 2003,
  },
  // 2018: 科学技术部 took over 国家外国专家局, whose name it keeps as a second one.
  { names: [], functions: ['科技'], replacedIn: 2018, national: ['外国专家局', '外专局'] },
  // 2008: 人力资源和社会保障部 replaced 人事部 and 劳动和社会保障部; 住房和城乡建设部 replaced 建设部.
  {
    names: ['人事局', '劳动和社会保障局', '劳动保障局'],
    functions: ['人力资源社会保障'],
    replacedIn: 2008,
    provincial: ['人事厅', '劳动和社会保障厅', '劳动保障厅'],
    national: ['人事部', '劳动和社会保障部', '劳动保障部'],
  },
  { names: [], functions: ['住房城乡建设'], replacedIn: 2008, provincial: ['建设厅'], national: ['建设部'] },
  // 1998: 劳动和社会保障部 replaced 劳动部; 1988: 劳动部 and 人事部 replaced 劳动人事部, and 水利部
  // and 能源部 (now 国家能源局) replaced 水利电力部 (国务院机构改革方案 1988, 1998).
  {
    names: ['劳动局'],
    functions: ['人力资源社会保障'],
    replacedIn: 1998,
    provincial: ['劳动厅'],
    national: ['劳动部'],
  },
  { names: [], functions: ['人力资源社会保障'], replacedIn: 1988, national: ['劳动人事部'] },
  { names: [], functions: ['水利', '能源'], replacedIn: 1988, national: ['水利电力部', '水电部'] },
  { names: [], functions: ['交通运输'], replacedIn: 2013, national: ['铁道部'] },
  // 2008: 交通运输部 replaced 交通部; 环境保护部 replaced 国家环境保护总局.
  { names: [], functions: ['交通运输'], replacedIn: 2008, national: ['交通部'] },
  { names: [], functions: ['生态环境'], replacedIn: 2008, national: ['环境保护总局', '环保总局'] },
  // 2008: the State Council's offices for western development and for the north-east's old
  // industrial bases were merged into 国家发展和改革委员会.
  {
    names: [],
    functions: ['发展改革'],
    replacedIn: 2008,
    national: [
      '西部地区开发领导小组办公室',
      '西部开发办',
      '振兴东北地区等老工业基地领导小组办公室',
      '振兴东北办',
    ],
  },
  {
    names: [],
    functions: ['国防科技工业'],
    replacedIn: 2008,
    national: ['国防科学技术工业委员会', '国防科工委'],
  },
  // 2008: local 经济贸易委员会 (经贸委) were split between 经济和信息化 and 商务 bodies after the
  // reform that created 工业和信息化部 (the national 经贸委 had been abolished in 2003).
  {
    names: ['经济贸易委员会', '经济贸易局', '经贸局'],
    functions: ['工业和信息化', '商务'],
    replacedIn: 2008,
  },
  // 2018: the 国土 side of 国土资源和房屋管理局 went to 自然资源, the 房管 side to 住建.
  {
    names: ['国土资源和房屋管理局', '国土资源房屋管理局'],
    functions: ['自然资源', '住房城乡建设'],
    replacedIn: 2018,
  },
  // 2021: 国家乡村振兴局 replaced 国务院扶贫开发领导小组办公室 (扶贫办) and the local 扶贫办 / 扶贫局
  // (in some provinces 扶贫和移民工作局, which also resettled reservoir migrants).
  {
    names: [
      '扶贫开发领导小组办公室',
      '扶贫开发办公室',
      '扶贫办公室',
      '扶贫办',
      '扶贫开发局',
      '扶贫局',
      '扶贫和移民工作局',
      '扶贫移民局',
    ],
    functions: ['乡村振兴'],
    replacedIn: 2021,
  },
];

/**
 * Contractions 公文 make inside a body's name (common usage: 市人力社保局 for
 * 市人力资源和社会保障局, 住保办 for 住房保障办公室, 国土房管局 for 国土资源和房屋管理局, 经贸委 for
 * 经济贸易委员会; 办 for 办公室 and 委 for 委员会 in every name; the 和 between two functions
 * dropped, as the short names of the State Council's bodies drop it: 国家发展改革委,
 * 住房城乡建设部, and local ones likewise: 市经济信息化委). Every name of the tables above is
 * also known in each form these give, with the same functions and level.
 */
export const NAME_CONTRACTIONS: readonly (readonly [full: string, short: string])[] = [
  ['人力资源和社会保障', '人力社保'],
  ['人力资源社会保障', '人力社保'],
  ['国土资源和房屋管理', '国土房管'],
  ['住房保障', '住保'],
  ['经济贸易', '经贸'],
  ['科学技术', '科技'],
  ['办公室', '办'],
  ['委员会', '委'],
  ['和', ''],
];

/**
 * A function's bodies named as a sector (common 公文 usage: 民政部门, 县国土部门, 市卫生计生部门 for
 * "the 民政 department(s)"): the stem of a body's name, its last character (局, 委, 厅, 办) dropped,
 * before 部门, or before the nouns laws and regulations name it with (县级以上人民政府教育行政部门,
 * 卫生健康主管部门, 城乡建设行政主管部门: the wording of PRC laws and the 办法 that implement them). Such a name carries the body's functions (国土部门 those of 国土局, replaced by
 * 自然资源 in 2018) and no level of its own; a level word before it gives one. Stems whose 部门 names
 * departments at large are none: 政务部门 (every government department, in 政务公开 usage), 党政部门
 * and 经济部门 (the party and government departments, those of the economy: not a township's 党政办
 * or 经济办), and
 * those that 公文 use for whichever body or office does the work (项目审批部门, 金融部门 for the
 * banks, 各单位人事部门, 计划部门 and 新闻部门 likewise) or for a firm's (市场部门). 监察部门 stays:
 * 审计、财政、监察部门负责 names the 监察局 beside other bodies.
 */
export const SECTOR_NAMING: {
  readonly endings: string;
  readonly nouns: readonly string[];
  readonly generalStems: readonly string[];
} = {
  endings: '局委厅办',
  nouns: ['部门', '行政部门', '主管部门', '行政主管部门', '行政管理部门'],
  generalStems: ['政务', '党政', '经济', '审批', '金融', '人事', '市场', '计划', '新闻'],
};

/**
 * Sectors named by the term of the law that sets their bodies up (人民警察法: 公安机关; 审计法:
 * 审计机关; 税收征收管理法: 税务机关), by function.
 */
export const SECTOR_TERMS: readonly (readonly [term: string, functionId: string])[] = [
  ['公安机关', '公安'],
  ['审计机关', '审计'],
  ['税务机关', '税务'],
];

/**
 * A 局's branch one level down (市工商局 → 工商分局 in a district; 公安分局, 规划分局): the name
 * with 分局 for 局 carries the same functions, and is a district or county body unless a level
 * word says otherwise.
 */
export const BRANCH_OFFICE: { readonly of: string; readonly branch: string; readonly level: AdminLevel } = {
  of: '局',
  branch: '分局',
  level: 'district-county',
};

/**
 * Bodies whose branch in a county or district is named by its place alone, with no level word
 * (X生态环境局: the city bureau's branch in county X since the vertical reform of environment
 * bodies, see the sources above), with the level a bare place before them gives.
 */
export const PLACE_NAMED_BRANCHES: ReadonlyMap<string, AdminLevel> = new Map([
  ['生态环境局', 'district-county'],
]);

/**
 * A government named by its place: X区人民政府, 县政府, or, as a unit in a responsibility list or
 * roster, the place alone (X区, X县). Its function is `id`; its level is the level word's.
 */
export const GOVERNMENT = {
  id: '人民政府',
  organs: ['人民政府', '政府'],
  /**
   * Words before 区 that make it an area, not a district (示范区, 开发区, 城区 …): a place alone
   * names a government only without them.
   */
  areaWords: [
    '开发',
    // 经开区, the usual short form of 经济技术开发区 (X经开区管委会)
    '经开',
    '示范',
    '试验',
    '实验',
    '功能',
    '保护',
    '风景',
    '核心',
    '先行',
    '集聚',
    '自贸',
    '保税',
    '工业',
    '产业',
    '商业',
    '城',
    '市',
    '郊',
    '山',
    '老',
    '库',
    '林',
    '港',
    '特',
    '新',
    '湾',
  ],
} as const;

/**
 * Words that give the level of the body named after them, read from the end of a name's prefix
 * (国家税务总局X市 → 市). Longer words first, so that 自治区 is not read as 区.
 */
export const LEVEL_MARKERS: readonly (readonly [string, AdminLevel])[] = [
  ['中共中央', 'national'],
  ['国务院', 'national'],
  ['自治区', 'provincial'],
  ['自治州', 'municipal'],
  ['自治县', 'district-county'],
  ['自治旗', 'district-county'],
  ['县级市', 'district-county'],
  ['国家', 'national'],
  ['中央', 'national'],
  ['全国', 'national'],
  ['中国', 'national'],
  ['地区', 'municipal'],
  ['街道', 'township-street'],
  ['苏木', 'township-street'],
  ['省', 'provincial'],
  ['市', 'municipal'],
  ['州', 'municipal'],
  ['盟', 'municipal'],
  ['区', 'district-county'],
  ['县', 'district-county'],
  ['旗', 'district-county'],
  ['乡', 'township-street'],
  ['镇', 'township-street'],
];

/**
 * The provincial-level divisions (GB/T 2260) in the short form that stands before a body's name
 * without 省 or 市 (河北银保监局, 北京海关): such a prefix is provincial; any other bare place name
 * is taken as a city, whose branches of vertically managed bodies are named that way.
 */
export const PROVINCIAL_DIVISIONS: readonly string[] = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '台湾',
];

/**
 * The municipalities directly under the central government (直辖市; Constitution art. 30, GB/T
 * 2260): a 市 of provincial level, so that 北京市人民政府 and its bureaus are provincial bodies.
 */
export const DIRECT_MUNICIPALITIES: readonly string[] = ['北京市', '天津市', '上海市', '重庆市'];

/**
 * Vertically managed bodies, named as the national body + a place + a branch
 * (国家税务总局X市税务局, 人民银行X市中心支行, 共青团X市委). The prefix is dropped before the
 * place is read; a branch word gives the level when the place does not.
 */
export const VERTICAL_BODIES: readonly {
  readonly prefixes: readonly string[];
  readonly functions: readonly string[];
  readonly branches: readonly (readonly [string, AdminLevel | null])[];
  readonly replacedIn?: number;
}[] = [
  {
    prefixes: ['国家税务总局'],
    functions: ['税务'],
    branches: [
      ['税务局', null],
      ['税务分局', null],
      ['税务所', 'township-street'],
    ],
  },
  {
    prefixes: ['国家金融监督管理总局', '金融监管总局'],
    functions: ['金融监管'],
    branches: [
      ['监管局', 'provincial'],
      ['监管分局', 'municipal'],
      ['监管支局', 'district-county'],
    ],
  },
  {
    prefixes: ['中国银行保险监督管理委员会', '中国银保监会', '银保监会'],
    functions: ['金融监管'],
    replacedIn: 2023,
    branches: [
      ['监管局', 'provincial'],
      ['监管分局', 'municipal'],
      ['监管组', 'district-county'],
    ],
  },
  {
    prefixes: ['中国人民银行', '人民银行', '人行'],
    functions: ['人民银行'],
    branches: [
      ['中心支行', 'municipal'],
      ['营业管理部', 'provincial'],
      ['分行', 'provincial'],
      ['支行', 'district-county'],
    ],
  },
  { prefixes: ['国家统计局'], functions: ['统计'], branches: [['调查队', null]] },
  // the General Administration of Customs' regional office (海关总署X分署, over the customs of a province)
  { prefixes: ['海关总署'], functions: ['海关'], branches: [['分署', 'provincial']] },
  {
    prefixes: ['国家电网有限公司', '国家电网', '国网'],
    functions: ['电力'],
    branches: [
      ['供电公司', null],
      ['供电分公司', null],
      ['电力公司', 'provincial'],
    ],
  },
  {
    prefixes: ['共青团'],
    functions: ['团委'],
    branches: [
      ['委员会', null],
      ['委', null],
    ],
  },
  {
    prefixes: ['中国人民武装警察部队', '武警'],
    functions: ['武警'],
    branches: [
      ['总队', 'provincial'],
      ['支队', 'municipal'],
      ['大队', 'district-county'],
      ['中队', 'district-county'],
    ],
  },
  // Party prefix of 党委 bodies (中共X市委宣传部): carries no function of its own.
  { prefixes: ['中国共产党', '中共'], functions: [], branches: [] },
];

/**
 * Endings of collective assignees (各县市区政府, 区直各单位, 市政府有关部门): they name no single
 * body. A name beginning with 各 is collective as well.
 */
export const COLLECTIVE_ENDINGS: readonly string[] = [
  '有关部门',
  '相关部门',
  '有关单位',
  '相关单位',
  '成员单位',
  '责任单位',
  '各部门',
  '各单位',
  '直属单位',
  '直部门',
  '直单位',
  '直机关',
];

/** How a unit takes part in a measure: 牵头 leads, 配合 helps, 负责 is the generic "responsible". */
export type UnitMarker = 'lead' | 'participate' | 'responsible';

/**
 * Labels that introduce a list of responsible units (common 公文 usage: 责任单位：…,
 * 牵头单位：…，配合单位：…; 任务分解 and 责任分工 notices: 牵头责任单位：…，协同责任单位：…, and
 * 部门分工：/责任分工： lines whose units carry their own 牵头/配合 words), with the part the listed
 * units play. Lines that name a person (分管领导：, 牵头负责领导：) are no such label. A label is matched whole, longest first, so
 * 协同责任单位 is a participate label and not 责任单位 after a stray 协同.
 */
export const RESPONSIBILITY_LABELS: readonly (readonly [string, UnitMarker])[] = [
  ['牵头责任单位', 'lead'],
  ['牵头责任部门', 'lead'],
  ['牵头负责单位', 'lead'],
  ['牵头负责部门', 'lead'],
  ['主要责任单位', 'lead'],
  ['主要责任部门', 'lead'],
  ['牵头单位', 'lead'],
  ['牵头部门', 'lead'],
  ['主责单位', 'lead'],
  ['主责部门', 'lead'],
  ['主办单位', 'lead'],
  ['主办部门', 'lead'],
  ['协同责任单位', 'participate'],
  ['协同责任部门', 'participate'],
  ['配合责任单位', 'participate'],
  ['配合责任部门', 'participate'],
  ['协同单位', 'participate'],
  ['协同部门', 'participate'],
  ['配合单位', 'participate'],
  ['配合部门', 'participate'],
  ['参与单位', 'participate'],
  ['参与部门', 'participate'],
  ['协办单位', 'participate'],
  ['协办部门', 'participate'],
  ['协助单位', 'participate'],
  ['协助部门', 'participate'],
  ['责任单位', 'responsible'],
  ['责任部门', 'responsible'],
  ['责任主体', 'responsible'],
  ['负责单位', 'responsible'],
  ['负责部门', 'responsible'],
  ['部门分工', 'responsible'],
  ['单位分工', 'responsible'],
  ['责任分工', 'responsible'],
  ['实施单位', 'responsible'],
  ['实施部门', 'responsible'],
  ['落实单位', 'responsible'],
  ['承办单位', 'responsible'],
];

/**
 * What may stand before level words that share one body in running text (由市、县财政局负责,
 * 请市、县教育局…, 市财政局和市、县税务局): 由 and 请, which open an assignment, and the conjunctions
 * of a list of units (the assigning forms of 公文, GB/T 9704-2012 examples).
 */
export const BEFORE_SHARED_LEVELS = '由请和及与';

/**
 * Words that end in 由 without it opening the unit that carries a duty, as it does in 由市财政局负责
 * and 项目由市民政局审核: 自由 (自由贸易试验区管委会 is one body's name), the nouns 理由, 缘由 and
 * 事由 (a reason), and 经由 (by way of: the unit after it is a route). Common 公文 usage; a level
 * word right after still makes the 由 open a unit (日常管理由县民政局负责, 此事由市财政局负责).
 */
export const WORDS_ENDING_IN_YOU: readonly string[] = ['自由', '理由', '缘由', '事由', '经由'];

/**
 * Words written after units to give their part (市卫健委牵头，市民政局配合；A、B按照职责分工负责;
 * in running text 由A、B负责 / 承担 / 组织实施, A牵头负责，各区政府具体实施), longest first.
 * `null` marks filler that carries no part (等; for 等有关部门 see LIST_CLOSING_NOUNS).
 */
export const UNIT_ROLE_WORDS: readonly (readonly [string, UnitMarker | null])[] = [
  ['按照职责分工负责', 'responsible'],
  ['根据职责分工负责', 'responsible'],
  ['按照职能分工负责', 'responsible'],
  ['按职责分工负责', 'responsible'],
  ['按职能分工负责', 'responsible'],
  ['依职责分工负责', 'responsible'],
  ['按照职责分工', 'responsible'],
  ['按照职责负责', 'responsible'],
  ['按职责分工', 'responsible'],
  ['按职责负责', 'responsible'],
  ['依职责负责', 'responsible'],
  ['牵头组织实施', 'lead'],
  ['负责组织实施', 'responsible'],
  ['牵头实施', 'lead'],
  ['牵头落实', 'lead'],
  ['组织实施', 'responsible'],
  ['具体实施', 'responsible'],
  ['负责实施', 'responsible'],
  ['牵头负责', 'lead'],
  ['负责牵头', 'lead'],
  ['配合落实', 'participate'],
  ['共同负责', 'responsible'],
  ['分别负责', 'responsible'],
  ['具体负责', 'responsible'],
  ['分工负责', 'responsible'],
  ['负责落实', 'responsible'],
  ['按职责', 'responsible'],
  ['牵头', 'lead'],
  // 分解落实方案 notes: (A、B主办,C协办), the host unit and those that assist it, as 主办单位/协办单位
  ['主办', 'lead'],
  ['协办', 'participate'],
  ['配合', 'participate'],
  ['协助', 'participate'],
  ['参与', 'participate'],
  ['负责', 'responsible'],
  ['落实', 'responsible'],
  ['承担', 'responsible'],
  ['等', null],
];

/**
 * Nouns that close a list after 等 (A、B等部门, 等有关单位, 等省级主管部门(单位)): the words between
 * 等 and the noun describe the units listed, and the whole tail carries no part (common 公文 usage).
 */
export const LIST_CLOSING_NOUNS: readonly string[] = ['部门', '单位', '机构'];

/**
 * Words that join a leading unit to the units it works with in one clause (common 公文 usage:
 * 由市民政局会同市财政局负责 — the first leads, the others take part).
 */
export const LEAD_JOINERS: readonly string[] = ['会同'];

/**
 * The role words of UNIT_ROLE_WORDS that a duty in running text opens with, after the units that
 * carry it (市财政局负责拨付…, 公安机关要积极协助维护秩序), each with the part given there; a
 * LEAD_JOINER (X要会同Y建立…) opens one too.
 */
export const DUTY_VERBS: readonly string[] = ['负责', '牵头', '协助', '配合'];

/**
 * What may stand between the units and the verb of their duty: a modal verb, then an adverb of
 * manner (市财政局要会同…, 公安机关要积极协助…, 各部门应当切实负责…; common 公文 usage).
 */
export const DUTY_MODALS: readonly string[] = ['要', '应当', '应', '必须', '须', '将'];
export const DUTY_ADVERBS: readonly string[] = ['积极', '主动', '切实', '共同', '具体', '分别'];

/**
 * Verbs that send a text up to a body (…,上报县财政局审核; common 公文 usage): written after a
 * comma, the verb and a level word look like a place the text names, but no place starts with one.
 */
export const SENDING_VERBS: readonly string[] = ['上报', '呈报', '申报', '转报', '抄报', '抄送', '呈送'];
