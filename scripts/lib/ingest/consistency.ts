import { anchorsOf } from './anchors.ts';
import type { Paragraph } from './types.ts';

/** Anchor kinds a faithful translation keeps: numbers, years, dates (full and partial), percentages, document numbers. */
const CHECKED = /^(?:num|year|date|ym|md|pct|doc):/;

export interface Mismatch {
  /** Row anchor, e.g. `p4`. */
  row: string;
  onlyInSource: string[];
  onlyInTranslation: string[];
}

/**
 * Rows whose source and translation disagree on a number, date or document
 * number (84/13/41, 2015年8月31日 ↔ August 31, 2015, 〔2014〕515号).
 *
 * @example
 *   checkRows([{ row: 'p1', zh: { text: '84个城市', role: 'body' }, en: { text: '48 cities', role: 'body' } }])
 *   // [{ row: 'p1', onlyInSource: ['num:84'], onlyInTranslation: ['num:48'] }]
 */
export function checkRows(rows: Array<{ row: string; zh?: Paragraph; en?: Paragraph }>): Mismatch[] {
  return rows.flatMap(({ row, zh, en }) => {
    if (!zh || !en) return [];
    const source = new Set(anchorsOf(zh.text, 'zh').filter((a) => CHECKED.test(a)));
    const target = new Set(anchorsOf(en.text, 'en').filter((a) => CHECKED.test(a)));
    const onlyInSource = [...source].filter((a) => !target.has(a));
    const onlyInTranslation = [...target].filter((a) => !source.has(a));
    return onlyInSource.length || onlyInTranslation.length ? [{ row, onlyInSource, onlyInTranslation }] : [];
  });
}

/** `row p4: source has 84, 2015-08-31; translation has 48` */
export function describeMismatch(m: Mismatch): string {
  const show = (xs: string[]) => (xs.length ? xs.map((x) => x.replace(/^\w+:/, '')).join(', ') : 'nothing');
  return `row ${m.row}: numbers, dates or document numbers differ (source has ${show(m.onlyInSource)}; translation has ${show(m.onlyInTranslation)})`;
}
