import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../ingest/types.ts';
import { countsOfParagraphs, designationsIn, placeMentionsOf } from './designations.ts';
import { notPlaceSpans } from './not-places.ts';

type Para = Pick<Paragraph, 'text' | 'role'>;
const body = (text: string): Para => ({ text, role: 'body' });
const designated = (paragraphs: Para[], lang: 'zh' | 'en' = 'zh') =>
  designationsIn(paragraphs, lang, countsOfParagraphs(paragraphs)).map((d) => d.place.slug);
const named = (text: string, lang: 'zh' | 'en') => placeMentionsOf(text, lang).map((m) => m.place.slug);

describe('places that are not named', () => {
  it('leaves out the city of a news dateline, in either script and form', () => {
    expect(named('新华社北京6月3日电（记者 周某）住房和城乡建设部确定保定、洛阳等2个城市为试点城市', 'zh')).toEqual([
      'baoding',
      'luoyang',
    ]);
    expect(named('中评社香港8月6日电／住房和城乡建设部公布名单，确定邯郸市为试点', 'zh')).toEqual(['handan']);
    expect(named('【人民网武汉5月6日讯】记者获悉，襄阳入选试点', 'zh')).toEqual(['xiangyang']);
    expect(named('五城市入选试点 新华社北京6月3日电 株洲入选', 'zh')).toEqual(['zhuzhou']);
  });

  it('keeps a city that opens a sentence which is no dateline', () => {
    expect(named('武汉自2021年获批全国首批试点城市以来', 'zh')).toEqual(['wuhan']);
    expect(named('12月13日，交流会在武汉召开', 'zh')).toEqual(['wuhan']);
  });

  it('leaves out English bylines, datelines and reporters', () => {
    expect(named('By Zhao Lin in Changsha', 'en')).toEqual([]);
    expect(named('BEIJING, June 2 (Xinhua) -- Baoding and Luoyang were selected', 'en')).toEqual([
      'baoding',
      'luoyang',
    ]);
    expect(named('WUHAN -- The city opened roads (Reporter: Xu Xiamen)', 'en')).toEqual([]);
  });

  it('reads a romanised document number as a number, not as Ji’an', () => {
    expect(named('according to a notice (Jian Cheng Han [2021] No. 51) on Zibo', 'en')).toEqual(['zibo']);
    expect(notPlaceSpans('citing Guo Han [2021] No. 37.', 'en')).toEqual([[7, 28]]);
    expect(named('Ji’an in Jiangxi and Jian County', 'en')).toContain('jian');
    expect(named('Hefei (2021) 5 projects', 'en')).toEqual(['hefei']);
  });
});

describe('designations', () => {
  it('are the list of 确定…为…试点, with its count', () => {
    const paragraphs = [body('住房和城乡建设部、工业和信息化部确定保定、洛阳、襄阳等3个城市为第三批试点城市。')];
    const [d] = designationsIn(paragraphs, 'zh', countsOfParagraphs(paragraphs));
    expect(designated(paragraphs)).toEqual(['baoding', 'luoyang', 'xiangyang']);
    expect(d).toMatchObject({ paragraph: 0, batch: 3, entryType: 'new', count: 0 });
    expect(d!.quote).toBe(paragraphs[0]!.text);
  });

  it('give each list of a sentence its own count and entry type', () => {
    const ds = designationsIn(
      [
        body(
          '确定北京市门头沟区等84个城市（区、县、镇）为国家智慧城市2014年度新增试点，河北省石家庄市正定县等13个城市（区、县、镇）为国家智慧城市2014年度扩大范围试点。',
        ),
      ],
      'zh',
      countsOfParagraphs([
        body(
          '确定北京市门头沟区等84个城市（区、县、镇）为国家智慧城市2014年度新增试点，河北省石家庄市正定县等13个城市（区、县、镇）为国家智慧城市2014年度扩大范围试点。',
        ),
      ]),
    );
    expect(ds.map((d) => [d.place.slug, d.entryType, d.program])).toEqual([
      ['beijing-mentougou', 'new', 'national-smart-city'],
      ['shijiazhuang-zhengding', 'expanded', 'national-smart-city'],
    ]);
  });

  it('are reported ones too: 获批, 列入…名单, 入选, 第X批试点城市包括', () => {
    expect(designated([body('武汉与北京、上海6个城市获批第一批试点城市。')])).toEqual(['wuhan', 'beijing', 'shanghai']);
    expect(designated([body('记者获悉，株洲、宜昌列入第三批试点城市名单。')])).toEqual(['zhuzhou', 'yichang']);
    expect(designated([body('第一批试点城市包括北京、上海、广州。')])).toEqual(['beijing', 'shanghai', 'guangzhou']);
  });

  it('never come from what the sentence merely names: the body acting, a meeting place, a cited title', () => {
    expect(designated([body('经验交流会在武汉召开，北京、上海的代表介绍了试点工作经验。')])).toEqual([]);
    expect(designated([body('根据《北京市智慧城市试点工作方案》要求，确定保定为试点城市。')])).toEqual(['baoding']);
    expect(designated([body('北京市政府为试点城市提供资金支持。')])).toEqual([]);
    expect(designated([body('努力把乌鲁木齐高新区建设成为创新驱动发展示范区。')])).toEqual([]);
    expect(designated([body('武汉成为首批试点城市。')])).toEqual(['wuhan']);
    expect(designated([body('同意将乌鲁木齐高新区建设工作纳入示范区部际协调小组统筹指导。')])).toEqual([]);
    expect(designated([body('会议确定，南京为试点城市。')])).toEqual(['nanjing']);
    expect(designated([body('以北京经济技术开发区全域为核心的自动驾驶示范区将建成。')])).toEqual([]);
    expect(designated([body('| 山东省 | 《规划》 | 加快以车路协同等技术为特征的两个试点工程建设。')])).toEqual([]);
    expect(designated([body('经研究，以保定、洛阳为第三批试点城市。')])).toEqual(['baoding', 'luoyang']);
    expect(designated([body('新华社北京6月3日电 住房和城乡建设部确定保定等1个城市为试点城市。')])).toEqual(['baoding']);
  });

  it('never come from addressees, 抄送, contacts or addresses', () => {
    const paragraphs: Para[] = [
      { text: '各省住房和城乡建设厅，大连、青岛市住房和城乡建设局：', role: 'salutation' },
      body('确定保定为第三批试点城市。'),
      { text: '地址：北京市西城区示例路9号', role: 'contact' },
      { text: '抄送：石家庄、郑州市人民政府。', role: 'cc' },
    ];
    expect(designated(paragraphs)).toEqual(['baoding']);
  });

  it('take the lines of a list announced by 名单如下：, without the province headings', () => {
    const paragraphs = [
      body('经研究，确定以下城市为国家智慧城市2015年度试点，名单如下：'),
      body('一、河北省：唐山市、承德市'),
      body('二、山西省：晋城市'),
      body('请各地加强指导，南京市要做好经验推广。'),
    ];
    const ds = designationsIn(paragraphs, 'zh', []);
    expect(ds.map((d) => [d.place.slug, d.paragraph, d.quote])).toEqual([
      ['tangshan', 1, '一、河北省：唐山市、承德市'],
      ['chengde', 1, '一、河北省：唐山市、承德市'],
      ['jincheng', 2, '二、山西省：晋城市'],
    ]);
  });

  it('take the lines under a list title of their own (an attachment), and stop at the next title', () => {
    const paragraphs: Para[] = [
      body('请试点城市按要求报送方案。'),
      { text: '附件：第三批试点城市名单', role: 'attachment' },
      { text: '1. 河北省保定市', role: 'attachment' },
      { text: '2. 河南省洛阳市', role: 'attachment' },
      { text: '附件2：专家组名单', role: 'attachment' },
      { text: '1. 南京市某研究院', role: 'attachment' },
    ];
    const ds = designationsIn(paragraphs, 'zh', []);
    expect(ds.map((d) => [d.place.slug, d.batch, d.quote])).toEqual([
      ['baoding', 3, '1. 河北省保定市'],
      ['luoyang', 3, '2. 河南省洛阳市'],
    ]);
  });

  it('are read in English: "named X as", "X were selected as", "the pilot cities are"', () => {
    expect(
      designated(
        [body('The ministries identified Chongqing, Shenzhen and Zibo as the second batch of pilot cities.')],
        'en',
      ),
    ).toEqual(['chongqing', 'shenzhen', 'zibo']);
    expect(
      designated(
        [
          body(
            'On Aug. 5, MOHURD issued a notice specifying that 103 cities, including the Beijing Economic and Technological Development Zone, were selected as the national pilot smart cities in 2013.',
          ),
        ],
        'en',
      ),
    ).toEqual(['beijing-etdz']);
    expect(designated([body('The pilot cities are Baoding, Luoyang and Xiangyang.')], 'en')).toEqual([
      'baoding',
      'luoyang',
      'xiangyang',
    ]);
    expect(
      designated(
        [
          body(
            'BEIJING, June 2 (Xinhua) -- Baoding and Luoyang have been selected as pilot cities (Jian Cheng Han [2022] No. 88).',
          ),
        ],
        'en',
      ),
    ).toEqual(['baoding', 'luoyang']);
    expect(designated([body('Officials from Wuhan said the pilot cities met in Shanghai.')], 'en')).toEqual([]);
  });

  it('are one per place, batch and entry type, the one in a counted list first', () => {
    const paragraphs = [
      body('武汉自2021年获批全国首批试点城市以来，成效明显。'),
      body('武汉与北京等2个城市获批第一批试点城市。'),
    ];
    const ds = designationsIn(paragraphs, 'zh', countsOfParagraphs(paragraphs));
    expect(ds.map((d) => [d.place.slug, d.paragraph, d.count])).toEqual([
      ['wuhan', 1, 0],
      ['beijing', 1, 0],
    ]);
  });
});
