import { describe, expect, it } from 'vitest';
import { englishNameOf, nameParts } from './english-names.ts';
import { romanize, slugify } from './romanize.ts';
import { zoneEnglishName } from './zone-names.ts';

describe('romanize', () => {
  it('reads the polyphonic characters of city names as the cities are called', () => {
    expect(['厦门', '长沙', '重庆', '蚌埠', '六安', '长治', '台州', '番禺'].map(romanize)).toEqual([
      'Xiamen',
      'Changsha',
      'Chongqing',
      'Bengbu',
      "Lu'an",
      'Changzhi',
      'Taizhou',
      'Panyu',
    ]);
  });

  it('reads 都 as du in every place name, not as dou', () => {
    expect(['成都', '丰都', '都匀', '郫都'].map(romanize)).toEqual(['Chengdu', 'Fengdu', 'Duyun', 'Pidu']);
  });

  it('reads a character the way one particular name reads it', () => {
    expect(['乐山', '乐清', '乐亭', '闵行', '六合', '洪洞'].map(romanize)).toEqual([
      'Leshan',
      'Yueqing',
      'Laoting',
      'Minhang',
      'Luhe',
      'Hongtong',
    ]);
  });

  it('puts an apostrophe before a syllable that starts with a vowel', () => {
    expect(['西安', '延安', '淮安', '东阿'].map(romanize)).toEqual(["Xi'an", "Yan'an", "Huai'an", "Dong'e"]);
  });

  it('keeps ü in names and writes it v in slugs', () => {
    expect(romanize('吕梁')).toBe('Lüliang');
    expect(slugify('Lüliang')).toBe('lvliang');
  });

  it('makes slugs of lowercase ASCII words joined by hyphens', () => {
    expect(slugify("Xi'an Economic and Technological Development Zone")).toBe(
      'xian-economic-and-technological-development-zone',
    );
  });
});

describe('englishNameOf', () => {
  it('names provinces, municipalities and prefecture cities by the bare name', () => {
    expect(englishNameOf('河北省', 'province').en).toBe('Hebei');
    expect(englishNameOf('北京市', 'municipality').en).toBe('Beijing');
    expect(englishNameOf('淄博市', 'prefecture-city').en).toBe('Zibo');
  });

  it('uses the official English forms that are not plain pinyin', () => {
    const names: Array<[string, 'province' | 'autonomous-region' | 'sar' | 'prefecture-city' | 'prefecture']> = [
      ['陕西省', 'province'],
      ['山西省', 'province'],
      ['内蒙古自治区', 'autonomous-region'],
      ['西藏自治区', 'autonomous-region'],
      ['新疆维吾尔自治区', 'autonomous-region'],
      ['广西壮族自治区', 'autonomous-region'],
      ['宁夏回族自治区', 'autonomous-region'],
      ['香港特别行政区', 'sar'],
      ['澳门特别行政区', 'sar'],
      ['哈尔滨市', 'prefecture-city'],
      ['呼和浩特市', 'prefecture-city'],
      ['乌鲁木齐市', 'prefecture-city'],
      ['西安市', 'prefecture-city'],
      ['拉萨市', 'prefecture-city'],
      ['喀什地区', 'prefecture'],
    ];
    expect(names.map(([zh, level]) => englishNameOf(zh, level).en)).toEqual([
      'Shaanxi',
      'Shanxi',
      'Inner Mongolia',
      'Tibet',
      'Xinjiang',
      'Guangxi',
      'Ningxia',
      'Hong Kong',
      'Macao',
      'Harbin',
      'Hohhot',
      'Urumqi',
      "Xi'an",
      'Lhasa',
      'Kashgar Prefecture',
    ]);
  });

  it('keeps the official full form of an autonomous region for matching', () => {
    expect(englishNameOf('广西壮族自治区', 'autonomous-region').official).toBe('Guangxi Zhuang Autonomous Region');
  });

  it('gives county-level units their generic in English', () => {
    expect(englishNameOf('门头沟区', 'district').en).toBe('Mentougou District');
    expect(englishNameOf('正定县', 'county').en).toBe('Zhengding County');
    expect(englishNameOf('昆山市', 'county-level-city').en).toBe('Kunshan City');
    expect(englishNameOf('浦东新区', 'district').en).toBe('Pudong New Area');
  });

  it('names autonomous units with their ethnic groups in the order the name gives them', () => {
    expect(englishNameOf('石柱土家族自治县', 'county').en).toBe('Shizhu Tujia Autonomous County');
    expect(englishNameOf('恩施土家族苗族自治州', 'prefecture').en).toBe('Enshi Tujia and Miao Autonomous Prefecture');
    expect(englishNameOf('积石山保安族东乡族撒拉族自治县', 'county').en).toBe(
      'Jishishan Bonan, Dongxiang and Salar Autonomous County',
    );
    expect(englishNameOf('鄂伦春自治旗', 'banner').en).toBe('Oroqen Autonomous Banner');
  });

  it('keeps the generic syllable of a one-character name', () => {
    expect(englishNameOf('忠县', 'county').en).toBe('Zhongxian County');
    expect(englishNameOf('城区', 'district').en).toBe('Chengqu District');
  });
});

describe('nameParts', () => {
  it('does not take 蒙古 off 内蒙古, which is a name and not an ethnic group', () => {
    expect(nameParts('内蒙古自治区')).toMatchObject({ core: '内蒙古', ethnic: [] });
    expect(nameParts('博尔塔拉蒙古自治州')).toMatchObject({ core: '博尔塔拉', ethnic: ['蒙古'] });
  });
});

describe('zoneEnglishName', () => {
  const lookup = (zh: string) =>
    ({ 秦皇岛: { code: '130300', en: 'Qinhuangdao' }, 河北: { code: '130000', en: 'Hebei' } })[zh];

  it('names a development zone by its place and zone type, and leaves its own prefecture out of the slug', () => {
    expect(zoneEnglishName('秦皇岛市经济技术开发区', lookup, new Set(['130300', '130000']))).toEqual({
      en: 'Qinhuangdao Economic and Technological Development Zone',
      slugTail: 'etdz',
    });
  });
});
