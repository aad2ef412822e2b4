import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';
import { extract } from './extract/index.ts';
import { normalize, normalizeSource, normalizeSpace, scriptOf, stripPinyin } from './normalize.ts';

const seedsDir = new URL('../../../seeds/', import.meta.url);
const seed = (file: string) => extract(decode({ file, bytes: new Uint8Array(readFileSync(new URL(file, seedsDir))) }));

describe('normalize', () => {
  it('removes pinyin readings in half- and full-width brackets after Chinese characters', () => {
    expect(stripPinyin('國家智慧城市2014年度試點(diǎn)名單')).toBe('國家智慧城市2014年度試點名單');
    expect(stripPinyin('试点（diǎn）城市')).toBe('试点城市');
    expect(stripPinyin('城鄉(xiāng)建設(shè)')).toBe('城鄉建設');
  });

  it('leaves brackets that are not readings alone', () => {
    for (const text of ['《国家新型城镇化规划(2014-2020年)》', '建委(建设局)', 'OpenCC (t2s)', 'Figure (a)'])
      expect(stripPinyin(text)).toBe(text);
  });

  it('tells traditional from simplified script', () => {
    expect(scriptOf('住房城鄉建設部辦公廳關於公布國家智慧城市試點名單')).toBe('Hant');
    expect(scriptOf('住房和城乡建设部关于确定第二批试点城市的通知，著名的乾隆')).toBe('Hans');
  });

  it('converts a traditional paragraph to simplified and keeps the received form', () => {
    expect(normalize('　　確定北京市門頭溝區等84個城市', { script: 'Hant' })).toEqual({
      text: '确定北京市门头沟区等84个城市',
      original: '確定北京市門頭溝區等84個城市',
    });
  });

  it('never rewrites a simplified text', () => {
    expect(normalize('著名的乾隆皇帝', { script: 'Hans' })).toEqual({ text: '著名的乾隆皇帝' });
  });

  it('tidies white space only', () => {
    expect(normalizeSpace('　　电　话：010-58933961\u00a0 ')).toBe('电 话：010-58933961');
  });

  it('gives 003 in simplified, no readings left, traditional original kept', () => {
    const n = normalizeSource(seed('003_97bb9c47a489c678.txt'));
    expect(n).toMatchObject({ lang: 'zh', script: 'Hant' });
    const text = n.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('确定北京市门头沟区等84个城市(区、县、镇)为国家智慧城市2014年度新增试点');
    expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
    expect(n.blocks[0]!.original).toBe(
      '住房城鄉建設部辦公廳 科學技術部辦公廳關于公布國家智慧城市2014年度試點名單的通知',
    );
    expect(n.cleaning.find((c) => c.rule === 'pinyin-readings')?.count).toBeGreaterThan(100);
  });

  it('is idempotent on every seed: normalizing twice equals once', () => {
    for (const file of readdirSync(seedsDir)) {
      const once = normalizeSource(seed(file));
      const twice = normalizeSource({ blocks: once.blocks.map((b) => ({ ...b, text: b.text })) });
      expect(twice.blocks.map((b) => b.text)).toEqual(once.blocks.map((b) => b.text));
    }
  });
});
