import { PROGRAMS, type ProgramId } from '../schemas/programs.ts';
import en from './en.json';
import zh from './zh.json';

/** A program's name and summary come from the program registry, not from the language files. */
type ProgramKey = `program.${ProgramId}` | `program.${ProgramId}.summary`;
const programStrings = (lang: 'zh' | 'en') =>
  Object.fromEntries(
    PROGRAMS.flatMap((p) => [
      [`program.${p.id}`, p.name[lang]],
      [`program.${p.id}.summary`, p.summary[lang]],
    ]),
  ) as Record<ProgramKey, string>;

/** UI strings, one flat JSON per language (`notice.signed`); a test checks both have the same keys. */
export const strings = { zh: { ...zh, ...programStrings('zh') }, en: { ...en, ...programStrings('en') } } as const;
export type UiLang = keyof typeof strings;
export type StringKey = keyof typeof zh | ProgramKey;

/**
 * A UI string in one language, with `{name}` placeholders filled.
 *
 * @example
 *   t('notice.batchNumber', 'zh', { n: 2 }) // '第2批'
 */
export function t(key: StringKey, lang: UiLang, vars: Record<string, string | number> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The string in both languages: the archive's chrome is bilingual throughout. */
export function both(key: StringKey, vars: Record<string, string | number> = {}): { zh: string; en: string } {
  return { zh: t(key, 'zh', vars), en: t(key, 'en', vars) };
}

/** The string in both languages as one plain text, Chinese first (`搜索 Search`): for attributes and labels a script writes. */
export function bothInline(key: StringKey, vars: Record<string, string | number> = {}): string {
  const { zh, en } = both(key, vars);
  return `${zh} ${en}`;
}

/**
 * The UI string of an administrative level token (`prefecture-city` → 地级市 / prefecture-level
 * city); a token without words of its own reads as "other", never raw.
 */
export function levelKey(level: string): StringKey {
  const key = `level.${level}`;
  return key in strings.zh ? (key as StringKey) : 'level.other';
}
