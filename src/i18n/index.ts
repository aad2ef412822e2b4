import en from './en.json';
import zh from './zh.json';

/** UI strings, one flat JSON per language (`notice.issuedOn`); a test checks both have the same keys. */
export const strings = { zh, en } as const;
export type UiLang = keyof typeof strings;
export type StringKey = keyof typeof zh;

/**
 * A UI string in one language.
 *
 * @example
 *   t('site.name', 'en') // 'Pilot Policy Archive'
 */
export function t(key: StringKey, lang: UiLang): string {
  return strings[lang][key];
}

/** The string in both languages, Chinese first: chrome is bilingual throughout. */
export function both(key: StringKey): { zh: string; en: string } {
  return { zh: strings.zh[key], en: strings.en[key] };
}
