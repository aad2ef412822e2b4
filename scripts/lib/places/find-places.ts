/**
 * Places a text names, in either language of the archive.
 */
import { findPlacesEn } from './find-places-en.ts';
import { findPlacesZh } from './find-places-zh.ts';
import type { PlaceMention, TextLang } from './types.ts';

/**
 * The places a text names, in text order, non-overlapping, the longest name
 * winning where names overlap. A chain of names each inside the one before
 * (河北省石家庄市正定县, "Zhengding County, Hebei") is one mention of the most
 * specific unit, spanning the chain; its province and prefecture are on the
 * place. Lookup tables are built on the first call.
 *
 * Chinese text must be simplified (traditional converted before). Names that
 * cannot be told apart give no mention: a county name several counties share,
 * without its parent before it (朝阳区); an English name two cities share,
 * without a province beside it (Suzhou). Names inside organisation names
 * (武汉科技大学) are not mentions.
 *
 * @example
 *   findPlaces('武汉与北京、上海、广州、长沙、无锡6个城市', 'zh').map((m) => m.place.en)
 *   // ['Wuhan', 'Beijing', 'Shanghai', 'Guangzhou', 'Changsha', 'Wuxi']
 *   findPlaces('北京市门头沟区等84个城市', 'zh')[0]?.place.code // '110109'
 *   findPlaces('Beijing Economic and Technological Development Zone', 'en')[0]?.place.slug // 'beijing-etdz'
 */
export function findPlaces(text: string, lang: TextLang): PlaceMention[] {
  return lang === 'zh' ? findPlacesZh(text) : findPlacesEn(text);
}
