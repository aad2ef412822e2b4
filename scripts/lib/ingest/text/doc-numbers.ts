/**
 * Chinese official document numbers (发文字号, GB/T 9704: agency code, year in
 * 〔〕, serial number, 号) and the English renderings translators give them.
 */
export interface DocNumber {
  /** As the text prints it, e.g. `建办科函[2014]515号` or `J.H. [2020] No.594`. */
  text: string;
  /** Agency code (发文机关代字), e.g. `建办城函`; absent in most English renderings. */
  prefix?: string;
  year: number;
  serial: number;
  /** Standard form with 〔〕 when the Chinese prefix is known: `建办城函〔2020〕594号`. */
  canonical?: string;
  /** Where it stands in the text. */
  start: number;
  end: number;
}

/** Words that can precede a document number but are not part of its agency code. */
const LEAD_WORDS = /^(?:根据|按照|依据|依照|参照|印发|见|的|及|和|与)+/;

const ZH = /([\p{Script=Han}]{2,8})\s*[〔［[(（【]\s*((?:19|20)\d{2})\s*[〕］\])）】]\s*第?\s*(\d{1,5})\s*号/gu;
const EN =
  /(?:\b([A-Z](?:[A-Za-z]{0,6}\.)(?:\s?[A-Z][A-Za-z]{0,6}\.?){0,4})\s*)?[[〔]\s*((?:19|20)\d{2})\s*[\]〕]\s*No\.?\s*(\d{1,5})\b/g;

/**
 * Every document number in a text, in order.
 *
 * @example
 *   docNumbersIn('(建办科函[2014]515号)')[0].canonical // '建办科函〔2014〕515号'
 *   docNumbersIn('(J.H. [2020] No.594)')[0].serial    // 594
 */
export function docNumbersIn(text: string): DocNumber[] {
  const found: DocNumber[] = [];
  for (const m of text.matchAll(ZH)) {
    const lead = LEAD_WORDS.exec(m[1]!)?.[0].length ?? 0;
    const prefix = m[1]!.slice(lead);
    if (prefix.length < 2) continue;
    const year = Number(m[2]);
    const serial = Number(m[3]);
    const start = m.index! + lead;
    found.push({
      text: m[0].slice(lead),
      prefix,
      year,
      serial,
      canonical: `${prefix}〔${year}〕${serial}号`,
      start,
      end: m.index! + m[0].length,
    });
  }
  for (const m of text.matchAll(EN)) {
    found.push({
      text: m[0].trim(),
      ...(m[1] ? { prefix: m[1].trim() } : {}),
      year: Number(m[2]),
      serial: Number(m[3]),
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The key two renderings of one document share: year and serial number. */
export function docKey(doc: Pick<DocNumber, 'year' | 'serial'>): string {
  return `${doc.year}-${doc.serial}`;
}

/**
 * The title a text gives a cited document: the 《…》 right before its number,
 * as in `《…的通知》（建办城函〔2020〕594号）`.
 */
export function citedTitleBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 200), start);
  return /《([^《》]+)》\s*[(（]?\s*$/.exec(before)?.[1];
}

/** Titles in 《》 that carry no document number (plans, opinions cited by name only). */
export function bookTitlesIn(text: string): Array<{ title: string; start: number }> {
  return [...text.matchAll(/《([^《》]+)》/g)].map((m) => ({ title: m[1]!, start: m.index! }));
}
