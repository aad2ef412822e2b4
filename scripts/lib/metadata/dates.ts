/**
 * Dates as notices and news reports write them, read into ISO form.
 * Partial dates keep their precision: `2021-05` is May 2021, not 1 May.
 */

const ZH_FULL = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const ZH_MONTH_DAY = /(?<![\d年])(\d{1,2})月(\d{1,2})日/;
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?/;

export function iso(year: number, month: number, day?: number): string {
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return day === undefined ? ym : `${ym}-${String(day).padStart(2, '0')}`;
}

/** `2021年12月1日` → `2021-12-01`; `December 1, 2021` → `2021-12-01`. */
export function fullDateIn(text: string): string | undefined {
  const zh = ZH_FULL.exec(text);
  if (zh) return iso(Number(zh[1]), Number(zh[2]), Number(zh[3]));
  const en = EN_DATE.exec(text);
  if (en?.[3]) return iso(Number(en[3]), monthNumber(en[1]!), Number(en[2]));
  return undefined;
}

/** Every full date in a text, Chinese or English form, in order. */
export function allFullDatesIn(text: string): string[] {
  const zh = [...text.matchAll(new RegExp(ZH_FULL, 'g'))].map((m) => ({ at: m.index!, date: iso(Number(m[1]), Number(m[2]), Number(m[3])) }));
  const en = [...text.matchAll(new RegExp(EN_DATE, 'g'))].flatMap((m) => (m[3] ? [{ at: m.index!, date: iso(Number(m[3]), monthNumber(m[1]!), Number(m[2])) }] : []));
  return [...zh, ...en].sort((a, b) => a.at - b.at).map((d) => d.date);
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
  const en = zh ? undefined : EN_DATE.exec(text);
  const month = zh ? Number(zh[1]) : en ? monthNumber(en[1]!) : undefined;
  const day = zh ? Number(zh[2]) : en ? Number(en[2]) : undefined;
  if (!month || !day) return undefined;
  if (en?.[3]) return iso(Number(en[3]), month, day);
  if (opts.year) return iso(opts.year, month, day);
  if (!opts.reference) return undefined;
  const [refYear, refMonth] = opts.reference.split('-').map(Number) as [number, number];
  return iso(month > refMonth ? refYear - 1 : refYear, month, day);
}
