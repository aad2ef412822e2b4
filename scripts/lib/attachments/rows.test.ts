import { describe, expect, it } from 'vitest';
import { matchUnit } from './match.ts';
import { pilotRows } from './rows.ts';

describe('pilotRows', () => {
  it('reads a table with a header, carrying a merged province cell down and the category from headings', () => {
    const rows = pilotRows([
      {
        rows: [
          ['某年度试点名单'],
          ['一、新增试点城市'],
          ['序号', '省份', '城市（区、县、镇）'],
          ['1', '河北省', '石家庄市正定县'],
          ['2', '', '唐山市'],
          ['3', '江苏省', '无锡市'],
          ['二、扩大范围试点'],
          ['序号', '省份', '城市（区、县、镇）'],
          ['4', '北京市', '朝阳区'],
        ],
      },
    ]);
    expect(rows.map((r) => [r.r, r.n, r.province, r.unit, r.entryType])).toEqual([
      [1, '1', '河北省', '石家庄市正定县', 'new'],
      [2, '2', '河北省', '唐山市', 'new'],
      [3, '3', '江苏省', '无锡市', 'new'],
      [4, '4', '北京市', '朝阳区', 'expanded'],
    ]);
  });

  it('reads special projects as builder and project, not places', () => {
    const rows = pilotRows([
      {
        rows: [
          ['专项试点项目名单'],
          ['序号', '承建单位', '项目名称'],
          ['1', '某某信息技术有限公司', '城市运行数据平台示范'],
        ],
      },
    ]);
    expect(rows).toMatchObject([
      { r: 1, n: '1', builder: '某某信息技术有限公司', project: '城市运行数据平台示范', entryType: 'special' },
    ]);
    expect(rows[0]!.unit).toBeUndefined();
  });

  it('reads numbered lines and province lines of a text list, under their headings', () => {
    const rows = pilotRows([
      {
        rows: [
          ['一、新增试点（3个）'],
          ['1. 河北省石家庄市正定县'],
          ['北京市：东城区、朝阳区'],
          ['二、扩大范围试点'],
          ['河北省'],
          ['（1）廊坊市'],
        ],
      },
    ]);
    expect(rows.map((r) => [r.r, r.province ?? null, r.unit, r.entryType])).toEqual([
      [1, null, '河北省石家庄市正定县', 'new'],
      [2, '北京市', '东城区', 'new'],
      [3, '北京市', '朝阳区', 'new'],
      [4, '河北省', '廊坊市', 'expanded'],
    ]);
    expect(rows[3]!.headings).toEqual(['二、扩大范围试点', '河北省']);
  });

  it('keeps a row that fits no column, with its cells', () => {
    const rows = pilotRows([
      {
        rows: [
          ['序号', '城市'],
          ['5', '（待定）', '另注'],
        ],
      },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells).toEqual(['5', '（待定）', '另注']);
  });
});

describe('matchUnit', () => {
  it('matches a unit with its province to its code and level, keeping the name as listed', () => {
    const m = matchUnit({ province: '北京市', unit: '朝阳区' });
    expect(m).toMatchObject({ matched: true, place: { code: '110105', level: 'district' } });
    expect(matchUnit({ unit: '河北省石家庄市正定县' })).toMatchObject({ matched: true, place: { code: '130123' } });
    expect(matchUnit({ province: '江苏省', unit: '无锡市' })).toMatchObject({
      matched: true,
      place: { code: '320200', level: 'prefecture-city' },
    });
  });

  it('flags a unit the gazetteer does not know instead of guessing', () => {
    expect(matchUnit({ province: '河北省', unit: '某某新区未来城' })).toMatchObject({ matched: false });
    expect(matchUnit({ unit: '' })).toEqual({ matched: false, reason: 'no unit named' });
  });
});
