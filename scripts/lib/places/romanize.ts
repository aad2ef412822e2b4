/**
 * Hanyu Pinyin for place names: pinyin-pro's reading, corrected where place
 * names read a character differently from everyday words, without tones,
 * syllables joined, with the apostrophe pinyin puts before a syllable that
 * starts with a, o or e (Xi'an, Lu'an).
 */
import { pinyin } from 'pinyin-pro';

/**
 * Characters pinyin-pro reads in their everyday sense but that place names
 * always read one way (郫都 Pidu, not Pidou; 大城 Dacheng, not Daicheng).
 */
const CHARACTER_READINGS: Record<string, string> = {
  都: 'du', // 丰都, 都匀, 郫都: 都 as "capital", never "all"
  大: 'da', // 大城: never dai in a place name
  什: 'shi', // 喀什, 什邡, 康巴什
  蚌: 'beng', // 蚌山区 goes with 蚌埠
  陂: 'pi', // 黄陂
  柏: 'bai', // 万柏林
  曾: 'zeng', // 曾都: the surname reading
  筠: 'jun', // 筠连
};

/**
 * Names whose reading is particular to that name: a character read one way
 * here and another way elsewhere (乐山 Leshan but 乐清 Yueqing, 乐亭 Laoting).
 */
const NAME_READINGS: Record<string, string[]> = {
  乐清: ['yue', 'qing'],
  乐亭: ['lao', 'ting'],
  乐陵: ['lao', 'ling'],
  民乐: ['min', 'le'],
  单县: ['shan', 'xian'],
  洪洞: ['hong', 'tong'],
  涡阳: ['guo', 'yang'],
  蔚县: ['yu', 'xian'],
  歙县: ['she', 'xian'],
  浚县: ['xun', 'xian'],
  繁峙: ['fan', 'shi'],
  中牟: ['zhong', 'mou'],
  牟定: ['mou', 'ding'],
  大埔: ['da', 'bu'],
  闵行: ['min', 'hang'],
  六合: ['lu', 'he'],
  尉犁: ['yu', 'li'],
  泌阳: ['bi', 'yang'],
  覃塘: ['tan', 'tang'],
  调兵山: ['diao', 'bing', 'shan'],
  称多: ['chen', 'duo'],
  珲春: ['hun', 'chun'],
  穆棱: ['mu', 'ling'],
  召陵: ['shao', 'ling'],
  宕昌: ['tan', 'chang'],
};

const NAME_READING_KEYS = Object.keys(NAME_READINGS).sort((a, b) => b.length - a.length);

/**
 * The toneless pinyin syllables of a Chinese name, one per character, with
 * place-name readings applied (ü kept as ü).
 *
 * @example
 *   syllablesOf('蚌埠') // ['beng', 'bu']
 */
export function syllablesOf(zh: string): string[] {
  const chars = [...zh];
  const read = pinyin(zh, { toneType: 'none', type: 'array' });
  // pinyin-pro returns one syllable per Han character; anything else would
  // misalign the corrections below, so fall back to character by character.
  const syllables =
    read.length === chars.length ? read : chars.map((ch) => pinyin(ch, { toneType: 'none', type: 'array' })[0] ?? ch);
  chars.forEach((ch, i) => {
    const fixed = CHARACTER_READINGS[ch];
    if (fixed) syllables[i] = fixed;
  });
  for (const key of NAME_READING_KEYS) {
    for (let at = zh.indexOf(key); at !== -1; at = zh.indexOf(key, at + key.length)) {
      NAME_READINGS[key]!.forEach((s, k) => (syllables[at + k] = s));
    }
  }
  return syllables;
}

/**
 * A Chinese name in pinyin as English writes place names: syllables joined,
 * an apostrophe before a syllable starting with a, o or e, first letter
 * capitalised.
 *
 * @example
 *   romanize('厦门') // 'Xiamen'
 *   romanize('六安') // "Lu'an"
 */
export function romanize(zh: string): string {
  const joined = syllablesOf(zh)
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('');
  return capitalise(joined);
}

/**
 * The word with its first letter in upper case.
 *
 * @example
 *   capitalise('xiamen') // 'Xiamen'
 */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Lowercase ASCII words joined by hyphens, for slugs: apostrophes dropped,
 * ü written v as Chinese URLs do (Lüliang → lvliang).
 *
 * @example
 *   slugify("Xi'an Economic Zone") // 'xian-economic-zone'
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
