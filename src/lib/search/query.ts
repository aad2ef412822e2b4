/**
 * Turns what a reader types into (a) a query Pagefind can answer without its
 * false-hit traps and (b) the terms every result must really contain.
 *
 * Pagefind splits an unquoted Chinese word into characters, drops characters
 * with no match and prefix-matches the rest, so an absent place (聊城) returns
 * every page with 城市. We quote every Chinese run, send English words as
 * stems, and check each candidate against the terms ourselves (verify.ts).
 */

export type Term =
  /** A run of Chinese text, matched as a phrase (white space ignored). */
  | { kind: 'zh'; text: string }
  /** An English word, matched with its inflections (city ~ cities). */
  | { kind: 'en'; text: string; key: string }
  /** A number, e.g. a document's serial (594) or a count (103). */
  | { kind: 'number'; text: string }
  /** A document number or part of one: 594号, 〔2020〕594号, 建办城函〔2020〕594号. */
  | { kind: 'docnum'; text: string; prefix?: string; year?: string; serial: string }
  /** Several English words typed together: they must stand together (stop words between them aside). */
  | { kind: 'en-phrase'; text: string; keys: string[] };

export interface ParsedQuery {
  terms: Term[];
  /** What is sent to Pagefind: quoted Chinese phrases, numbers, English stems. */
  pagefind: string;
  /**
   * The same unquoted, for recall: a quoted phrase misses a word the index
   * segmented differently (石家庄 inside 石家庄市). Safe only because every
   * candidate is verified, and only a bounded number are.
   */
  loose: string;
}

const DOCNUM = /([\p{Script=Han}]{2,8})?\s*(?:[〔［[(（【]\s*(\d{4})\s*[〕］\])）】])?\s*第?(\d{1,5})\s*号/gu;

/**
 * A comparable key for an English word: lower case, plural and -ed/-ing
 * endings taken off (Porter-style, conservative).
 *
 * @example
 *   englishKey('Cities') === englishKey('city') // true
 *   englishKey('issued') === englishKey('issues') // true
 */
export function englishKey(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (/(?:s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && /[ey]$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Parses a query already converted to simplified script.
 *
 * @example
 *   parseQuery('淄博 pilot cities').pagefind // '"淄博" pilot cit'
 */
export function parseQuery(query: string): ParsedQuery {
  const terms: Term[] = [];
  let rest = query.normalize('NFKC').replace(/[“”"'‘’]/g, ' ');
  rest = rest.replace(DOCNUM, (whole, prefix: string | undefined, year: string | undefined, serial: string) => {
    terms.push({
      kind: 'docnum',
      text: whole.trim(),
      ...(prefix ? { prefix } : {}),
      ...(year ? { year } : {}),
      serial,
    });
    return ' ';
  });
  for (const m of rest.matchAll(/[\p{Script=Han}]+|[A-Za-z][A-Za-z'-]*|\d+/gu)) {
    const text = m[0];
    if (/^\d+$/.test(text)) terms.push({ kind: 'number', text });
    else if (/^[A-Za-z]/.test(text)) {
      if (text.length > 1 && !STOPWORDS.has(text.toLowerCase()))
        terms.push({ kind: 'en', text, key: englishKey(text) });
    } else terms.push({ kind: 'zh', text });
  }
  const words = terms.filter((t): t is Extract<Term, { kind: 'en' }> => t.kind === 'en');
  const english = [...rest.matchAll(/[A-Za-z][A-Za-z'-]*/g)].map((m) => m[0]);
  if (
    words.length >= 2 &&
    words.length === english.filter((w) => !STOPWORDS.has(w.toLowerCase()) && w.length > 1).length
  ) {
    terms.push({ kind: 'en-phrase', text: english.join(' '), keys: words.map((w) => w.key) });
  }
  const pagefind = terms.map(pagefindPart).filter(Boolean).join(' ').trim();
  return { terms, pagefind, loose: pagefind.replace(/"/g, '') };
}

/** English words too common to narrow a search; they are neither sent nor required. */
export const STOPWORDS = new Set([
  'the',
  'of',
  'and',
  'in',
  'on',
  'for',
  'to',
  'a',
  'an',
  'as',
  'by',
  'with',
  'at',
  'or',
  'is',
  'are',
  'be',
]);

function pagefindPart(term: Term): string {
  switch (term.kind) {
    case 'zh':
      return `"${term.text}"`;
    case 'en':
      // The stem without its last letter prefix-matches every inflection (cit → city, cities).
      return term.key.length > 4 ? term.key.slice(0, -1) : term.key;
    case 'number':
      return term.text;
    case 'docnum':
      return term.serial;
    case 'en-phrase':
      return '';
  }
}

/** True when the query holds Chinese characters (only then is the converter loaded). */
export function hasHan(query: string): boolean {
  return /\p{Script=Han}/u.test(query);
}
