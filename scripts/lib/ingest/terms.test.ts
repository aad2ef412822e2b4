import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../../src/schemas/glossary.ts';
import { termMatcher } from './terms.ts';

const term = (t: Partial<GlossaryTerm> & Pick<GlossaryTerm, 'id' | 'zh' | 'en'>): GlossaryTerm => ({
  zhAlternatives: [],
  alternatives: [],
  found: [],
  definition: 'd',
  definitionZh: 'd',
  ...t,
});
const terms = [
  term({ id: 'shuangzhi', zh: '双智', en: 'Shuangzhi' }),
  term({
    id: 'icv',
    zh: '智能网联汽车',
    en: 'intelligent connected vehicles',
    alternatives: ['intelligent networked vehicles'],
  }),
  term({
    id: 'mohurd',
    zh: '住房和城乡建设部',
    zhAlternatives: ['住建部'],
    en: 'Ministry of Housing and Urban-Rural Development (MOHURD)',
  }),
];

describe('linking glossary terms', () => {
  it('links the first occurrence of each term in a notice, longest form first', () => {
    const linked = new Set<string>();
    const m = termMatcher(terms);
    expect(m.split('住建部、工信部启动智能网联汽车与双智试点，双智', 'zh', linked)).toEqual([
      { text: '住建部', term: 'mohurd' },
      { text: '、工信部启动' },
      { text: '智能网联汽车', term: 'icv' },
      { text: '与' },
      { text: '双智', term: 'shuangzhi' },
      { text: '试点，双智' },
    ]);
    expect(m.split('又见住房和城乡建设部', 'zh', linked)).toEqual([{ text: '又见住房和城乡建设部' }]);
  });

  it('matches English forms as whole words in any case, including renderings found in the sources', () => {
    const m = termMatcher(terms);
    expect(m.split('smart city infrastructure and Intelligent Networked Vehicles', 'en', new Set())).toEqual([
      { text: 'smart city infrastructure and ' },
      { text: 'Intelligent Networked Vehicles', term: 'icv' },
    ]);
    expect(m.split('Shuangzhis', 'en', new Set())).toEqual([{ text: 'Shuangzhis' }]);
  });

  it('keeps every character: the pieces join back to the paragraph', () => {
    const text = '{alert(1)} 双智 <b>';
    expect(
      termMatcher(terms)
        .split(text, 'zh', new Set())
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
