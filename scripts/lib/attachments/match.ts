/**
 * A listed unit matched to the gazetteer: its GB/T 2260 code and level, with the name kept as the
 * list writes it. The province (column or heading) is read with the unit, so 朝阳区 under 北京市
 * is Beijing's and not Changchun's; a unit the gazetteer does not know (a new district, a town, a
 * park) is flagged, never guessed.
 */
import { findPlacesZh } from '../places/find-places-zh.ts';
import type { Place } from '../places/index.ts';
import type { ListRow } from './types.ts';

export type UnitMatch = { matched: true; place: Place } | { matched: false; reason: string };

/** Notes printed after a name in lists: "（含…）", "（扩大范围）", "(新增)". */
const NOTE = /\s*[(（][^)）]*[)）]\s*$/u;

/** The gazetteer place a row lists, or why none. */
export function matchUnit(row: Pick<ListRow, 'province' | 'unit'>): UnitMatch {
  const unit = row.unit?.replace(NOTE, '').trim();
  if (!unit) return { matched: false, reason: 'no unit named' };
  const province = row.province?.replace(NOTE, '').trim() ?? '';
  // The province first, when the unit does not already start with it: 河北省 + 石家庄市正定县.
  const text = province && !unit.startsWith(province) ? `${province}${unit}` : unit;
  const mentions = findPlacesZh(text);
  const last = mentions.at(-1);
  if (!last || last.end !== text.length)
    return { matched: false, reason: `not in the gazetteer: ${unit}${province ? ` (${province})` : ''}` };
  // Everything before the unit must be its parents (no second, unrelated place on the line).
  if (mentions.length > 1 || last.start !== 0) {
    const covered = mentions.reduce((end, m) => (m.start === end ? m.end : -1), 0);
    if (covered !== text.length) return { matched: false, reason: `more than one place in "${unit}"` };
  }
  return { matched: true, place: last.place };
}
