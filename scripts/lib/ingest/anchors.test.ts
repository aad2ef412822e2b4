import { describe, expect, it } from 'vitest';
import { fullDateIn } from './text/dates.ts';
import { anchorsOf, chineseNumbersIn } from './anchors.ts';

describe('anchorsOf', () => {
  it('reads a Chinese document number and its English rendering as the same year and serial', () => {
    expect(anchorsOf('（建办城函〔2020〕594号）要求', 'zh')).toEqual(['doc:2020-594']);
    expect(anchorsOf('(J.H. [2020] No.594), and report it', 'en')).toEqual(['doc:2020-594']);
    expect(anchorsOf('建科〔2021〕第12号', 'zh')).toEqual(['doc:2021-12']);
    expect(anchorsOf('建办科函[2014]515号', 'zh')).toEqual(['doc:2014-515']);
  });

  it('reads a full date the same in Chinese, English and ISO form', () => {
    const date = ['date:2021-12-01'];
    expect(anchorsOf('2021年12月1日', 'zh')).toEqual(date);
    expect(anchorsOf('二〇二一年十二月一日', 'zh')).toEqual(date);
    expect(anchorsOf('December 1, 2021', 'en')).toEqual(date);
    expect(anchorsOf('Dec. 1, 2021', 'en')).toEqual(date);
    expect(anchorsOf('1 December 2021', 'en')).toEqual(date);
    expect(anchorsOf('2021-12-01', 'en')).toEqual(date);
    expect(anchorsOf('2021-12-01', 'zh')).toEqual(date);
  });

  it('does not take the parts of a date or document number as numbers of their own', () => {
    expect(anchorsOf('2021年12月1日印发', 'zh')).not.toContain('year:2021');
    expect(anchorsOf('〔2020〕594号', 'zh')).not.toContain('num:594');
  });

  it('reads a date that cannot be one as plain numbers', () => {
    expect(anchorsOf('2021年13月40日', 'zh')).not.toContain('date:2021-13-40');
  });

  it('agrees with the metadata stage on what a full date is', () => {
    for (const text of [
      '2021 年 12 月 1 号',
      '2021/12/1',
      'Dec. 1st 2021',
      '2021-02-29',
      'Decision 3, 2021',
      '电话：010-2019-06-15',
    ]) {
      const date = fullDateIn(text);
      expect(
        anchorsOf(text, 'en').filter((a) => a.startsWith('date:')),
        text,
      ).toEqual(date ? [`date:${date}`] : []);
    }
  });

  it('reads percentages written with a sign, in words, or in Chinese numerals', () => {
    expect(anchorsOf('提高15％', 'zh')).toEqual(['pct:15']);
    expect(anchorsOf('提高百分之十五', 'zh')).toEqual(['pct:15']);
    expect(anchorsOf('百分之三点五', 'zh')).toEqual(['pct:3.5']);
    expect(anchorsOf('up 15 percent', 'en')).toEqual(['pct:15']);
    expect(anchorsOf('up 3.5%', 'en')).toEqual(['pct:3.5']);
  });

  it('tells years from other numbers', () => {
    expect(anchorsOf('到2025年，建成10个', 'zh')).toEqual(['num:10', 'year:2025']);
    expect(anchorsOf('by 2025, 10 cities and 1,000 yuan', 'en')).toEqual(['num:10', 'num:1000', 'year:2025']);
  });

  it('reads simple Chinese numerals as numbers', () => {
    expect(anchorsOf('十个城市', 'zh')).toEqual(['num:10']);
    expect(anchorsOf('一百零三项', 'zh')).toEqual(['num:103']);
    expect(anchorsOf('第二批试点', 'zh')).toEqual(['num:2']);
  });

  it('pairs English number words and ordinals with their Chinese counterparts', () => {
    expect(anchorsOf('the second batch of ten cities', 'en')).toEqual(['num:10', 'num:2']);
    expect(anchorsOf('第二批十个城市', 'zh')).toEqual(['num:10', 'num:2']);
  });

  it('does not take a lone 一 inside a word as a number, but does take 第一', () => {
    expect(anchorsOf('统一部署，进一步加强，装备工业一司', 'zh')).toEqual([]);
    expect(anchorsOf('第一批', 'zh')).toEqual(['num:1']);
  });

  it('folds full-width digits and signs first', () => {
    expect(anchorsOf('２０２１年', 'zh')).toEqual(['year:2021']);
  });

  it('returns anchors sorted and unique', () => {
    expect(anchorsOf('10个城市，10项任务，2个阶段', 'zh')).toEqual(['num:10', 'num:2']);
  });

  it('reads a list marker opening a paragraph as the item number, in either language', () => {
    expect(anchorsOf('一、严格安全管理。', 'zh')).toEqual(['item:1']);
    expect(anchorsOf('（十二）加强组织领导', 'zh')).toEqual(['item:12']);
    expect(anchorsOf('3. 确定10个城市', 'zh')).toEqual(['item:3', 'num:10']);
    expect(anchorsOf('1. Strictly manage safety.', 'en')).toEqual(['item:1']);
    expect(anchorsOf('(12) Strengthen leadership', 'en')).toEqual(['item:12']);
    expect(anchorsOf('Two. The provincial departments', 'en')).toEqual(['item:2']);
    expect(anchorsOf('1.5 million yuan', 'en')).toEqual(['num:1.5']);
  });

  it('does not read numerals inside place names as numbers', () => {
    expect(anchorsOf('厦门市、三亚市、九江市、十堰、六盘水市', 'zh')).toEqual([]);
    expect(anchorsOf('四川省确定三个试点', 'zh')).toEqual(['num:3']);
  });

  it('finds nothing in text without numbers', () => {
    expect(anchorsOf('各省、自治区、直辖市住房和城乡建设厅：', 'zh')).toEqual([]);
    expect(anchorsOf('All provinces and autonomous regions:', 'en')).toEqual([]);
  });
});

describe('chineseNumbersIn', () => {
  it('reads numerals with units, digit by digit years, and runs of two numbers', () => {
    expect(chineseNumbersIn('一百零三')).toEqual([103]);
    expect(chineseNumbersIn('三万五千')).toEqual([35000]);
    expect(chineseNumbersIn('二十')).toEqual([20]);
    expect(chineseNumbersIn('二〇二一年')).toEqual([2021]);
    expect(chineseNumbersIn('十四五规划')).toEqual([14, 5]);
  });

  it('skips unit characters that are words, not numbers', () => {
    expect(chineseNumbersIn('百姓千万')).toEqual([]);
  });
});
