/**
 * A list heading in English, where the archive can say it without translating prose: the
 * category a heading names (新增 / 扩大范围 / 专项) or the province it is, with its numbering
 * ("一、") and its count ("（5个）"). Anything else has no English (null), shown as not translated.
 */
import type { EntryType } from '../../../src/schemas/notice.ts';
import { findPlacesZh } from '../places/find-places-zh.ts';
import { entryTypeOf } from './rows.ts';

const CATEGORY: Record<EntryType, string> = {
  new: 'New pilots',
  expanded: 'Pilots with expanded scope',
  special: 'Special pilot projects',
};

const NUMERALS = '一二三四五六七八九十';

/**
 * @example headingEn('一、新增试点城市（5个）') // '1. New pilots (5)'
 * @example headingEn('河北省') // 'Hebei'
 */
export function headingEn(zh: string): string | null {
  const numbered = /^\s*([一二三四五六七八九十]{1,2})\s*[、.．]\s*/u.exec(zh);
  let rest = zh.slice(numbered?.[0].length ?? 0).trim();
  const count = /\s*[(（]\s*(?:共\s*)?(\d+)\s*个?\s*[)）]\s*$/u.exec(rest);
  if (count) rest = rest.slice(0, count.index).trim();
  const type = entryTypeOf(rest);
  let label: string | undefined = type ? CATEGORY[type] : undefined;
  if (!label) {
    const places = findPlacesZh(rest);
    if (places.length === 1 && places[0]!.start === 0 && places[0]!.end === rest.length) label = places[0]!.place.en;
  }
  if (!label) return null;
  const n = numbered ? numeral(numbered[1]!) : undefined;
  return `${n ? `${n}. ` : ''}${label}${count ? ` (${count[1]})` : ''}`;
}

/** 一 … 十九 as a number. */
function numeral(text: string): number {
  if (text.length === 1) return NUMERALS.indexOf(text) + 1;
  return text.startsWith('十') ? 10 + NUMERALS.indexOf(text[1]!) + 1 : (NUMERALS.indexOf(text[0]!) + 1) * 10;
}
