/**
 * Chinese administrative places: a gazetteer with GB/T 2260 codes, English
 * names and slugs, and the finding of place names in Chinese and English text.
 */
export type { Place, PlaceLevel, PlaceMention, PlaceRef, TextLang } from './types.ts';
export { allPlaces, GAZETTEER_SOURCE, isWithin, placeByCode, placeBySlug } from './gazetteer.ts';
export { findPlaces } from './find-places.ts';
export { PREFECTURE_AND_ABOVE } from './levels.ts';
export { SUPPLEMENT, type SupplementUnit } from './supplement.ts';
