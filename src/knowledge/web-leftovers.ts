/**
 * Lines that government web pages put around a notice and that scraping copies into the text:
 * the toolbar of the 政府信息公开 article templates (语音播报, 打印本页, 关闭窗口, 字体大中小,
 * 分享到…), read off the gov.cn, provincial and municipal portal templates. A whole line that
 * matches is dropped by `normalize` and recorded as a removal.
 */
export const WEB_LEFTOVER_LINES: readonly RegExp[] = [
  /^语音播报$/,
  /^[[【]?(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|回到顶部|保存|纠错)[\]】]?$/,
  // the tab or link label over a page's text (全文 beside 解读)
  /^[[【]?全文[\]】]?$/,
  /^[[【]?字[体號号]?[:]?\s*[[【]?大\s*中\s*小[\]】]?[\]】]?$/,
  /^分享到[:]?.{0,40}$/,
  /^扫一扫在手机(?:上)?打开(?:当前页)?$/,
  /^(?:附件下载|相关附件|相关解读|相关链接|相关文件|相关阅读|相关新闻|相关文章|相关办事指南|办事指南)[:]?$/,
  // the message a page shows when its bookmark button is pressed
  /^(?:取消)?收藏成功[!。]?$/,
  /^链接[:].{0,80}(?:解读|图解)$/,
  /^(?:政策解读|图片解读|图解|视频解读)[:]?.{0,60}$/,
  /^(?:浏览次数|阅读次数|访问量)[:]\s*\d*$/,
  /^Normal \d .*MicrosoftInternetExplorer4$/,
  // the buttons of a comment box under the article (评论 / 图片 / 表情), and an image's stand-in
  /^(?:评论|发表评论|我要评论|表情|图片)$/,
  // the file name a picture in the article leaves when it is copied as text (2.png, IMG_0031.JPG)
  /^[\w.-]{1,60}\.(?:png|jpe?g|gif|bmp|webp)$/i,
  // a news app's banner over an article the portal copied (打开X新闻 查看更多图片, 打开APP阅读全文)
  /^打开\S{1,12}? ?(?:查看|阅读)(?:更多|全文)\S{0,6}$/,
  // the address of the page a mirror copied, printed into the text
  /^(?:Original URL|URL|原文地址|原文网址|页面地址)\s*:\s*https?:\/\/\S+$/i,
  // a repost site's request for tips under the article (如果觉得这篇文章对您有帮助,请打赏支持一下!),
  // not a sentence or heading about tipping (禁止向未成年人提供打赏服务。 (三)规范打赏作者行为)
  /^[^。;]{0,30}(?:请|欢迎)打赏(?:支持|一下|作者|本站)?[^。;]{0,8}$|^[^。;]{0,30}打赏(?:支持|一下)[!!]?$/,
];

// the links of a portal's footer bar (关于本站 | 网站声明 | 网站地图 | 联系我们)
const SITE_FOOTER_LINKS = [
  '关于本站',
  '关于我们',
  '网站声明',
  '法律声明',
  '免责声明',
  '版权声明',
  '隐私声明',
  '隐私政策',
  '网站地图',
  '网站导航',
  '联系我们',
  '使用帮助',
  '网站纠错',
  '意见建议',
].join('|');

/**
 * The footer government portals print under every page, which scraping copies after the
 * notice's signature and date: the numbers every site must show (网站标识码 of the 政府网站发展指引,
 * 国办发〔2017〕47号; the ICP filing, X ICP备12345678号; the public-security filing, X公网安备
 * 12345678901234号), its 版权所有 line, and its bar of site links. A whole line that matches is
 * dropped by `normalize` and recorded as a removal, and so is a short line between two of them
 * (the site's name under the bar).
 */
export const SITE_FOOTER_LINES: readonly RegExp[] = [
  /^(?:(?:网站标识码 ?: ?[\dA-Za-z]{6,16}|\p{Script=Han}{0,4} ?(?:ICP备|ICP证|公网安备) ?[\d-]{4,20}号?(?:-\d{1,3})?) *)+$/u,
  /^版权所有 ?[:©]/,
  new RegExp(`^(?:${SITE_FOOTER_LINKS})(?: ?[|丨] ?(?:${SITE_FOOTER_LINKS}))+$`),
];

/**
 * What a printed notice carries over into text copied out of its PDF: the page number GB/T 9704
 * (7.5 页码) sets between dashes ("—1—", "- 2 -"), on a line of its own or run onto the end of the
 * page's last line ("(此件公开发布)—2—"), and the mark of a page that holds only the signature
 * and seal, "(此页无正文)". Removed by `normalize` as recorded removals.
 */
export const PAGE_MARK_LINE = /^(?:[—–-]{1,2} ?\d{1,3} ?[—–-]{1,2}|\(此页无正文\))$/;
export const PAGE_MARK_AT_END = /(?<=[^\d—–-])—\d{1,3}—$/;
/**
 * The same marks inside a line that a PDF's text was run into (…2018年2月13日 — 1 — X计划…), and the
 * page counter a document-sharing site or a PDF viewer writes into copied text (第1页共18页).
 */
export const PAGE_NUMBER_INLINE = /(?<= )[—–] ?\d{1,3} ?[—–](?= )/g;
export const PAGE_COUNTER = /第\d{1,4}页共\d{1,4}页|共\d{1,4}页第\d{1,4}页/g;

/**
 * The blanks a page set with full-width or no-break spaces, turned into '?' by a copy whose encoding
 * lacked them. An indent: a run of '?' opening a line before its text (a character, a number or an
 * opening bracket; mojibake such as "?。" stays), two or more, as an indent is two full-width spaces
 * ("??一、总体要求", "??2020年5月6日", a signature pushed right), or a line of nothing else (one '?'
 * before a word is a character lost in it: ?县). Read as such only when at least
 * `LOST_INDENT_MIN_LINES` lines show the damage (here or in labels, `PADDED_LABEL`), so that a
 * question that opens a line is left.
 */
export const LOST_INDENT = /^(?:\?[ ?]*\?(?= *[\p{L}\p{N}(《“【[])|\?[ ?]*$)/u;
export const LOST_INDENT_MIN_LINES = 3;
/**
 * The same blanks where they pad the end of a date line, after the date and a space (a signature's
 * date set left of its column: "二〇二〇年三月一日    ?"): no question ends with a date, so it is read
 * so even on a page where the damage shows on no other line. (Only after a date: a question may be
 * written with a space before its mark, 是否建立 ?)
 */
export const LOST_TRAILING_BLANK = /(?<=日 +)\?[ ?]*$/g;
/**
 * The same blanks padding a label to its column's width ("发?文?字?号?:", "名   ?称?:"): two to ten
 * characters, each parted from the next by blanks and '?', up to the colon. A character lost inside
 * a word parts no character from the next (县财政局?局长) and stays.
 */
export const PADDED_LABEL = /(?:\p{Script=Han}[ ?]+){1,9}\p{Script=Han}[ ?]*:/gu;

/**
 * Labels of the article toolbar of government portals (share, font size, eye-care background,
 * view count, print …), read off the same templates: a line that holds only such labels, or a
 * site banner with a web address, is page chrome even when it ends with ':' like a 主送 line.
 */
export const PAGE_CHROME_WORDS = [
  '分享',
  '分享到',
  '视力保护色',
  '护眼模式',
  '背景色',
  '字号',
  '字体',
  '浏览量',
  '浏览次数',
  '阅读量',
  '阅读次数',
  '访问量',
  '点击量',
  '点击数',
  '打印',
  '收藏',
  '关闭',
  '扫一扫',
  '微信',
  '微博',
  '默认',
  '繁体',
  '简体',
  '无障碍',
  // the accessible and elderly-friendly modes of portals (工信部 2020 互联网应用适老化及无障碍改造)
  '无障碍浏览',
  '长者模式',
  '关怀模式',
  '语音播报',
  // news portals' label over the summary they repeat from the text
  '核心提示',
  '导读',
] as const;
