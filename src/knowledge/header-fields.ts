/**
 * Labels of a page's counters (how often it was viewed or clicked: 浏览次数, 点击量 …, the chrome of
 * portal and CMS article templates): their value is a count, never a line of the notice.
 */
const PAGE_COUNTERS = [
  '浏览次数',
  '浏览量',
  '浏览',
  '阅读',
  '阅读次数',
  '访问次数',
  '访问量',
  '点击数',
  '点击量',
  '点击率',
] as const;
export const PAGE_COUNTER_LABELS: ReadonlySet<string> = new Set(PAGE_COUNTERS);

/**
 * Labels of the 政府信息公开 header that portals print above a notice (GB/T 9704 has none of
 * these; they come from the 政府信息公开目录 templates of gov.cn and of provincial, municipal and
 * county portals, law databases' 【制定机关】 headers, and web-reader exports' Title:/URL Source:),
 * mapped to the metadata field they fill. Labels are matched with any spaces between their
 * characters ("索 引 号", "名  称").
 */
export const HEADER_FIELD_LABELS: Readonly<Record<string, MetadataKey | null>> = {
  索引号: 'indexNumber',
  信息索取号: 'indexNumber',
  信息索引号: 'indexNumber',
  发布机构: 'publisher',
  发布机关: 'publisher',
  发布单位: 'publisher',
  发文机关: 'issuer',
  发文机构: 'issuer',
  制定机关: 'issuer',
  // law databases' 【颁发部门】 / 【颁布机关】
  颁发部门: 'issuer',
  颁布机关: 'issuer',
  发布部门: 'publisher',
  发文单位: 'issuer',
  // a policy portal's row for the issuing department (发文部门:X市工业和信息化局)
  发文部门: 'issuer',
  制发机关: 'issuer',
  来源: 'source',
  信息来源: 'source',
  文章来源: 'source',
  名称: 'title',
  标题: 'title',
  文件名称: 'title',
  // district portals' bullet list (• 信息名称:… • 发文序号:… • 信息有效性:有效)
  信息名称: 'title',
  文号: 'docNumber',
  // a county 信息公开 list's row "- 备注/文号:东政办〔2016〕82号" (备注／文号 before NFKC)
  '备注/文号': 'docNumber',
  发文字号: 'docNumber',
  发文文号: 'docNumber',
  发布文号: 'docNumber',
  发文序号: 'docNumber',
  文件编号: 'docNumber',
  // the 字号 of law databases (【字 号】); on portals "字号:" opens the font-size toolbar, whose value reads as no 文号
  字号: 'docNumber',
  主题分类: 'topic',
  // the 主  题 row of municipal and district 信息公开 tables (主  题:综合政务)
  主题: 'topic',
  // a county portal's row "文 号: … 所属主题: …"
  所属主题: 'topic',
  // a county 信息公开 row filing the notice under a subject of its catalogue (公文目录:应急管理)
  公文目录: 'topic',
  // 组配分类 and 信息分类 file a notice in the portal's catalogue; 体裁分类 names its kind
  组配分类: 'category',
  信息分类: 'category',
  信息分类名称: 'category',
  体裁分类: 'genre',
  // the same row as district portals' bullet lists print it (• 体 裁: 通知)
  体裁: 'genre',
  // a 公文种类 row files the notice under a catalogue kind ("其他" as often as "通知")
  公文种类: 'category',
  文种: 'category',
  主题词: 'keywords',
  关键词: 'keywords',
  成文日期: 'signedDate',
  发文日期: 'signedDate',
  成文时间: 'signedDate',
  生成日期: 'createdDate',
  公文生成日期: 'createdDate',
  // when the page was last edited: the page's date, read only where no other date says when it
  // was published
  更新日期: 'updatedDate',
  更新时间: 'updatedDate',
  发布日期: 'publishDate',
  发布时间: 'publishDate',
  公开日期: 'publishDate',
  公布日期: 'publishDate',
  // a district portal's article line (发表日期:2020-01-02 阅读次数:)
  发表日期: 'publishDate',
  日期: 'publishDate',
  'Published Time': 'publishDate',
  Title: 'title',
  // a wiki's infobox on a document (• 中文名:… • 文案號:…)
  中文名: 'title',
  文案号: 'docNumber',
  'URL Source': null,
  效力等级: null,
  效力级别: null,
  有效性: 'validity',
  信息有效性: 'validity',
  有效性状态: 'validity',
  是否有效: 'validity',
  效力状态: 'validity',
  效力属性: 'validity',
  时效性: 'validity',
  生效时间: 'effectiveDate',
  生效日期: 'effectiveDate',
  施行日期: 'effectiveDate',
  废止时间: 'expiryDate',
  废止日期: 'expiryDate',
  失效时间: 'expiryDate',
  内容概述: 'summary',
  摘要: 'summary',
  // the catalogue class of county and district 信息公开 tables
  分类: null,
  栏目: null,
  原文链接: null,
  本地目录: null,
  // a law database's chrome line: 作者:… 时间:(of the page, not the notice) 浏览:… 来源:…; and
  // the counters of any page (PAGE_COUNTERS)
  ...Object.fromEntries(PAGE_COUNTERS.map((label) => [label, null])),
  时间: null,
  作者: null,
  责任编辑: null,
  // a forum or blog template's post line: 作者:… 发布于:(when the page was posted) 文字:【大】【中】【小】
  发布于: 'publishDate',
  文字: null,
  公开方式: null,
  公开范围: null,
  公开时限: null,
  // how a county portal files and serves a notice (公开目录 / 公开形式 / 公开责任部门 rows)
  公开目录: null,
  公开形式: null,
  公开责任部门: null,
  所属机构: null,
  相关解读: null,
  // a district portal's row linking a notice to its 解读 or to the policy a 解读 explains
  关联类型: null,
};

export type MetadataKey =
  | 'indexNumber'
  | 'publisher'
  | 'issuer'
  | 'source'
  | 'title'
  | 'docNumber'
  | 'topic'
  | 'genre'
  | 'category'
  | 'keywords'
  | 'signedDate'
  | 'createdDate'
  | 'updatedDate'
  | 'publishDate'
  | 'validity'
  | 'effectiveDate'
  | 'expiryDate'
  | 'summary';

/**
 * Page `<meta>` names of government article templates (the 政府网站发展指引 metadata:
 * ArticleTitle, PubDate, ContentSource …) and the metadata field each fills.
 */
export const PAGE_META_FIELDS: Readonly<Record<string, MetadataKey>> = {
  ArticleTitle: 'title',
  PubDate: 'publishDate',
  ContentSource: 'source',
  Keywords: 'keywords',
  ColumnName: 'category',
};

/**
 * Endings of a 来源 value that names where a page was copied from, not an organ: websites and
 * their portals, apps and accounts, newspapers and news columns, a repost's own note (common
 * values of the 来源 line of government and news article templates).
 */
export const NON_ORGANISATION_SOURCE_ENDINGS = [
  '网',
  '网站',
  '门户',
  '门户网',
  '门户网站',
  '网站群',
  '客户端',
  '公众号',
  '微信',
  '微博',
  '报',
  '日报',
  '晚报',
  '新闻',
  '在线',
  '频道',
  '资料库',
  '数据库',
  '本站',
  '原创',
  '转载',
  '综合',
  '整理',
] as const;

/**
 * The validity of a notice whose page gives the date it was repealed or ceased to be in force
 * (废止日期) but no validity row: one of the marks the catalogues use (below).
 */
export const EXPIRED_VALIDITY = '失效';
/**
 * The word of the labels that date a repeal (废止日期, 废止时间): a 失效时间 may be the end of a term
 * set in advance (有效期5年), which the page cannot tell from a lapse already past.
 */
export const REPEAL_LABEL_WORD = '废止';

/**
 * Marks a portal's catalogue puts after a title it lists as no longer in force ("…的意见(废止)"):
 * the validity they state, not words of the title.
 */
export const TITLE_VALIDITY_MARKS: readonly string[] = ['已废止', '废止', '已失效', '失效'];

/**
 * An index number (索引号) as the 政府信息公开目录 gives it: the publishing body's code, a slash,
 * the year and a serial (000014349/2023-00012, 11330000MB0000000X/2023-00017, as the 政府信息公开
 * catalogues of gov.cn and provincial portals number their entries). Portals print it alone on a
 * line over the title too, without its label.
 */
export const INDEX_NUMBER_SHAPE = /^[0-9A-Za-z][0-9A-Za-z-]{4,30}\/(?:19|20)\d{2}-\d{2,8}$/;
