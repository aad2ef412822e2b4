/**
 * Administrative levels, read from a unit's code and the generic part of its
 * name, the way GB/T 2260 and the NBS statistical codes encode them.
 */
import type { PlaceLevel } from './types.ts';

/** Province-level units governed directly by the central government (直辖市). */
const MUNICIPALITY_PREFIXES = new Set(['11', '12', '31', '50']);
/** Hong Kong and Macao (特别行政区). */
const SAR_PREFIXES = new Set(['81', '82']);

/**
 * The level of a province-level unit.
 *
 * @example
 *   provinceLevelOf('500000', '重庆市') // 'municipality'
 *   provinceLevelOf('450000', '广西壮族自治区') // 'autonomous-region'
 */
export function provinceLevelOf(code: string, zh: string): PlaceLevel {
  const prefix = code.slice(0, 2);
  if (MUNICIPALITY_PREFIXES.has(prefix)) return 'municipality';
  if (SAR_PREFIXES.has(prefix)) return 'sar';
  if (zh.endsWith('自治区')) return 'autonomous-region';
  return 'province';
}

/**
 * The level of a prefecture-level unit: a city (地级市) or one of the older
 * forms, 地区, 自治州 and 盟, grouped as "prefecture".
 *
 * @example
 *   prefectureLevelOf('淄博市') // 'prefecture-city'
 *   prefectureLevelOf('恩施土家族苗族自治州') // 'prefecture'
 */
export function prefectureLevelOf(zh: string): PlaceLevel {
  return zh.endsWith('市') ? 'prefecture-city' : 'prefecture';
}

/**
 * The level of a county-level unit. The NBS list numbers the development
 * zones it counts as county-level units 71–79 in the last two digits
 * (130371 秦皇岛市经济技术开发区), whatever their name ends with.
 *
 * @example
 *   countyLevelOf('110109', '门头沟区') // 'district'
 *   countyLevelOf('130371', '秦皇岛市经济技术开发区') // 'development-zone'
 */
export function countyLevelOf(code: string, zh: string): PlaceLevel {
  const serial = Number(code.slice(4));
  if (serial >= 71 && serial <= 79) return 'development-zone';
  // 神农架林区 is a forestry district, a county-level unit of its own kind.
  if (zh.endsWith('林区')) return 'other';
  if (zh.endsWith('区')) return 'district';
  if (zh.endsWith('县')) return 'county';
  if (zh.endsWith('市')) return 'county-level-city';
  if (zh.endsWith('旗')) return 'banner';
  return 'other';
}

/** Province-level levels: the top tier of the gazetteer. */
export const PROVINCE_LEVELS: ReadonlySet<PlaceLevel> = new Set([
  'province',
  'municipality',
  'autonomous-region',
  'sar',
]);
/** Prefecture-level levels: the tier the caller mostly wants. */
export const PREFECTURE_LEVELS: ReadonlySet<PlaceLevel> = new Set(['prefecture-city', 'prefecture']);
/** Prefecture level and above: places a text may name by their short form (三亚 for 三亚市). */
export const PREFECTURE_AND_ABOVE: ReadonlySet<PlaceLevel> = new Set([...PROVINCE_LEVELS, ...PREFECTURE_LEVELS]);
