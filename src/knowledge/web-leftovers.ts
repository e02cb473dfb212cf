/**
 * Lines that government web pages put around a notice and that scraping copies into the text:
 * the toolbar of the 政府信息公开 article templates (语音播报, 打印本页, 关闭窗口, 字体大中小,
 * 分享到…), read off the gov.cn, provincial and municipal portal templates. A whole line that
 * matches is dropped by `normalize` and recorded as a removal.
 */
export const WEB_LEFTOVER_LINES: readonly RegExp[] = [
  /^语音播报$/,
  /^[[【]?(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|保存|纠错)[\]】]?$/,
  /^[[【]?字[体號号]?[:]?\s*[[【]?大\s*中\s*小[\]】]?[\]】]?$/,
  /^分享到[:]?.{0,40}$/,
  /^扫一扫在手机(?:上)?打开(?:当前页)?$/,
  /^(?:附件下载|相关附件|相关解读|相关链接|相关文件)[:]?$/,
  /^链接[:].{0,80}(?:解读|图解)$/,
  /^(?:政策解读|图片解读|图解|视频解读)[:]?.{0,60}$/,
  /^(?:浏览次数|阅读次数|访问量)[:]\s*\d*$/,
  /^Normal \d .*MicrosoftInternetExplorer4$/,
];
