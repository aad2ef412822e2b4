import { describe, expect, it } from 'vitest';
import { rowTexts, wholePhrase } from './row-text.ts';

describe('row texts', () => {
  it('read each row of an MDX body, undoing the serialiser’s escapes and dropping term links', () => {
    const body = [
      '<Row id="p1" confidence="0.87">',
      '  <Zh role="title" align="center">',
      '    <Term id="mohurd">住房和城乡建设部</Term>关于',
      '  </Zh>',
      '</Row>',
      '',
      '<Row id="p2" confidence="1">',
      '  <Zh role="body">',
      '    （<Term id="x">建办城函</Term>〔2020〕594号）&#123;a&#125; \\<b>',
      '  </Zh>',
      '',
      '  <En role="body">',
      '    (J.H. \\[2020] No.594) a &amp; b',
      '  </En>',
      '</Row>',
    ].join('\n');
    expect(rowTexts(body)).toEqual([
      { anchor: 'p1', confidence: 0.87, zh: '住房和城乡建设部关于', en: null },
      { anchor: 'p2', confidence: 1, zh: '（建办城函〔2020〕594号）{a} <b>', en: '(J.H. [2020] No.594) a & b' },
    ]);
  });
});

describe('a whole phrase', () => {
  it('widens a cut quote to the clause around it, in English and Chinese', () => {
    const en =
      'On Aug. 5, the Ministry issued a notice specifying that 103 cities (districts, counties, and towns), including the Zone, were selected as pilots in 2013, and put forward requirements. Next.';
    expect(wholePhrase(en, '103 cities (districts')).toBe(
      'On Aug. 5, the Ministry issued a notice specifying that 103 cities (districts, counties, and towns), including the Zone, were selected as pilots in 2013, and put forward requirements.',
    );
    expect(wholePhrase('前文。确定重庆等10个城市为第二批试点城市。后文', '10个城市为第二批试点城市')).toBe(
      '确定重庆等10个城市为第二批试点城市。',
    );
    expect(
      wholePhrase(
        '经住房城乡建设部和科技部组织专家进行综合评审,确定北京市门头沟区等84个城市(区、县、镇)为国家智慧城市2014年度新增试点,河北省',
        '84个城市(区、县、镇)为国家智慧城市2014年度新增试点',
      ),
    ).toBe('确定北京市门头沟区等84个城市(区、县、镇)为国家智慧城市2014年度新增试点,');
    expect(wholePhrase('abc', 'zzz')).toBe('zzz');
  });
});
