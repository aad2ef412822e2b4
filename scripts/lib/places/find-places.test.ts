import { describe, expect, it } from 'vitest';
import { findPlaces } from './find-places.ts';
import { allPlaces } from './gazetteer.ts';

const codes = (text: string, lang: 'zh' | 'en' = 'zh') =>
  findPlaces(text, lang).map((m) => m.place.code ?? m.place.slug);
const matched = (text: string, lang: 'zh' | 'en' = 'zh') => findPlaces(text, lang).map((m) => m.matched);

const SECOND_BATCH = [
  '500000',
  '440300',
  '350200',
  '320100',
  '370100',
  '510100',
  '340100',
  '130900',
  '340200',
  '370300',
];
const FIRST_BATCH = ['420100', '110000', '310000', '440100', '430100', '320200'];

describe('findPlaces in Chinese', () => {
  it('finds the ten second-batch Shuangzhi cities by their short names', () => {
    expect(
      codes(
        '住房和城乡建设部、工业和信息化部研究确定重庆、深圳、厦门、南京、济南、成都、合肥、沧州、芜湖、淄博等10个城市为智慧城市基础设施与智能网联汽车协同发展第二批试点城市。',
      ),
    ).toEqual(SECOND_BATCH);
  });

  it('finds the six first-batch cities', () => {
    expect(codes('武汉与北京、上海、广州、长沙、无锡6个城市获批第一批试点城市')).toEqual(FIRST_BATCH);
  });

  it('reports where each name stands', () => {
    const [chongqing] = findPlaces('确定重庆、深圳', 'zh');
    expect(chongqing).toMatchObject({ start: 2, end: 4, matched: '重庆' });
  });

  it('resolves a municipality and its district to one mention of the district', () => {
    expect(findPlaces('确定北京市门头沟区等84个城市(区、县、镇)为国家智慧城市2014年度新增试点', 'zh')).toMatchObject([
      { place: { code: '110109', prefecture: { code: '110000' } }, matched: '北京市门头沟区' },
    ]);
  });

  it('resolves province, prefecture and county to one mention of the county', () => {
    expect(findPlaces('河北省石家庄市正定县等13个城市(区、县)为扩大范围试点', 'zh')).toMatchObject([
      {
        place: { code: '130123', prefecture: { code: '130100' }, province: { code: '130000' } },
        start: 0,
        matched: '河北省石家庄市正定县',
      },
    ]);
    expect(codes('石家庄市正定县')).toEqual(['130123']);
  });

  it('finds no place in the names of companies and ministries', () => {
    expect(codes('航天恒星科技有限公司等单位承建的41个项目为国家智慧城市2014年度专项试点')).toEqual([]);
    expect(
      codes('住房和城乡建设部、工业和信息化部联合组建智慧城市基础设施与智能网联汽车协同发展试点工作办公室'),
    ).toEqual([]);
    expect(codes('中国城市科学研究会将与专项试点单位签订创建任务书')).toEqual([]);
  });

  it('reads a development zone named after a city as the city', () => {
    expect(codes('交流会在武汉经开区召开')).toEqual(['420100']);
  });

  it('does not take a city named inside an organisation name for the city', () => {
    expect(codes('武汉科技大学招聘信息')).toEqual([]);
    expect(codes('北京市的大学')).toEqual(['110000']);
  });

  it('lets a province short name before a city give context without a mention of its own', () => {
    expect(findPlaces('考察湖北武汉重要讲话精神', 'zh')).toMatchObject([
      { place: { code: '420100' }, matched: '湖北武汉' },
    ]);
  });

  it('finds full province names, and province short names only in a list of places', () => {
    expect(codes('湖北省')).toEqual(['420000']);
    expect(codes('北京、天津、河北')).toEqual(['110000', '120000', '130000']);
    expect(codes('湖北、湖南两省')).toEqual(['420000', '430000']);
    expect(codes('长江西岸、黄河南岸')).toEqual([]);
  });

  it('needs 市 or a context for short names that are also words', () => {
    expect(codes('长治久安，三明治，中山路，安康幸福，黄山风景')).toEqual([]);
    expect(codes('长治市、三明市、中山市')).toEqual(['140400', '350400', '442000']);
    expect(codes('广东中山')).toEqual(['442000']);
    expect(codes('中山、珠海、江门')).toEqual(['442000', '440400', '440700']);
  });

  it('reads 吉林 as the city beside cities and as the province beside provinces', () => {
    expect(codes('长春、吉林、四平')).toEqual(['220100', '220200', '220300']);
    expect(codes('辽宁、吉林、黑龙江')).toEqual(['210000', '220000', '230000']);
    expect(codes('吉林省吉林市')).toEqual(['220200']);
  });

  it('does not find cities in words their names run into', () => {
    expect(codes('隆重庆祝建党百年，形成都市圈，区域经济南北差距')).toEqual([]);
    expect(codes('沿海城市的示范县')).toEqual([]);
    expect(codes('南京路步行街')).toEqual([]);
  });

  it('finds a county name shared by several counties only after its parent', () => {
    expect(codes('朝阳区')).toEqual([]);
    expect(codes('北京市朝阳区')).toEqual(['110105']);
    expect(codes('长春市朝阳区')).toEqual(['220104']);
  });

  it('finds a county name that is unique in the country on its own', () => {
    expect(codes('在正定县召开')).toEqual(['130123']);
    expect(codes('浦东新区')).toEqual(['310115']);
  });

  it('finds a county name that is also a common word only after its parent', () => {
    expect(codes('矿区')).toEqual([]);
    expect(codes('阳泉市矿区')).toEqual(['140303']);
  });

  it('prefers the longest name where names overlap', () => {
    expect(codes('长沙县')).toEqual(['430121']);
    expect(codes('苏州工业园区')).toEqual(['320571']);
  });

  it('finds the Beijing Economic and Technological Development Zone in the supplement', () => {
    expect(codes('确定北京经济技术开发区等103个城市(区、县、镇)为2013年度国家智慧城市试点')).toEqual(['beijing-etdz']);
  });

  it('finds every prefecture city by its full name and maps it back to its own code', () => {
    const cities = allPlaces().filter((p) => p.level === 'prefecture-city' || p.level === 'municipality');
    const misses = cities.filter((p) => {
      const found = findPlaces(p.zh, 'zh');
      return found.length !== 1 || found[0]!.place.code !== p.code || found[0]!.matched !== p.zh;
    });
    expect(cities.length).toBeGreaterThan(290);
    expect(misses.map((p) => p.zh)).toEqual([]);
  });

  it('finds every prefecture city in a list of all their full names', () => {
    const cities = allPlaces().filter((p) => p.level === 'prefecture-city');
    expect(codes(cities.map((p) => p.zh).join('、'))).toEqual(cities.map((p) => p.code));
  });

  it('finds every prefecture city in a list of all their short names', () => {
    const cities = allPlaces().filter((p) => p.level === 'prefecture-city');
    expect(codes(cities.map((p) => p.zh.slice(0, -1)).join('、'))).toEqual(cities.map((p) => p.code));
  });
});

describe('findPlaces in English', () => {
  it('finds the ten second-batch Shuangzhi cities', () => {
    expect(
      codes(
        'identified Chongqing, Shenzhen, Xiamen, Nanjing, Jinan, Chengdu, Hefei, Cangzhou, Wuhu and Zibo as the second batch of pilot cities',
        'en',
      ),
    ).toEqual(SECOND_BATCH);
  });

  it('finds the Beijing Economic and Technological Development Zone as the supplement unit', () => {
    expect(
      codes(
        '103 cities (districts, counties, and towns), including the Beijing Economic and Technological Development Zone, were selected',
        'en',
      ),
    ).toEqual(['beijing-etdz']);
  });

  it('finds no place in the names of ministries or of the Xinjiang Production and Construction Corps', () => {
    expect(
      codes(
        'the Ministry of Housing and Urban-Rural Development and the Ministry of Industry and Information Technology',
        'en',
      ),
    ).toEqual([]);
    expect(
      codes('the Housing and Urban-Rural Construction Department of Xinjiang Production and Construction Corps', 'en'),
    ).toEqual([]);
  });

  it('matches whole capitalised words only', () => {
    expect(codes('Zibo and Beijing', 'en')).toEqual(['370300', '110000']);
    expect(codes('zibo', 'en')).toEqual([]);
    expect(codes('Zibos', 'en')).toEqual([]);
  });

  it('gives no mention for a name two cities share, unless a province stands beside it', () => {
    expect(codes('Suzhou, Fuzhou, Taizhou and Yichun', 'en')).toEqual([]);
    expect(findPlaces('Suzhou, Jiangsu', 'en')).toMatchObject([
      { place: { code: '320500' }, matched: 'Suzhou, Jiangsu' },
    ]);
    expect(codes("Anhui's Suzhou", 'en')).toEqual(['341300']);
    expect(codes('Taizhou, Zhejiang Province', 'en')).toEqual(['331000']);
  });

  it('reads a bare name a province shares with a city as the province', () => {
    expect(codes('Jilin', 'en')).toEqual(['220000']);
    expect(codes('Jilin City', 'en')).toEqual(['220200']);
  });

  it('finds county-level units by their full English names, with their parents', () => {
    expect(codes('Mentougou District, Beijing', 'en')).toEqual(['110109']);
    expect(codes('Zhengding County, Shijiazhuang City, Hebei Province', 'en')).toEqual(['130123']);
    expect(codes('Chaoyang District', 'en')).toEqual([]);
    expect(codes("Beijing's Chaoyang District", 'en')).toEqual(['110105']);
  });

  it('accepts the spellings English texts use besides the standard one', () => {
    expect(matched("Xi'an, Xian, Xi’an's museums, Lvliang, Macau", 'en')).toEqual([
      "Xi'an",
      'Xian',
      'Xi’an',
      'Lvliang',
      'Macau',
    ]);
  });

  it('finds every prefecture-level unit by its English name, except names several units share', () => {
    const prefectures = allPlaces().filter((p) => p.level === 'prefecture-city' || p.level === 'prefecture');
    const shared = new Set(
      prefectures.filter((p) => prefectures.some((q) => q !== p && q.en === p.en)).map((p) => p.en),
    );
    expect([...shared].sort()).toEqual(['Fuzhou', 'Suzhou', 'Taizhou', 'Yichun', 'Yulin']);
    const misses = prefectures.filter((p) => {
      if (shared.has(p.en) || p.en === 'Jilin') return false;
      const found = findPlaces(p.en, 'en');
      return found.length !== 1 || found[0]!.place.code !== p.code;
    });
    expect(misses.map((p) => p.en)).toEqual([]);
  });
});
