/** Chinese numerals, as dates, counts and list markers write them. */

/** The digits, 〇/零 both zero, 两 a second two. */
export const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** The units a numeral may carry: 一百零三, 三万五千. */
export const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
/** A year written digit by digit, as a regular-expression source: 二〇二一. */
export const CN_YEAR = '[〇零一二三四五六七八九]{4}';
/** A month or day, as a regular-expression source: 十二, 二十五, 三十一. */
export const CN_MONTH_DAY = '[一二三四五六七八九十]{1,3}';

/**
 * The value of one Chinese numeral: positional (二〇二一) or with units
 * (一百零三, 三万五千; a bare 十 is one ten: 十二).
 *
 * @example
 *   chineseNumeral('二〇二一') // 2021
 *   chineseNumeral('三十一')   // 31
 */
export function chineseNumeral(token: string): number {
  if (![...token].some((ch) => ch in CN_UNIT)) return Number([...token].map((ch) => CN_DIGIT[ch]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of token) {
    const unit = CN_UNIT[ch];
    if (unit === undefined) digit = CN_DIGIT[ch] ?? 0;
    else if (unit === 10000) [total, section, digit] = [(total + section + digit) * unit, 0, 0];
    else [section, digit] = [section + (digit || (unit === 10 ? 1 : 0)) * unit, 0];
  }
  return total + section + digit;
}

/** A number written in Arabic digits or in Chinese numerals: `12` or 十二. */
export function numberIn(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : chineseNumeral(text);
}
