/**
 * Words in a text that spell place names without speaking of those places: a news dateline
 * says where a report was filed (新华社北京5月6日电, 中評社香港8月6日電, "BEIJING, May 6
 * (Xinhua) --"), a byline where its reporter sat ("By Zhao Lin in Changsha"), and a romanised
 * document number spells an agency code in pinyin ("Jian Cheng Han [2021] No. 51" is 建城函,
 * not 吉安 Ji'an). Place finding reads the text with these spans blanked out, so they are not
 * even "named".
 */
import type { Lang } from '../ingest/types.ts';

/** A span of text, UTF-16 offsets, end exclusive. */
export type Span = [start: number, end: number];

/**
 * A dateline opening a paragraph: `新华社北京6月3日电（记者 周某）`, `中评社香港8月6日电／`,
 * `本报讯（记者…）`, `【人民网武汉5月6日讯】`. Written for the news forms of the seeds
 * (004) and the reposts the archive receives.
 */
const ZH_DATELINE_START =
  /^\s*[【[（(]?(?:[^，。,：:、\s]{0,16}?(?:\d{1,2}月)?\d{1,2}日(?:电|電|讯|訊)|本报讯|本報訊|本刊讯|本刊訊)[】\]）)]?\s*(?:[（(][^)）]{0,30}[)）])?\s*[／/|｜]?/;

/** A dateline inside a paragraph (a page dump runs the headline into it): an agency or paper, a place, a day, 电/讯. */
const ZH_DATELINE_ANYWHERE =
  /(?:新华社|新華社|中新社|中新网|中新網|中评社|中評社|中央社|人民网|人民網|央视网|央視網|本报|本報|记者|記者)[^，。,：:、\s]{0,10}?(?:\d{1,2}月)?\d{1,2}日(?:电|電|讯|訊)/g;

/** "BEIJING, June 2 (Xinhua) --", "WUHAN, Dec. 13 --", "SHANGHAI -- ": a city in capitals before a dash. */
const EN_DATELINE =
  /(?<=^|\s)[A-Z]{3,}(?:[ -][A-Z]{3,})*,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?(?:\([A-Za-z .]{2,30}\)\s*)?(?:--|—|–)/g;

/** A byline paragraph: "By Zhao Lin in Changsha", "By Li Ming and Wang Fang | China Daily". */
const EN_BYLINE = /^\s*By\s+\p{Lu}[^.!?]{0,100}$/u;

/** "(Reporter: Zhao Lin)", "Writer: …", "Editor: …": a name, which may be spelled like a place. */
const EN_CREDIT = /\b(?:Reporters?|Writers?|Editors?|Photographers?|Correspondents?)\s*:\s*[^)\n.;|]{1,60}/g;

/**
 * A romanised document number: "Jian Cheng Han [2021] No. 51", "Guo Han [2021] No. 37",
 * "J.H. [2020] No.594" (000), "Guo Fa (2019) No. 5": pinyin syllables of an agency code
 * before a bracketed year and a serial.
 */
const EN_DOC_NUMBER = /(?:\b[A-Z][a-z]{0,5}\.?\s*){1,6}[[(（〔【]\s*(?:19|20)\d{2}\s*[\])）〕】]\s*No\.?\s*\d+/g;

/**
 * The spans of a paragraph that spell places without speaking of them (datelines, bylines,
 * credits, romanised document numbers), in text order.
 *
 * @example
 *   notPlaceSpans('中评社香港8月6日电／住建部日前公布…', 'zh') // [[0, 11]]
 *   notPlaceSpans('a notice (Jian Cheng Han [2021] No. 51)', 'en') // [[10, 38]]
 */
export function notPlaceSpans(text: string, lang: Lang): Span[] {
  const spans: Span[] = [];
  const add = (m: RegExpExecArray | RegExpMatchArray | null) => {
    if (m && m[0].trim()) spans.push([m.index!, m.index! + m[0].length]);
  };
  if (lang === 'zh') {
    add(ZH_DATELINE_START.exec(text));
    for (const m of text.matchAll(ZH_DATELINE_ANYWHERE)) add(m);
  } else {
    if (EN_BYLINE.test(text)) spans.push([0, text.length]);
    for (const re of [EN_DATELINE, EN_CREDIT, EN_DOC_NUMBER]) for (const m of text.matchAll(re)) add(m);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * The paragraph with its not-place spans blanked (spaces of the same length, so every offset
 * still points into the paragraph as printed).
 *
 * @example
 *   maskNotPlaces('新华社北京6月3日电 保定', 'zh') // '          保定'
 */
export function maskNotPlaces(text: string, lang: Lang): string {
  let out = text;
  for (const [a, b] of notPlaceSpans(text, lang)) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}
