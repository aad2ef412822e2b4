import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import { t } from './index.ts';
import zh from './zh.json';

describe('UI strings', () => {
  it('exist in both languages for every key', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('are never empty', () => {
    for (const value of [...Object.values(zh), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('fill placeholders', () => {
    expect(t('notice.batchNumber', 'zh', { n: 2 })).toBe('第2批');
    expect(t('notice.batchNumber', 'en', { n: 2 })).toBe('Batch 2');
  });
});

describe('UI strings in the site', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : /\.(astro|ts)$/.test(e.name) && !e.name.endsWith('.test.ts')
          ? [join(dir, e.name)]
          : [],
    );
  const code = files(fileURLToPath(new URL('..', import.meta.url)))
    .filter((f) => !f.includes('/i18n/'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  /** Keys built at run time (`program.${p}`) count as used by their prefix. */
  const prefixes = [...code.matchAll(/`([a-zA-Z.-]+)\.\$\{/g)].map((m) => `${m[1]}.`);
  prefixes.push('level.');

  it('are all used: no key is left behind when a page stops using it', () => {
    const unused = Object.keys(en).filter(
      (k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`) && !prefixes.some((p) => k.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('exist for every key a page or component names', () => {
    const named = [...code.matchAll(/(?:\bk=|\b(?:t|both|bothInline)\()["']([a-zA-Z][\w.-]*)["']/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter((k) => !(k in en))).toEqual([]);
  });
});
