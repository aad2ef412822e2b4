/**
 * Anchors: tokens a paragraph and its translation both carry whatever the
 * language — numbers, years, full dates, percentages, document numbers — so
 * the aligner can pull matching paragraphs together.
 *
 * Kinds, as prefixes: `doc:2020-594`, `date:2021-12-01`, `pct:15`,
 * `year:2021`, `num:103`, `item:3` (a list marker opening the paragraph:
 * 三、 ↔ 3.).
 */

import { EN_MONTH, FULL_DATES, fullDateOf, monthNumber, YEAR } from './text/dates.ts';
import { chineseNumeral, CN_DIGIT, CN_MONTH_DAY, CN_UNIT, numberIn } from './text/numerals.ts';
import { allPlaces, PREFECTURE_AND_ABOVE } from '../places/index.ts';
import { capitalise } from '../places/romanize.ts';
import type { Lang } from './types.ts';

/** A pattern and the anchor its match stands for (`undefined`: not an anchor after all, leave the text). */
interface Rule {
  langs: readonly Lang[];
  re: RegExp;
  anchor: (m: string[]) => string | undefined;
}

const BOTH: readonly Lang[] = ['zh', 'en'];
/**
 * English number words that have a dependable Chinese counterpart. `one` and
 * `a` are left out for the same reason as a lone 一: they are mostly not numbers.
 */
const EN_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const EN_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/**
 * Applied in order, each blanking what it matched, so a later rule never
 * re-reads a piece of an earlier one: the 2020 in `〔2020〕594号` is part of
 * a document number, not a year of its own.
 */
const RULES: Rule[] = [
  // A list marker opening the paragraph numbers the item, it states nothing: 一、 （二） 3. ↔ 1. (2) 3.
  {
    langs: ['zh'],
    re: /^\s*(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|(\d{1,2})[、.．](?!\d)|[（(](\d{1,2})[）)])/g,
    anchor: (m) => item(m[1] ?? m[2], m[3] ?? m[4]),
  },
  { langs: ['en'], re: /^\s*(?:(\d{1,2})\.(?!\d)|\((\d{1,2})\))/g, anchor: (m) => item(undefined, m[1] ?? m[2]) },
  {
    langs: ['en'],
    re: new RegExp(`^\\s*(One|${EN_WORDS.map(capitalise).join('|')})\\.`, 'g'),
    anchor: (m) => `item:${numberWord(m[1]!.toLowerCase()).slice('num:'.length)}`,
  },
  // 建办城函〔2020〕594号 ↔ J.H. [2020] No.594: agency codes are rarely translated alike, year and serial are
  {
    langs: BOTH,
    re: /[〔[【(]\s*((?:19|20)\d{2})\s*[〕\]】)]\s*第?\s*(\d{1,5})\s*号/g,
    anchor: (m) => `doc:${m[1]}-${Number(m[2])}`,
  },
  {
    langs: BOTH,
    re: /[〔[【(]\s*((?:19|20)\d{2})\s*[〕\]】)]\s*No\.?\s*(\d{1,5})\b/g,
    anchor: (m) => `doc:${m[1]}-${Number(m[2])}`,
  },
  // Full dates in every form the metadata stage reads (2021年12月1日 ↔ December 1, 2021), a day that does not exist left as numbers
  ...FULL_DATES.map(({ re, read }): Rule => ({ langs: BOTH, re, anchor: (m) => dateAnchor(fullDateOf(read, m)) })),
  // Partial dates: 2021年5月 ↔ May 2021, 12月13日 ↔ December 13 (month words are not numbers, so these must pair as dates)
  {
    langs: ['zh'],
    re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/g,
    anchor: (m) => `ym:${m[1]}-${pad(Number(m[2]))}`,
  },
  {
    langs: ['en'],
    re: new RegExp(`\\b${EN_MONTH},?\\s+${YEAR}\\b`, 'g'),
    anchor: (m) => `ym:${m[2]}-${pad(monthNumber(m[1]!))}`,
  },
  {
    langs: ['zh'],
    re: new RegExp(`(\\d{1,2}|${CN_MONTH_DAY})\\s*月\\s*(\\d{1,2}|${CN_MONTH_DAY})\\s*[日号]`, 'g'),
    anchor: (m) => `md:${pad(numberIn(m[1]!))}-${pad(numberIn(m[2]!))}`,
  },
  {
    langs: ['en'],
    re: new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g'),
    anchor: (m) => `md:${pad(monthNumber(m[1]!))}-${pad(Number(m[2]))}`,
  },
  {
    langs: ['en'],
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${EN_MONTH}\\b`, 'g'),
    anchor: (m) => `md:${pad(monthNumber(m[2]!))}-${pad(Number(m[1]))}`,
  },
  { langs: BOTH, re: /(\d+(?:\.\d+)?)\s*(?:%|\bper\s?cent\b)/g, anchor: (m) => `pct:${Number(m[1])}` },
  {
    langs: ['zh'],
    re: /百分之([零〇一二三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/g,
    anchor: (m) => percentZh(m[1]!),
  },
  {
    langs: ['en'],
    re: new RegExp(`\\b(${[...EN_WORDS, ...EN_ORDINALS].join('|')})\\b`, 'gi'),
    anchor: (m) => numberWord(m[1]!.toLowerCase()),
  },
  { langs: BOTH, re: /\d+(?:,\d{3})*(?:\.\d+)?/g, anchor: (m) => arabic(m[0]!) },
];

/** Chinese numerals can run into each other (十四五: 14 and 5), so a run may hold several numbers. */
const CN_RUN = /(第?)([零〇一二两三四五六七八九十百千万]+)/g;

/**
 * The anchors of a paragraph, sorted and unique.
 *
 * Full-width forms are folded first (NFKC), so `２０２１` and `％` read like
 * their ASCII forms. A lone 一 is not taken as a number (统一, 进一步, 一司
 * are words), except as an ordinal: 第一.
 *
 * @example
 *   anchorsOf('（建办城函〔2020〕594号）', 'zh')     // ['doc:2020-594']
 *   anchorsOf('(J.H. [2020] No.594)', 'en')          // ['doc:2020-594']
 *   anchorsOf('2021年12月1日', 'zh')                 // ['date:2021-12-01']
 *   anchorsOf('确定一百零三个第二批城市', 'zh')       // ['num:103', 'num:2']
 */
export function anchorsOf(text: string, lang: Lang): string[] {
  const found = new Set<string>();
  let rest = text.normalize('NFKC');
  for (const rule of RULES) {
    if (!rule.langs.includes(lang)) continue;
    rest = rest.replace(rule.re, (...m: string[]) => {
      const anchor = rule.anchor(m);
      if (anchor === undefined) return m[0]!;
      found.add(anchor);
      return ' ';
    });
  }
  if (lang === 'zh')
    for (const n of chineseNumbersIn(rest.replace(numeralPlaceNames(), ' '))) found.add(numberAnchor(n));
  return [...found].sort();
}

let numeralPlaces: RegExp | undefined;
/**
 * Place names written with numeral characters (三亚市, 九江, 十堰, 六盘水),
 * which state no number: blanked before Chinese numerals are read. Cities and
 * provinces also by their short name; smaller units only in full (三台 is a
 * county, and also three machines).
 */
function numeralPlaceNames(): RegExp {
  if (numeralPlaces) return numeralPlaces;
  const names = new Set<string>();
  for (const place of allPlaces()) {
    if (!/[零〇一二两三四五六七八九十百千万]/.test(place.zh)) continue;
    names.add(place.zh);
    const short = place.zh.replace(/(?:市|省|地区|盟)$/, '');
    if (PREFECTURE_AND_ABOVE.has(place.level) && short.length >= 2) names.add(short);
  }
  numeralPlaces = new RegExp([...names].sort((a, b) => b.length - a.length).join('|'), 'g');
  return numeralPlaces;
}

/**
 * The numbers a text writes in Chinese numerals, in order.
 *
 * @example
 *   chineseNumbersIn('一百零三')   // [103]
 *   chineseNumbersIn('十四五规划') // [14, 5]
 *   chineseNumbersIn('二〇二一年') // [2021]
 */
export function chineseNumbersIn(text: string): number[] {
  const numbers: number[] = [];
  for (const [, ordinal, run] of text.matchAll(CN_RUN)) {
    splitRun(run!).forEach((token, i) => {
      if (!(token[0]! in CN_DIGIT) && token[0] !== '十') return; // 百姓, 千万: words, not numbers
      if (token === '一' && !(i === 0 && ordinal)) return;
      numbers.push(chineseNumeral(token));
    });
  }
  return numbers;
}

/**
 * Cuts a run of numeral characters where one number ends and the next starts:
 * a digit right after a digit, unless the run is a year written digit by digit.
 */
function splitRun(run: string): string[] {
  const hasUnit = [...run].some((ch) => ch in CN_UNIT);
  if (!hasUnit) return run.length === 4 ? [run] : [...run];
  const tokens: string[] = [];
  let token = '';
  for (const ch of run) {
    const prev = token.at(-1);
    const digitAfterDigit = ch in CN_DIGIT && prev !== undefined && prev in CN_DIGIT && CN_DIGIT[prev] !== 0;
    if (digitAfterDigit) {
      tokens.push(token);
      token = '';
    }
    token += ch;
  }
  return [...tokens, token];
}

/** `item:3` from a list marker's numeral, Chinese or Arabic. */
function item(chinese: string | undefined, digits: string | undefined): string {
  return `item:${digits !== undefined ? Number(digits) : chineseNumeral(chinese!)}`;
}

function percentZh(s: string): string {
  const [whole, fraction] = s.split('点');
  const digits = fraction ? `.${[...fraction].map((ch) => CN_DIGIT[ch]).join('')}` : '';
  return `pct:${Number(`${chineseNumeral(whole!)}${digits}`)}`;
}

function numberWord(word: string): string {
  if (word === 'one') return 'num:1';
  const i = EN_WORDS.indexOf(word);
  return numberAnchor(i >= 0 ? i + 2 : EN_ORDINALS.indexOf(word) + 1);
}

/** `1,000` → `num:1000`; a bare four-digit number that can be a year is one. */
function arabic(s: string): string {
  return numberAnchor(Number(s.replaceAll(',', '')), !/[,.]/.test(s));
}

function numberAnchor(n: number, couldBeYear = true): string {
  return couldBeYear && Number.isInteger(n) && n >= 1900 && n <= 2099 ? `year:${n}` : `num:${n}`;
}

/** `date:YYYY-MM-DD`, or `undefined` for something that only looks like a date (13月40日). */
function dateAnchor(date: string | undefined): string | undefined {
  return date && `date:${date}`;
}

/** Two-digit month or day. */
function pad(n: number): string {
  return String(n).padStart(2, '0');
}
