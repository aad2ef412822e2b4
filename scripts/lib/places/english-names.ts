/**
 * Standard English names of administrative units.
 *
 * Convention: province-level units and prefecture cities go by the bare name
 * (Hebei, Beijing, Zibo); other prefecture-level units and all county-level
 * units carry their generic in English (Enshi Tujia and Miao Autonomous
 * Prefecture, Mentougou District, Zhengding County, Kunshan City, Oroqen
 * Autonomous Banner). A monosyllabic name keeps its generic syllable, as
 * Chinese toponymic rules require (忠县 Zhongxian County, 城区 Chengqu
 * District). Names are pinyin unless the unit has an established English or
 * minority-language form (OFFICIAL_ENGLISH).
 */
import { romanize } from './romanize.ts';
import type { PlaceLevel } from './types.ts';

/**
 * English forms that are not the plain pinyin of the name's core, keyed by the
 * core (the name without 省/市/自治州…). Sources: the State Council's and the
 * units' own English usage; Tibetan and Uygur names follow the official
 * transcriptions (Xigaze, Qamdo), except Kashgar, the usual English form.
 */
export const OFFICIAL_ENGLISH: Record<string, string> = {
  // provinces and SARs
  陕西: 'Shaanxi', // distinguished from 山西 Shanxi by the doubled a
  内蒙古: 'Inner Mongolia',
  西藏: 'Tibet',
  香港: 'Hong Kong',
  澳门: 'Macao',
  // Heilongjiang, Inner Mongolia: Manchu and Mongolian names
  哈尔滨: 'Harbin',
  齐齐哈尔: 'Qiqihar',
  大兴安岭: 'Da Hinggan Ling',
  呼和浩特: 'Hohhot',
  鄂尔多斯: 'Ordos',
  呼伦贝尔: 'Hulunbuir',
  巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab',
  兴安: 'Hinggan',
  锡林郭勒: 'Xilingol',
  阿拉善: 'Alxa',
  二连浩特: 'Erenhot',
  锡林浩特: 'Xilinhot',
  乌兰浩特: 'Ulanhot',
  霍林郭勒: 'Holingol',
  额尔古纳: 'Ergun',
  // Xinjiang: Uygur, Kazak and Mongolian names
  乌鲁木齐: 'Urumqi',
  克拉玛依: 'Karamay',
  吐鲁番: 'Turpan',
  博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin',
  阿克苏: 'Aksu',
  克孜勒苏: 'Kizilsu',
  喀什: 'Kashgar',
  和田: 'Hotan',
  伊犁: 'Ili',
  阿勒泰: 'Altay',
  库尔勒: 'Korla',
  阿图什: 'Artux',
  库车: 'Kuqa',
  奎屯: 'Kuytun',
  霍尔果斯: 'Khorgas',
  阿拉尔: 'Aral',
  图木舒克: 'Tumxuk',
  可克达拉: 'Kokdala',
  塔什库尔干: 'Taxkorgan',
  // Tibet, Qinghai, Sichuan: Tibetan names
  拉萨: 'Lhasa',
  日喀则: 'Xigaze',
  昌都: 'Qamdo',
  林芝: 'Nyingchi',
  那曲: 'Nagqu',
  阿里: 'Ngari',
  果洛: 'Golog',
  阿坝: 'Ngawa',
  甘孜: 'Garze',
};

/**
 * Other spellings English texts use, for matching only (never displayed).
 * Apostrophe-less and ü-less spellings are added automatically.
 */
export const ENGLISH_VARIANTS: Record<string, string[]> = {
  西藏: ['Xizang'],
  澳门: ['Macau'],
  内蒙古: ['Nei Mongol'],
  喀什: ['Kashi'],
  日喀则: ['Shigatse', 'Rikaze'],
  昌都: ['Changdu'],
  林芝: ['Linzhi'],
  那曲: ['Naqu'],
  甘孜: ['Ganzi'],
  乌鲁木齐: ['Urumchi'],
  呼和浩特: ['Huhhot'],
  和田: ['Hetian'],
  伊犁: ['Yili'],
  霍尔果斯: ['Horgos'],
};

/** Ethnic groups as autonomous units name them, with their official English names. */
export const ETHNIC_GROUPS: Record<string, string> = {
  蒙古族: 'Mongol',
  蒙古: 'Mongol',
  回族: 'Hui',
  藏族: 'Tibetan',
  维吾尔: 'Uygur',
  苗族: 'Miao',
  彝族: 'Yi',
  壮族: 'Zhuang',
  布依族: 'Bouyei',
  朝鲜族: 'Korean',
  满族: 'Manchu',
  侗族: 'Dong',
  瑶族: 'Yao',
  白族: 'Bai',
  土家族: 'Tujia',
  哈尼族: 'Hani',
  哈萨克族: 'Kazak',
  哈萨克: 'Kazak',
  傣族: 'Dai',
  黎族: 'Li',
  傈僳族: 'Lisu',
  佤族: 'Va',
  畲族: 'She',
  拉祜族: 'Lahu',
  水族: 'Shui',
  东乡族: 'Dongxiang',
  纳西族: 'Naxi',
  景颇族: 'Jingpo',
  柯尔克孜: 'Kirgiz',
  土族: 'Tu',
  达斡尔族: 'Daur',
  仫佬族: 'Mulao',
  羌族: 'Qiang',
  布朗族: 'Blang',
  撒拉族: 'Salar',
  毛南族: 'Maonan',
  仡佬族: 'Gelao',
  锡伯: 'Xibe',
  普米族: 'Pumi',
  塔吉克: 'Tajik',
  怒族: 'Nu',
  鄂温克族: 'Ewenki',
  鄂伦春: 'Oroqen',
  保安族: 'Bonan',
  裕固族: 'Yugur',
  独龙族: 'Derung',
  各族: 'Various Nationalities', // 龙胜各族自治县, 隆林各族自治县
};

const ETHNIC_KEYS = Object.keys(ETHNIC_GROUPS).sort((a, b) => b.length - a.length);

/** Generic parts of names, longest first, with their English. */
const GENERICS: Array<{ zh: string; en: string }> = [
  { zh: '特别行政区', en: 'Special Administrative Region' },
  { zh: '自治区', en: 'Autonomous Region' },
  { zh: '自治州', en: 'Autonomous Prefecture' },
  { zh: '自治县', en: 'Autonomous County' },
  { zh: '自治旗', en: 'Autonomous Banner' },
  { zh: '地区', en: 'Prefecture' },
  { zh: '新区', en: 'New Area' },
  { zh: '特区', en: 'Special District' },
  { zh: '林区', en: 'Forestry District' },
  { zh: '省', en: 'Province' },
  { zh: '市', en: 'City' },
  { zh: '区', en: 'District' },
  { zh: '县', en: 'County' },
  { zh: '旗', en: 'Banner' },
  { zh: '盟', en: 'League' },
];

/** A name taken apart: 石柱土家族自治县 → core 石柱, ethnic [土家族], generic 自治县. */
export interface NameParts {
  core: string;
  /** Ethnic groups in the order the name gives them. */
  ethnic: string[];
  generic: string;
  genericEn: string;
}

/**
 * Splits a full name into core, ethnic groups and generic. Ethnic groups are
 * split off only where the name says so: before 自治… or as a …族 before the
 * generic (管城回族区), so a core that merely ends like a group name stays whole.
 *
 * @example
 *   nameParts('彭水苗族土家族自治县') // { core: '彭水', ethnic: ['苗族', '土家族'], generic: '自治县', … }
 */
export function nameParts(zh: string): NameParts {
  const generic =
    GENERICS.find((g) => zh.endsWith(g.zh) && zh.length > g.zh.length) ?? GENERICS.find((g) => zh.endsWith(g.zh));
  if (!generic) return { core: zh, ethnic: [], generic: '', genericEn: '' };
  let core = zh.slice(0, zh.length - generic.zh.length);
  const ethnic: string[] = [];
  const autonomous = generic.zh.startsWith('自治');
  // 内蒙古 ends like 蒙古 but is a name, not a group: official names stay whole.
  while (!(core in OFFICIAL_ENGLISH)) {
    const group = ETHNIC_KEYS.find((k) => core.endsWith(k) && (autonomous || k.endsWith('族')));
    if (!group) break;
    ethnic.unshift(group);
    core = core.slice(0, core.length - group.length);
  }
  return { core, ethnic, generic: generic.zh, genericEn: generic.en };
}

/** Ethnic groups in English: "Tujia and Miao", "Bonan, Dongxiang and Salar". */
function ethnicEnglish(groups: string[]): string {
  const en = [...new Set(groups.map((g) => ETHNIC_GROUPS[g]!))];
  return en.length <= 1 ? (en[0] ?? '') : `${en.slice(0, -1).join(', ')} and ${en.at(-1)}`;
}

/**
 * The English form of a name's core: the official form when there is one,
 * else pinyin.
 *
 * @example
 *   coreEnglish('陕西') // 'Shaanxi'
 *   coreEnglish('厦门') // 'Xiamen'
 */
export function coreEnglish(core: string): string {
  return OFFICIAL_ENGLISH[core] ?? romanize(core);
}

/** The English name and the parts slugs and matching are built from. */
export interface EnglishName {
  /** Display form: `Zibo`, `Mentougou District`. */
  en: string;
  /** The core alone, for slugs and bare-name matching: `Zibo`, `Mentougou`. */
  core: string;
  /** The full official form, where it differs from `en` (Guangxi Zhuang Autonomous Region). */
  official?: string;
}

/**
 * The standard English name of a province-, prefecture- or county-level unit
 * (development zones are named by zoneEnglishName).
 *
 * @example
 *   englishNameOf('淄博市', 'prefecture-city').en // 'Zibo'
 *   englishNameOf('门头沟区', 'district').en // 'Mentougou District'
 *   englishNameOf('石柱土家族自治县', 'county').en // 'Shizhu Tujia Autonomous County'
 *   englishNameOf('广西壮族自治区', 'autonomous-region').en // 'Guangxi'
 */
export function englishNameOf(zh: string, level: PlaceLevel): EnglishName {
  const parts = nameParts(zh);
  const ethnic = ethnicEnglish(parts.ethnic);
  // 鄂伦春自治旗: the group is the whole name.
  if (!parts.core) return { en: `${ethnic} ${parts.genericEn}`, core: ethnic };
  // A one-character core keeps its generic syllable: 忠县 Zhongxian, 城区 Chengqu.
  const core = [...parts.core].length === 1 ? romanize(parts.core + parts.generic.slice(-1)) : coreEnglish(parts.core);
  const withEthnic = ethnic ? `${core} ${ethnic}` : core;
  switch (level) {
    case 'province':
    case 'municipality':
    case 'sar':
    case 'autonomous-region':
      return {
        en: core,
        core,
        ...(parts.genericEn && level !== 'municipality' ? { official: `${withEthnic} ${parts.genericEn}` } : {}),
      };
    case 'prefecture-city':
      return { en: core, core };
    default:
      return { en: `${withEthnic} ${parts.genericEn}`.trim(), core };
  }
}

/**
 * English spellings to accept when matching a core besides its display form:
 * recorded variants, and the forms without apostrophe and ü that plain-ASCII
 * texts use (Xian, Luan, Lvliang, Luliang).
 *
 * @example
 *   spellingsOf("Xi'an", '西安') // ["Xi'an", 'Xian']
 */
export function spellingsOf(coreEn: string, coreZh: string): string[] {
  const forms = [coreEn, ...(ENGLISH_VARIANTS[coreZh] ?? [])];
  for (const form of [...forms]) {
    forms.push(form.replace(/['’]/g, ''), form.replace(/ü/g, 'v'), form.replace(/ü/g, 'u'));
  }
  return [...new Set(forms)];
}

/**
 * Units whose English name and slug tail no rule gives: islands, an
 * administrative committee, and development zones named by a phrase rather
 * than place + zone type. Keyed by code.
 */
export const NAMES_BY_CODE: Record<string, { en: string; slug: string }> = {
  '460321': { en: 'Xisha Islands', slug: 'xisha-islands' },
  '460322': { en: 'Nansha Islands', slug: 'nansha-islands' },
  '460323': { en: 'Islands, Reefs and Sea Areas of the Zhongsha Islands', slug: 'zhongsha-islands' },
  '632857': { en: 'Da Qaidam Administrative Committee', slug: 'da-qaidam' },
  '140171': {
    en: 'Shanxi Transformation and Comprehensive Reform Demonstration Zone',
    slug: 'transformation-reform-zone',
  },
  '220273': { en: 'Jilin China-Singapore Food Zone', slug: 'china-singapore-food-zone' },
  '341171': { en: 'China-Singapore Suchu High-tech Industrial Development Zone', slug: 'china-singapore-suchu-hidz' },
  '410173': { en: 'Zhengzhou Airport Economy Zone', slug: 'airport-economy-zone' },
  '411471': { en: 'Yudong Comprehensive Logistics Industry Cluster', slug: 'yudong-logistics-cluster' },
  '540171': { en: 'Golmud Tibet-Qinghai Industrial Park', slug: 'golmud-industrial-park' },
  '540173': { en: 'Tibet Cultural Tourism Creative Park', slug: 'cultural-tourism-park' },
};
