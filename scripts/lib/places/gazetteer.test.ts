import { describe, expect, it } from 'vitest';
import { allPlaces, GAZETTEER_SOURCE, isWithin, placeByCode, placeBySlug } from './gazetteer.ts';
import { SUPPLEMENT } from './supplement.ts';

describe('the gazetteer', () => {
  it('gives every place a slug no other place has', () => {
    const slugs = allPlaces().map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('makes every slug lowercase ASCII words joined by hyphens', () => {
    const bad = allPlaces().filter((p) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(p.slug));
    expect(bad.map((p) => p.slug)).toEqual([]);
  });

  it('gives every coded place a six-digit code, and only supplement units none', () => {
    const places = allPlaces();
    expect(places.filter((p) => p.code !== null && !/^\d{6}$/.test(p.code))).toEqual([]);
    expect(places.filter((p) => p.code === null).map((p) => p.slug)).toEqual(SUPPLEMENT.map((u) => u.slug));
  });

  it('holds the 34 province-level units and the 333 prefecture-level ones of the 2021 list', () => {
    const levels = allPlaces().map((p) => p.level);
    const count = (...ls: string[]) => levels.filter((l) => ls.includes(l)).length;
    expect(count('province', 'municipality', 'autonomous-region', 'sar')).toBe(34);
    expect(count('prefecture-city', 'prefecture')).toBe(333);
  });

  it('records the vintage of the code list on every coded place', () => {
    expect(GAZETTEER_SOURCE.vintage).toBe('2021');
    expect(allPlaces().filter((p) => p.code !== null && p.vintage !== '2021')).toEqual([]);
  });

  it('gives English names to every place', () => {
    expect(allPlaces().filter((p) => !/^[A-Z]/.test(p.en) || /[\u4e00-\u9fff]/.test(p.en))).toEqual([]);
  });
});

describe('placeByCode', () => {
  it('finds a prefecture city with its province', () => {
    expect(placeByCode('370300')).toEqual({
      code: '370300',
      slug: 'zibo',
      zh: '淄博市',
      en: 'Zibo',
      level: 'prefecture-city',
      province: { code: '370000', zh: '山东省', en: 'Shandong' },
      vintage: '2021',
    });
  });

  it('treats the four municipalities as province-level and as the prefecture of their districts', () => {
    expect(placeByCode('500000')).toMatchObject({
      zh: '重庆市',
      en: 'Chongqing',
      slug: 'chongqing',
      level: 'municipality',
    });
    expect(placeByCode('110109')).toMatchObject({
      zh: '门头沟区',
      en: 'Mentougou District',
      slug: 'beijing-mentougou',
      level: 'district',
      province: { code: '110000', en: 'Beijing' },
      prefecture: { code: '110000', en: 'Beijing' },
    });
  });

  it('finds a county with its prefecture and province', () => {
    expect(placeByCode('130123')).toMatchObject({
      zh: '正定县',
      en: 'Zhengding County',
      slug: 'shijiazhuang-zhengding',
      level: 'county',
      province: { code: '130000', zh: '河北省', en: 'Hebei' },
      prefecture: { code: '130100', zh: '石家庄市', en: 'Shijiazhuang' },
    });
  });

  it('reads levels from codes and generics', () => {
    const levelOf = (code: string) => placeByCode(code)?.level;
    expect(levelOf('150000')).toBe('autonomous-region');
    expect(levelOf('810000')).toBe('sar');
    expect(levelOf('422800')).toBe('prefecture');
    expect(levelOf('130181')).toBe('county-level-city');
    expect(levelOf('150723')).toBe('banner');
    expect(levelOf('130371')).toBe('development-zone');
  });

  it('lists county-level units a province governs directly without a prefecture', () => {
    expect(placeByCode('429004')).toMatchObject({
      zh: '仙桃市',
      slug: 'hubei-xiantao',
      level: 'county-level-city',
      province: { code: '420000' },
    });
    expect(placeByCode('429004')?.prefecture).toBeUndefined();
  });

  it('leaves out the pseudo-prefectures and 市辖区 rows of the package', () => {
    expect(placeByCode('429000')).toBeUndefined();
    expect(placeByCode('130101')).toBeUndefined();
  });

  it('names the NBS development zones by place and zone type', () => {
    expect(placeByCode('130371')).toMatchObject({
      en: 'Qinhuangdao Economic and Technological Development Zone',
      slug: 'qinhuangdao-etdz',
      prefecture: { code: '130300' },
    });
  });
});

describe('slugs', () => {
  it('qualifies prefectures that share a pinyin name by their province', () => {
    expect([placeByCode('350100')?.slug, placeByCode('361000')?.slug]).toEqual(['fujian-fuzhou', 'jiangxi-fuzhou']);
    expect([placeByCode('320500')?.slug, placeByCode('341300')?.slug]).toEqual(['jiangsu-suzhou', 'anhui-suzhou']);
  });

  it('qualifies a prefecture that shares its name with a province', () => {
    expect(placeByCode('220000')?.slug).toBe('jilin');
    expect(placeByCode('220200')?.slug).toBe('jilin-jilin');
  });

  it('tells a county from the city that replaced it under one name by the level', () => {
    expect([placeByCode('513425')?.slug, placeByCode('513402')?.slug]).toEqual([
      'liangshan-huili-county',
      'liangshan-huili-city',
    ]);
  });
});

describe('the supplement', () => {
  it('adds the Beijing Economic and Technological Development Zone without a code, inside Beijing', () => {
    expect(placeBySlug('beijing-etdz')).toEqual({
      code: null,
      slug: 'beijing-etdz',
      zh: '北京经济技术开发区',
      en: 'Beijing Economic and Technological Development Zone',
      level: 'development-zone',
      province: { code: '110000', zh: '北京市', en: 'Beijing' },
      prefecture: { code: '110000', zh: '北京市', en: 'Beijing' },
      vintage: '2013',
    });
  });

  it('names the source of every row and a coded unit it lies within', () => {
    for (const unit of SUPPLEMENT) {
      expect(unit.source.title).not.toBe('');
      expect(placeByCode(unit.administeredWithin)).toBeDefined();
    }
  });
});

describe('isWithin', () => {
  it('holds for a unit and its province or prefecture, not for the unit itself', () => {
    const zhengding = placeByCode('130123')!;
    expect(isWithin(zhengding, placeByCode('130100')!)).toBe(true);
    expect(isWithin(zhengding, placeByCode('130000')!)).toBe(true);
    expect(isWithin(zhengding, zhengding)).toBe(false);
    expect(isWithin(zhengding, placeByCode('110000')!)).toBe(false);
  });
});
