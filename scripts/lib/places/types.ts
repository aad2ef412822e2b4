/**
 * The shapes the places module hands to the rest of the pipeline: a place of
 * the gazetteer and a mention of one in a text.
 */

/**
 * The administrative level of a place, read from its code and the generic
 * part of its name (省, 市, 区, 县, 旗…).
 */
export type PlaceLevel =
  | 'province'
  | 'municipality'
  | 'autonomous-region'
  | 'sar'
  | 'prefecture-city'
  | 'prefecture'
  | 'district'
  | 'county'
  | 'county-level-city'
  | 'banner'
  | 'development-zone'
  | 'other';

/** A parent unit as places cite it: code and both names. */
export interface PlaceRef {
  code: string;
  zh: string;
  en: string;
}

export interface Place {
  /** GB/T 2260 code (NBS statistical code for development zones); null for supplement units. */
  code: string | null;
  /** Lowercase ASCII, unique across the gazetteer: `zibo`, `beijing-mentougou`. */
  slug: string;
  /** Full official name: 淄博市, 门头沟区, 重庆市. */
  zh: string;
  /** Standard English form: `Zibo`, `Mentougou District`, `Hebei`. */
  en: string;
  level: PlaceLevel;
  /** The province-level unit; a province-level place is its own province. */
  province: PlaceRef;
  /**
   * The prefecture-level unit a county-level place belongs to. Districts and
   * counties of a municipality name the municipality here; province-level and
   * prefecture-level places, and county-level units under a province directly
   * (仙桃市), have none.
   */
  prefecture?: PlaceRef;
  /** Vintage of the code list the place comes from ("2021"), or of the source naming a supplement unit. */
  vintage: string;
}

/** One mention of a place in a text; offsets are UTF-16 indexes, end exclusive. */
export interface PlaceMention {
  place: Place;
  start: number;
  end: number;
  /** The text from start to end (a whole chain such as 河北省石家庄市正定县). */
  matched: string;
}

/** The language of the text places are found in: the notice schema's language. */
export type { Lang as TextLang } from '../../../src/schemas/notice.ts';
