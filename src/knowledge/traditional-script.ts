/**
 * Traditional forms of characters that every 公文 uses often (发, 会, 国, 关, 区, 县, 务, 经济,
 * 产业, 办, 厅, 长, 职责, 规范 …), none of which is itself a standard simplified character: a
 * text that uses many of them is written in traditional script (a mirror site, a Hong Kong or
 * Macao page). Pairs from 通用规范汉字表 (国务院, 2013), 附件1 规范字与繁体字、异体字对照表.
 */
export const TRADITIONAL_MARKERS =
  '發會國這們為個來說時與關對區縣務實經濟產業動進開設計劃辦廳長門員體職責單級規範圍隊應當監檢' +
  '項織組領導協調議機構現認識書記鄉農護資問題營環優質報負財稅貸衛場價費權過還網電訊車輛運輸輪鐵' +
  '統籌見證變難嚴礎術讓層專傳創東紀親兒邊達遠選適遷製據歲總號決條極並從將點種處';
