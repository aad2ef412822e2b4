/**
 * Dates as notices and news reports write them, read into ISO form.
 * Partial dates keep their precision: `2021-05` is May 2021, not 1 May.
 */
import { CN_MONTH_DAY, CN_YEAR, numberIn } from './numerals.ts';

const ZH_MONTH_DAY = /(?<![\d年])(\d{1,2})月(\d{1,2})日/;
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name, whole or shortened (`Sept.`), never a longer word that starts like one (Decision, Mayor); one group. */
export const EN_MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?';
const EN_MONTH_DAY = new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?`);

/** A year of this era, as a regular-expression source with one group. */
export const YEAR = '((?:19|20)\\d{2})';

/**
 * The ways a full date is written, each with how to read its parts (year,
 * month, day). The metadata stage reads dates with these, and the aligner's
 * anchors too, so both agree on what a date is.
 */
export const FULL_DATES: ReadonlyArray<{ re: RegExp; read: (m: string[]) => [number, number, number] }> = [
  // 2021年12月1日 · 二〇二一年十二月一日 · 2021 年 12 月 1 号
  {
    re: new RegExp(
      `(?<!\\d)(\\d{4}|${CN_YEAR})\\s*年\\s*(\\d{1,2}|${CN_MONTH_DAY})\\s*月\\s*(\\d{1,2}|${CN_MONTH_DAY})\\s*[日号]`,
      'g',
    ),
    read: (m) => [numberIn(m[1]!), numberIn(m[2]!), numberIn(m[3]!)],
  },
  // 2021-12-01 · 2021/12/1 · 2021.12.01 (never inside a longer run of digits and hyphens: a phone number)
  {
    re: new RegExp(`(?<![\\d-])${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d-])`, 'g'),
    read: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  // December 1, 2021 · Dec. 1st 2021
  {
    re: new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'g'),
    read: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])],
  },
  // 1 December 2021
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${EN_MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])],
  },
];

/** The ISO date a FULL_DATES match stands for, or undefined when no such day exists (2021-02-29). */
export function fullDateOf(read: (m: string[]) => [number, number, number], m: string[]): string | undefined {
  const [year, month, day] = read(m);
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = year >= 1000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? iso(year, month, day) : undefined;
}

export function iso(year: number, month: number, day?: number): string {
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return day === undefined ? ym : `${ym}-${String(day).padStart(2, '0')}`;
}

/** Every full date in a text, in any form FULL_DATES knows, in order of position (overlaps: the earlier, then the longer, wins). */
function fullDates(text: string): Array<{ start: number; end: number; date: string }> {
  const found = FULL_DATES.flatMap(({ re, read }) =>
    [...text.matchAll(re)].flatMap((m) => {
      const date = fullDateOf(read, m);
      return date ? [{ start: m.index, end: m.index + m[0].length, date }] : [];
    }),
  );
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  for (const d of found) if (d.start >= (kept.at(-1)?.end ?? 0)) kept.push(d);
  return kept;
}

/** `2021年12月1日`, `二〇二一年十二月一日`, `December 1, 2021`, `1 December 2021`, `2021-12-01` → `2021-12-01`: the first in the text. */
export function fullDateIn(text: string): string | undefined {
  return fullDates(text)[0]?.date;
}

/** Every full date in a text, in order. */
export function allFullDatesIn(text: string): string[] {
  return fullDates(text).map((d) => d.date);
}

/** Whether a line is one full date and nothing else (a notice's date line). */
export function isDateLine(text: string): boolean {
  const line = text.trim();
  const dates = fullDates(line);
  return dates.length === 1 && dates[0]!.start === 0 && dates[0]!.end === line.length;
}

/** `Dec`, `December` → 12 (0 for a word that is no month). */
export function monthNumber(name: string): number {
  return EN_MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * A date given without its year (`12月13日`, `On Aug. 5`), placed in the year
 * of a reference date: a report is dated on or after what it reports, so a
 * month later than the reference month falls in the year before.
 *
 * @example
 *   monthDayIn('12月13日,由住房和城乡建设部…', { reference: '2023-12-13' }) // '2023-12-13'
 */
export function monthDayIn(text: string, opts: { reference?: string; year?: number }): string | undefined {
  const zh = ZH_MONTH_DAY.exec(text);
  const en = zh ? undefined : EN_MONTH_DAY.exec(text);
  const month = zh ? Number(zh[1]) : en ? monthNumber(en[1]!) : undefined;
  const day = zh ? Number(zh[2]) : en ? Number(en[2]) : undefined;
  if (!month || !day) return undefined;
  if (en?.[3]) return iso(Number(en[3]), month, day);
  if (opts.year) return iso(opts.year, month, day);
  if (!opts.reference) return undefined;
  const [refYear, refMonth] = opts.reference.split('-').map(Number) as [number, number];
  return iso(month > refMonth ? refYear - 1 : refYear, month, day);
}
