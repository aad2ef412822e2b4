import { englishKey, STOPWORDS, type Term } from './query.ts';

/**
 * The page text in the form terms are compared against: no white space
 * between Chinese characters, document-number brackets unified.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[〔［[【（(]/g, '〔')
    .replace(/[〕］\]】）)]/g, '〕')
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
}

function englishKeys(text: string): Set<string> {
  return new Set(keySequence(text));
}

/** The text's English words as keys, in order, stop words left out (for phrases). */
function keySequence(text: string): string[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z'-]*/g)]
    .filter((m) => !STOPWORDS.has(m[0].toLowerCase()))
    .map((m) => englishKey(m[0]));
}

/**
 * Whether a text really contains a term — what stands between Pagefind's
 * candidates and the reader: a result is shown only when every term passes.
 *
 * @example
 *   contains(comparable('建办城函〔2020〕594号'), { kind: 'docnum', text: '594号', serial: '594' }) // true
 *   contains(comparable('城市'), { kind: 'zh', text: '聊城' }) // false
 */
export function contains(text: string, term: Term, keys = englishKeys(text)): boolean {
  switch (term.kind) {
    case 'zh':
      return text.includes(term.text);
    case 'en':
      return keys.has(term.key);
    case 'en-phrase': {
      const seq = keySequence(text);
      return seq.some((_, i) => term.keys.every((k, j) => seq[i + j] === k));
    }
    case 'number':
      return new RegExp(`(?<!\\d)${term.text}(?!\\d)`).test(text);
    case 'docnum': {
      const year = term.year ? `〔${term.year}〕` : '(?:〔\\d{4}〕)?';
      const prefix = term.prefix ? term.prefix.replace(/[^\p{Script=Han}]/gu, '') : '';
      // Chinese "594号", or an English rendering "[2020] No.594".
      const zh = new RegExp(`${prefix}${year}第?${term.serial}号`);
      const en = term.prefix
        ? null
        : new RegExp(`${term.year ? `〔${term.year}〕` : ''}\\s*No\\.?\\s*${term.serial}(?!\\d)`);
      return zh.test(text) || (en?.test(text) ?? false);
    }
  }
}

/** True when a text contains every term. */
export function containsAll(text: string, terms: Term[]): boolean {
  const c = comparable(text);
  const keys = englishKeys(c);
  return terms.length > 0 && terms.every((t) => contains(c, t, keys));
}

/** An element with an id on the indexed page, at a word position (Pagefind's `anchors`). */
export interface Anchor {
  id: string;
  location: number;
}

/**
 * The row (`pN` of a notice, `rN` of an attachment's list) holding the first match: the last row anchor at or before
 * the first matched word that lies inside the rows. A match only in the
 * title above the rows links to the first row, where the title lines begin.
 *
 * @example
 *   rowOfFirstHit([{ id: 'p1', location: 40 }, { id: 'p2', location: 64 }], [12, 70]) // 'p2'
 */
export function rowOfFirstHit(anchors: Anchor[], locations: number[]): string {
  const rows = anchors.filter((a) => /^[pr]\d+$/.test(a.id)).sort((a, b) => a.location - b.location);
  if (rows.length === 0) return 'p1';
  const hit = [...locations].sort((a, b) => a - b).find((l) => l >= rows[0]!.location);
  if (hit === undefined) return rows[0]!.id;
  return rows.filter((r) => r.location <= hit).at(-1)!.id;
}
