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
