import { describe, expect, it } from 'vitest';
import { bestWitness, differences, sameText, shingles, witnessGroups } from './witnesses.ts';

const NOTICE = [
  '关于确定第三批城市绿色货运配送试点城市的通知',
  '各省、自治区、直辖市交通运输厅（局、委）：',
  '为推动城市物流降本增效，经城市申报、省级推荐和专家评审，确定甲市、乙市、丙市等八个城市为第三批试点城市。',
  '各试点城市要按照实施方案，完善配送网络，推广新能源配送车辆，优化通行管控措施，建立协同推进机制。',
  '试点期为两年。部将会同有关部门对试点工作进行跟踪评估，及时总结推广好的经验做法。',
  '请各地于每年十二月底前报送试点工作进展情况。',
  '交通运输部办公厅',
  '2022年3月8日',
];
const doc = (file: string, paragraphs: string[], lang = 'zh') => ({
  file,
  lang,
  paragraphs: paragraphs.map((text) => ({ text })),
});

describe('witnesses of one document', () => {
  it('a repost with an editor line and a changed character is the same text; a report quoting it is not', () => {
    const repost = [
      ...NOTICE.slice(0, 4),
      '试点期为两年，部将会同有关部门对试点工作进行跟踪评估，及时总结推广好的经验做法。',
      ...NOTICE.slice(5),
      '（责任编辑：张三）',
    ];
    const report = [
      '记者从交通运输部获悉，八个城市日前入选第三批城市绿色货运配送试点。',
      '据介绍，确定甲市、乙市、丙市等八个城市为第三批试点城市。业内人士认为，此举将带动新能源物流车的销售，并促进末端配送网点的建设。',
      '多家物流企业表示，将加快在试点城市布局，扩大车队规模，提升服务质量。',
    ];
    const set = shingles(NOTICE.join('\n'));
    expect(sameText(set, shingles(repost.join('\n')))).toBe(true);
    expect(sameText(set, shingles(report.join('\n')))).toBe(false);
  });

  it('a copy cut off after its third paragraph is a witness; one of two lines is not', () => {
    const set = shingles(NOTICE.join('\n'));
    expect(sameText(set, shingles(NOTICE.slice(0, 4).join('\n')))).toBe(true);
    expect(sameText(set, shingles(NOTICE.slice(0, 2).join('\n')))).toBe(false);
  });

  it('groups copies by language, leaves unrelated notices of the same template apart, and needs no copy to be first', () => {
    const other = NOTICE.map((p) => p.replace('第三批', '第四批').replace('甲市、乙市、丙市等八个', '丁市、戊市等五个'))
      .map((p, i) => (i === 3 ? '各试点城市要结合本地实际，探索共同配送、集中配送、夜间配送等模式，提高配送效率。' : p))
      .map((p, i) => (i === 4 ? '试点期为三年。请各省级交通运输主管部门加强对试点城市的指导和督促。' : p));
    const english = doc(
      'en.txt',
      ['Notice on the third batch of green freight delivery pilot cities', NOTICE[2]!],
      'en',
    );
    const groups = witnessGroups([
      doc('a.html', NOTICE),
      doc('other.txt', other),
      english,
      doc('b.txt', [...NOTICE, '来源：交通运输部网站']),
      doc('c.md', NOTICE.slice(0, 5)),
    ]);
    expect(groups).toEqual([['a.html', 'b.txt', 'c.md']]);
  });

  it('finds the copies among many documents', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      doc(`n${String(i).padStart(3, '0')}.txt`, [
        `关于第${i}号事项的通知`,
        `请各单位于${i}日前报送第${i}号事项材料，逾期不予受理，编号${i * 7919}。`,
      ]),
    );
    many.push(
      doc(
        'copy.txt',
        many[123]!.paragraphs.map((p) => p.text),
      ),
    );
    expect(witnessGroups(many)).toEqual([['n123.txt', 'copy.txt']]);
  });
});

describe('the best witness', () => {
  const facts = { official: false, document: true, length: 1000 };
  it('is the official copy, then the document over a report, then the complete over the truncated, then by name', () => {
    expect(
      bestWitness([
        { ...facts, file: 'a' },
        { ...facts, file: 'b', official: true, length: 500 },
      ]).file,
    ).toBe('b');
    expect(
      bestWitness([
        { ...facts, file: 'a', document: false },
        { ...facts, file: 'b' },
      ]).file,
    ).toBe('b');
    expect(
      bestWitness([
        { ...facts, file: 'a', length: 600 },
        { ...facts, file: 'b' },
      ]).file,
    ).toBe('b');
    expect(
      bestWitness([
        { ...facts, file: 'b', length: 1050 },
        { ...facts, file: 'a' },
      ]).file,
    ).toBe('a');
    // a copy that names another as its source is a repost; then less chrome removed wins a tie
    expect(
      bestWitness([
        { ...facts, file: 'a.repost.txt', repost: true },
        { ...facts, file: 'b.txt' },
      ]).file,
    ).toBe('b.txt');
    expect(
      bestWitness([
        { ...facts, file: 'a', chrome: 9 },
        { ...facts, file: 'b', chrome: 0 },
      ]).file,
    ).toBe('b');
  });
});

describe('two texts of one template', () => {
  it('are not copies when the places or dates they state differ, however alike their words', () => {
    const report = (city: string) =>
      doc(`${city}.txt`, [
        `${city}等地入选新一批试点`,
        `本报讯 记者日前从有关部门获悉，${city}等城市入选新一批试点名单。`,
        '一位不愿具名的地方官员坦言，试点考核指标较多，基层落实压力不小，需要上级部门加强指导和支持。',
        '业内人士表示，试点将带动相关投资，地方政府正加紧研究配套措施，并将适时出台具体实施细则。',
      ]);
    const [a, b] = [report('肇庆市'), report('郴州市')];
    expect(witnessGroups([a, b])).toEqual([['肇庆市.txt', '郴州市.txt']]);
    expect(
      witnessGroups([
        { ...a, facts: { places: ['zhaoqing'] } },
        { ...b, facts: { places: ['chenzhou'] } },
      ]),
    ).toEqual([]);
    expect(
      witnessGroups([
        { ...a, facts: { places: ['zhaoqing'], date: '2007-05-24' } },
        { ...a, file: 'again.txt', facts: { places: ['zhaoqing'], date: '1993-07-08' } },
      ]),
    ).toEqual([]);
  });
});

describe('differences between witnesses', () => {
  it('lists paragraphs one lacks, paragraphs one adds, and paragraphs with characters changed', () => {
    const witness = [
      ...NOTICE.slice(0, 4),
      NOTICE[4]!.replace('两年', '三年'),
      ...NOTICE.slice(6),
      '（责任编辑：张三）',
    ];
    expect(differences(NOTICE, witness)).toEqual({
      missing: [NOTICE[5]],
      extra: ['（责任编辑：张三）'],
      changed: [{ text: NOTICE[4], witness: NOTICE[4]!.replace('两年', '三年') }],
    });
  });
});
