import { describe, expect, it } from 'vitest';
import { charBagScore, sameSet, sameText } from './score.ts';

describe('eval scores', () => {
  it('counts characters as a multiset, white space aside', () => {
    expect(charBagScore('甲乙 丙', '甲乙丙')).toEqual({ precision: 1, recall: 1, f1: 1 });
    const s = charBagScore('甲甲乙', '甲乙丙丁');
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 4);
    expect(charBagScore('', '甲').f1).toBe(0);
  });

  it('compares titles without spaces and with one form of quotes and brackets', () => {
    expect(sameText('关于“双随机、一公开”的意见', '关于"双随机、一公开"的 意见')).toBe(true);
    expect(sameText('国发〔2019〕5号', '国发[2019]5号')).toBe(true);
    expect(sameText('甲', null)).toBe(false);
  });

  it('compares issuer sets whatever the order', () => {
    expect(sameSet(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameSet(['a'], ['a', 'b'])).toBe(false);
  });
});
