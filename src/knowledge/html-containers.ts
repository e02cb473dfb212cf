/**
 * Where government web pages put a notice, and the page furniture around it. Read off the article
 * page templates of gov.cn (the 政策/信息公开 pages and their crawler-stored `div.wrap` fragments)
 * and of provincial, municipal and district portals (TRS WCM and NFCMS templates: Guangdong,
 * Guangzhou and its districts, and others built on the same systems).
 */

/**
 * Simple CSS selectors (`#id`, `.class`, `tag.class`) of the element that holds the article
 * text, most specific first. `ingest`
 * takes the earliest one that holds a fair share of the text, so wrappers such as `.content` or
 * `div.wrap` only win when nothing more specific does.
 */
export const ARTICLE_CONTAINERS: readonly string[] = [
  '#UCAP-CONTENT', // gov.cn 政策 pages (td or div.pages_content)
  '.pages_content', // gov.cn
  '#zoom', // TRS WCM article body (gov.cn ministries, most provinces)
  '#zoomcon', // NFCMS templates (Guangdong, Guangzhou and districts)
  '.TRS_Editor', // TRS WCM editor output
  '.TRS_UEDITOR',
  '.article-content',
  '.article_content',
  '.content_article',
  '.pages-content',
  '.zwgk_content',
  '.xxgk_content',
  '.view',
  '.content',
  'div.wrap', // gov.cn crawler fragments: the metadata table and the article together
];

/** First words of a breadcrumb trail ("当前位置：首页 > 政务公开 > …"). */
export const BREADCRUMB_LEADS: readonly string[] = [
  '当前位置',
  '当前所在位置',
  '您当前位置',
  '您当前所在的位置',
  '您当前的位置',
  '您现在的位置',
  '您的位置',
  '您所在的位置',
  '所在位置',
];

/**
 * Words of the article toolbars (分享到 微信 微博, 打印, 关闭, 收藏 …). A short element made only of
 * these and {@link TOOLBAR_FILLERS}, with at least one of these, is page chrome.
 */
export const TOOLBAR_WORDS: readonly string[] = [
  '分享到',
  '分享',
  '微信',
  '微博',
  '朋友圈',
  'QQ空间',
  '打印本页',
  '打印',
  '关闭窗口',
  '关闭',
  '收藏',
  '返回顶部',
  '字体',
  '字号',
  '纠错',
  '语音播报',
  '扫一扫在手机打开当前页',
];

/** Glue between toolbar words: brackets, separators, the 大中小 of font-size switches. */
export const TOOLBAR_FILLERS: readonly string[] = [
  '大',
  '中',
  '小',
  'A',
  '+',
  '-',
  '【',
  '】',
  '[',
  ']',
  ':',
  '：',
  '|',
  '丨',
  '·',
  '/',
  '默认',
];

/**
 * Pieces of `class`/`id` names that mark navigation chrome (`nav`, `main-menu`, `footer_nav`,
 * `bdsharebuttonbox` …), matched against the parts of a name split at `-` and `_`.
 */
export const CHROME_NAME_PARTS: readonly string[] = [
  'nav',
  'navbar',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'footer',
  'share',
  'bdsharebuttonbox',
  'toolbar',
];

/**
 * Labels of the article header line printed between a page's title and its text
 * ("发布时间：… 来源：…", "发表时间：… 信息来源：… 浏览量：…"), besides the 信息公开 labels of
 * `header-fields.ts`.
 */
export const PAGE_HEADER_LABELS: readonly string[] = [
  '发表时间',
  '更新时间',
  '作者',
  '时间',
  '日期',
  '浏览量',
  '访问量',
];
