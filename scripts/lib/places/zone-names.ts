/**
 * English names and slugs of development zones (开发区, 新区, 园区…): the
 * places the name starts with, in their English form, then the zone type in
 * the English the zones use for themselves (130371 秦皇岛市经济技术开发区 →
 * Qinhuangdao Economic and Technological Development Zone, slug tail `etdz`).
 */
import { coreEnglish } from './english-names.ts';
import { slugify } from './romanize.ts';

/** Zone types, with English and a short slug form. Matched at the end of the name, longest first. */
export const ZONE_TYPES: Array<{ zh: string; en: string; slug: string }> = [
  { zh: '经济技术开发区', en: 'Economic and Technological Development Zone', slug: 'etdz' },
  { zh: '高新技术产业开发区', en: 'High-tech Industrial Development Zone', slug: 'hidz' },
  { zh: '火炬高技术产业开发区', en: 'Torch High-tech Industrial Development Zone', slug: 'torch-hidz' },
  { zh: '高新技术产业园区', en: 'High-tech Industrial Park', slug: 'high-tech-park' },
  { zh: '高新技术开发区', en: 'High-tech Development Zone', slug: 'htdz' },
  { zh: '经济开发区', en: 'Economic Development Zone', slug: 'edz' },
  { zh: '现代产业园区', en: 'Modern Industrial Park', slug: 'industrial-park' },
  { zh: '工业园区', en: 'Industrial Park', slug: 'industrial-park' },
  { zh: '综合保税区', en: 'Comprehensive Bonded Zone', slug: 'bonded-zone' },
  { zh: '城乡一体化示范区', en: 'Urban-Rural Integration Demonstration Zone', slug: 'urban-rural-zone' },
  { zh: '示范区', en: 'Demonstration Zone', slug: 'demonstration-zone' },
  { zh: '管理区', en: 'Administrative Area', slug: 'admin-area' },
  { zh: '管委会', en: 'Administrative Committee', slug: 'admin-committee' },
  { zh: '风景名胜区', en: 'Scenic Area', slug: 'scenic-area' },
  { zh: '开发区', en: 'Development Zone', slug: 'dz' },
  { zh: '新区', en: 'New Area', slug: 'new-area' },
  { zh: '新城', en: 'New Town', slug: 'new-town' },
  { zh: '园区', en: 'Park', slug: 'park' },
].sort((a, b) => b.zh.length - a.zh.length);

/** Words in zone names that are descriptions, not place names (长春汽车经济技术开发区). */
const DESCRIPTIVE_WORDS: Record<string, string> = {
  汽车: 'Automotive',
  医药: 'Pharmaceutical',
  稀土: 'Rare Earth',
  循环化工: 'Circular Chemical',
  港: 'Port', // 东营港经济开发区
};

/** A province or prefecture a zone name may start with. */
export interface NamedUnit {
  code: string;
  /** English core: `Qinhuangdao`. */
  en: string;
}

/** Looks up a province or prefecture by its short name (秦皇岛, 河北). */
export type UnitByShortName = (zh: string) => NamedUnit | undefined;

/** The longest name at `at` that lookup knows, trying up to five characters. */
function knownNameAt(zh: string, at: number, lookup: UnitByShortName): { unit: NamedUnit; length: number } | undefined {
  for (let length = Math.min(5, zh.length - at); length >= 2; length--) {
    const unit = lookup(zh.slice(at, at + length));
    if (unit) return { unit, length };
  }
  return undefined;
}

/**
 * The English name of a development zone and the tail of its slug, which
 * leaves out the zone's own province and prefecture (the slug starts with the
 * prefecture's slug already).
 *
 * @example
 *   zoneEnglishName('秦皇岛市经济技术开发区', lookup, new Set(['130300', '130000']))
 *   // { en: 'Qinhuangdao Economic and Technological Development Zone', slugTail: 'etdz' }
 */
export function zoneEnglishName(
  zh: string,
  lookup: UnitByShortName,
  ownCodes: ReadonlySet<string>,
): { en: string; slugTail: string } {
  const type = ZONE_TYPES.find((t) => zh.endsWith(t.zh) && zh.length > t.zh.length);
  const head = type ? zh.slice(0, zh.length - type.zh.length) : zh;
  const words: Array<{ en: string; inSlug: boolean }> = [];
  let pending = '';
  const flush = () => {
    if (pending) words.push({ en: DESCRIPTIVE_WORDS[pending] ?? coreEnglish(pending), inSlug: true });
    pending = '';
  };
  for (let at = 0; at < head.length;) {
    const known = knownNameAt(head, at, lookup);
    if (!known) {
      pending += head[at++];
      continue;
    }
    flush();
    words.push({ en: known.unit.en, inSlug: !ownCodes.has(known.unit.code) });
    at += known.length;
    if (head[at] === '市') at++; // 秦皇岛市经济技术开发区: English drops the generic
  }
  flush();
  const en = [...words.map((w) => w.en), ...(type ? [type.en] : [])].join(' ');
  const slugTail = slugify([...words.filter((w) => w.inSlug).map((w) => w.en), type?.slug ?? ''].join(' '));
  return { en, slugTail: slugTail || slugify(en) };
}
