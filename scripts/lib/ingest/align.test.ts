import { describe, expect, it } from 'vitest';
import { align, type AlignUnit } from './align.ts';
import type { AlignedRow } from './types.ts';

/** The 2021 notice (seeds/001_2a6f7b4620238141.txt), paragraph by paragraph, as normalize gives them (　 → space, leading ones gone). */
const ZH_2021: AlignUnit[] = [
  { role: 'title', text: '住房和城乡建设部 工业和信息化部关于' },
  { role: 'title', text: '确定智慧城市基础设施与智能网联汽车' },
  { role: 'title', text: '协同发展第二批试点城市的通知' },
  {
    role: 'salutation',
    text: '各省、自治区、直辖市及新疆生产建设兵团住房和城乡建设厅（委、管委、局）、工业和信息化主管部门：',
  },
  {
    role: 'body',
    text: '按照有关工作安排，在各城市自愿申报基础上，经组织专家评审和实地调研，住房和城乡建设部、工业和信息化部研究确定重庆、深圳、厦门、南京、济南、成都、合肥、沧州、芜湖、淄博等10个城市为智慧城市基础设施与智能网联汽车协同发展第二批试点城市。',
  },
  {
    role: 'body',
    text: '请试点城市按照《住房和城乡建设部办公厅 工业和信息化部办公厅关于组织开展智慧城市基础设施与智能网联汽车协同发展试点工作的通知》（建办城函〔2020〕594号）要求，制定完善试点工作方案，经专家评审通过后报住房和城乡建设部、工业和信息化部备案。试点城市要建立健全统筹协调机制，落实资金等保障措施，确保试点工作取得成效，形成可复制可推广的经验。有关省级住房和城乡建设、工业和信息化部门要加大对试点城市的指导支持力度。',
  },
  {
    role: 'body',
    text: '为加强对试点城市督促指导，切实做好提供咨询服务、跟踪掌握试点工作进展情况、总结形成可复制可推广工作经验等工作，住房和城乡建设部、工业和信息化部联合组建智慧城市基础设施与智能网联汽车协同发展试点工作办公室（以下简称双智试点办）。请各试点城市分别确定1名工作联系人，并报双智试点办，试点中有关情况和问题，及时与双智试点办沟通联系。',
  },
  { role: 'contact', text: '联系人：住房和城乡建设部城市建设司 张旭亮' },
  { role: 'contact', text: '电 话：010-58933961' },
  { role: 'contact', text: '联系人：工业和信息化部装备工业一司 陈春梅' },
  { role: 'contact', text: '电 话：010-68205629' },
  { role: 'signature', text: '住房和城乡建设部' },
  { role: 'signature', text: '工业和信息化部' },
  { role: 'date', text: '2021年12月1日' },
  { role: 'note', text: '（此件主动公开）' },
  {
    role: 'cc',
    text: '抄送：重庆市、深圳市、厦门市、南京市、济南市、成都市、合肥市、沧州市、芜湖市、淄博市人民政府。',
  },
];

/** Its English translation (seeds/000_c367052cba3a141c.txt): salutation and the three body paragraphs. */
const EN_2021: AlignUnit[] = [
  {
    role: 'salutation',
    text: 'All provinces, autonomous regions, municipalities directly under the Central Government and the Housing and Urban-Rural Construction Department of Xinjiang Production and Construction Corps (committees, management committees and bureaus), and the competent departments of industry and information technology:',
  },
  {
    role: 'body',
    text: 'According to the relevant work arrangements, on the basis of voluntary declaration by cities, the Ministry of Housing and Urban-Rural Development and the Ministry of Industry and Information Technology identified Chongqing, Shenzhen, Xiamen, Nanjing, Jinan, Chengdu, Hefei, Cangzhou, Wuhu and Zibo as the second batch of pilot cities for the coordinated development of smart city infrastructure and intelligent networked vehicles.',
  },
  {
    role: 'body',
    text: 'All pilot cities are requested to formulate and improve the pilot work plan in accordance with the requirements of the Notice of the General Office of the Ministry of Housing and Urban-Rural Development and the General Office of the Ministry of Industry and Information Technology on Organizing the Pilot Work of Collaborative Development of Smart City Infrastructure and Intelligent Networked Vehicles (J.H. [2020] No.594), and report it to the Ministry of Housing and Urban-Rural Development and the Ministry of Industry and Information Technology for the record after the approval of experts. Pilot cities should establish and improve the overall coordination mechanism, implement financial and other safeguard measures, ensure the effectiveness of the pilot work, and form a replicable and scalable experience. Provincial housing and urban and rural construction, industry and information technology and other relevant departments should increase guidance and support for pilot cities.',
  },
  {
    role: 'body',
    text: 'In order to strengthen the supervision and guidance of the pilot cities, do a good job in consulting services, track and master the progress of the pilot work, and sum up the work experience that can be replicated and popularized, the Ministry of Housing and Urban-Rural Development and the Ministry of Industry and Information Technology jointly established the Pilot Office for the Collaborative Development of Smart City Infrastructure and Intelligent Networked Vehicles (hereinafter referred to as the Shuangzhi Pilot Office). Each pilot city is requested to determine the work contact person of 1 and report it to Shuangzhi Pilot Office, communicate with Shuangzhi Pilot Office in time about the situation and problems in the pilot, and continue to pay attention to the follow-up development.',
  },
];

const [SALUTATION, ...BODY] = [3, 4, 5, 6];

/** Every paragraph of both sides in exactly one row, in document order: what any alignment must be. */
function expectCovers(rows: AlignedRow[], zhCount: number, enCount: number): void {
  expect(rows.flatMap((r) => (r.zh === undefined ? [] : [r.zh]))).toEqual([...Array(zhCount).keys()]);
  expect(rows.flatMap((r) => (r.en === undefined ? [] : [r.en]))).toEqual([...Array(enCount).keys()]);
  for (const r of rows) {
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(Math.round(r.confidence * 100) / 100).toBe(r.confidence);
  }
}

/** The rows that hold both a Chinese and an English paragraph, as [zh, en]. */
function pairsOf(rows: AlignedRow[]): Array<[number, number]> {
  return rows.flatMap((r) => (r.zh !== undefined && r.en !== undefined ? [[r.zh, r.en] as [number, number]] : []));
}

/** A copy of `units` with paragraph `i` cut in two where `at` begins. */
function splitAt(units: AlignUnit[], i: number, at: string): AlignUnit[] {
  const text = units[i]!.text;
  const cut = text.indexOf(at);
  expect(cut).toBeGreaterThan(0);
  const parts = [text.slice(0, cut).trim(), text.slice(cut)].map((t) => ({ ...units[i]!, text: t }));
  return [...units.slice(0, i), ...parts, ...units.slice(i + 1)];
}

describe('align', () => {
  it('pairs each body paragraph of the 2021 notice with its translation', () => {
    const rows = align(ZH_2021, EN_2021);
    expect(rows).toHaveLength(16);
    expectCovers(rows, 16, 4);
    expect(pairsOf(rows)).toEqual([
      [SALUTATION, 0],
      [BODY[0], 1],
      [BODY[1], 2],
      [BODY[2], 3],
    ]);
    for (const r of rows.filter((r) => r.en !== undefined)) expect(r.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves the title, contacts, signature, date, note and 抄送 of the 2021 notice as confident Chinese-only rows', () => {
    const rows = align(ZH_2021, EN_2021);
    const alone = rows.filter((r) => r.en === undefined);
    expect(alone.map((r) => r.zh)).toEqual([0, 1, 2, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    for (const r of alone) expect(r.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps a body paragraph the translation omits as its own low-confidence row while the others still pair', () => {
    const en = [EN_2021[0]!, EN_2021[1]!, EN_2021[3]!];
    const rows = align(ZH_2021, en);
    expectCovers(rows, 16, 3);
    expect(pairsOf(rows)).toEqual([
      [SALUTATION, 0],
      [BODY[0], 1],
      [BODY[2], 2],
    ]);
    const omitted = rows.find((r) => r.zh === BODY[1])!;
    expect(omitted.en).toBeUndefined();
    expect(omitted.confidence).toBeLessThan(0.5);
  });

  it('yields a 1-2 bead when the translation splits a paragraph in two', () => {
    const en = splitAt(EN_2021, 2, 'Pilot cities should');
    const rows = align(ZH_2021, en);
    expectCovers(rows, 16, 5);
    const at = rows.findIndex((r) => r.zh === BODY[1]);
    expect(rows[at]).toMatchObject({ zh: BODY[1], en: 2 });
    expect(rows[at + 1]).toEqual({ en: 3, confidence: rows[at]!.confidence });
    expect(pairsOf(rows)).toEqual([
      [SALUTATION, 0],
      [BODY[0], 1],
      [BODY[1], 2],
      [BODY[2], 4],
    ]);
  });

  it('yields a 2-1 bead when the translation joins two paragraphs into one', () => {
    const zh = splitAt(ZH_2021, BODY[1]!, '试点城市要建立健全');
    const rows = align(zh, EN_2021);
    expectCovers(rows, 17, 4);
    const at = rows.findIndex((r) => r.zh === BODY[1]);
    expect(rows[at]).toMatchObject({ zh: BODY[1], en: 2 });
    expect(rows[at + 1]).toEqual({ zh: BODY[1]! + 1, confidence: rows[at]!.confidence });
  });

  it('pairs the title, signature and date when the translation keeps them', () => {
    const en: AlignUnit[] = [
      {
        role: 'title',
        text: 'Notice of the Ministry of Housing and Urban-Rural Development and the Ministry of Industry and Information Technology on Determining the Second Batch of Pilot Cities for the Coordinated Development of Smart City Infrastructure and Intelligent Connected Vehicles',
      },
      ...EN_2021,
      { role: 'signature', text: 'Ministry of Housing and Urban-Rural Development' },
      { role: 'signature', text: 'Ministry of Industry and Information Technology' },
      { role: 'date', text: 'December 1, 2021' },
    ];
    const rows = align(ZH_2021, en);
    expectCovers(rows, 16, 8);
    const pairs = pairsOf(rows);
    expect(pairs).toContainEqual([11, 5]);
    expect(pairs).toContainEqual([12, 6]);
    expect(pairs).toContainEqual([13, 7]);
    // The three title lines are one title: the first pairs, the other two follow it alone.
    expect(rows.slice(0, 3).map(({ zh, en }) => ({ zh, en }))).toEqual([{ zh: 0, en: 0 }, { zh: 1 }, { zh: 2 }]);
    expect(rows.find((r) => r.zh === 13)!.confidence).toBe(1);
  });

  it('lets shared place anchors decide which of two look-alike paragraphs a translation kept', () => {
    const salutation: AlignUnit = { role: 'salutation', text: '各省、自治区住房和城乡建设厅：' };
    const enSalutation: AlignUnit = {
      role: 'salutation',
      text: 'Housing and urban-rural development departments of all provinces and autonomous regions:',
    };
    const body = (city: string, place: string): AlignUnit => ({
      role: 'body',
      text: `${city}要加快建设城市道路智能化基础设施，推进车城网平台建设。`,
      anchors: [place],
    });
    const enBody = (city: string, place: string): AlignUnit => ({
      role: 'body',
      text: `${city} should speed up building intelligent road infrastructure and push forward the vehicle-city network platform.`,
      anchors: [place],
    });
    const zh = [salutation, body('重庆市', 'place:500000'), body('深圳市', 'place:440300')];

    expect(pairsOf(align(zh, [enSalutation, enBody('Shenzhen', 'place:440300')]))).toEqual([
      [0, 0],
      [2, 1],
    ]);
    expect(pairsOf(align(zh, [enSalutation, enBody('Chongqing', 'place:500000')]))).toEqual([
      [0, 0],
      [1, 1],
    ]);

    const withAnchors = align(zh, [enSalutation, enBody('Shenzhen', 'place:440300')]);
    const without = align(
      zh.map(({ text, role }) => ({ text, role })),
      [enSalutation, { text: enBody('Shenzhen', '').text, role: 'body' as const }],
    );
    expect(withAnchors.find((r) => r.en === 1)!.confidence).toBeGreaterThan(
      without.find((r) => r.en === 1)!.confidence,
    );
  });

  it('gives an English-only input English-only rows', () => {
    expect(align([], EN_2021)).toEqual([0, 1, 2, 3].map((en) => ({ en, confidence: 1 })));
  });

  it('gives a Chinese-only input Chinese-only rows', () => {
    const rows = align(ZH_2021, []);
    expect(rows).toEqual(ZH_2021.map((_, zh) => ({ zh, confidence: 1 })));
  });

  it('gives nothing for nothing', () => {
    expect(align([], [])).toEqual([]);
  });

  it('gives identical output for identical inputs', () => {
    const once = JSON.stringify(align(ZH_2021, EN_2021));
    const again = JSON.stringify(align(structuredClone(ZH_2021), structuredClone(EN_2021)));
    expect(again).toBe(once);
  });

  it('never crosses or drops paragraphs, even for inputs that do not correspond at all', () => {
    const zh = ZH_2021.slice(7);
    const en = [...EN_2021].reverse();
    expectCovers(align(zh, en), zh.length, en.length);
  });

  it('gives a body paragraph with no counterpart low confidence, and a dropped title high confidence', () => {
    const rows = align(
      [{ role: 'title', text: '关于开展试点工作的通知' }, ...ZH_2021.slice(3, 7)],
      EN_2021.slice(0, 3),
    );
    expect(rows[0]).toMatchObject({ zh: 0 });
    expect(rows[0]!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(rows.at(-1)).toMatchObject({ zh: 4 });
    expect(rows.at(-1)!.en).toBeUndefined();
    expect(rows.at(-1)!.confidence).toBeLessThan(0.5);
  });

  it('never gives confidence 1 to a row whose sides share no anchor and differ in length, even alone', () => {
    // A story's paragraph against a number line: estimated from these two alone, any ratio would "fit".
    const rows = align(
      [
        {
          role: 'body',
          text: '批复指出，同意在两市开展城市更新试点，要求省政府加强组织领导，完善工作机制，形成可复制推广的经验。',
        },
      ],
      [{ role: 'body', text: 'National Letter' }],
    );
    expect(rows).toEqual([{ zh: 0, en: 0, confidence: expect.any(Number) }]);
    expect(rows[0]!.confidence).toBeLessThan(0.8);
  });

  it('lets the same role on both sides choose a row but not make it certain when the lengths do not fit', () => {
    const rows = align(
      [
        { role: 'title', text: '关于开展城市更新试点的通知' },
        {
          role: 'body',
          text: '请各试点城市于2024年7月31日前报送实施方案，明确目标任务、进度安排和保障措施，并加强组织领导。',
        },
      ],
      [
        { role: 'title', text: 'Notice on Pilots' },
        {
          role: 'body',
          text: 'Each pilot city shall submit its implementation plan by July 31, 2024, stating its goals and tasks, its schedule and its safeguards, and shall strengthen its leadership of the work.',
        },
      ],
    );
    expect(rows.map((r) => [r.zh, r.en])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(rows[0]!.confidence).toBeLessThan(1);
    expect(rows[0]!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(rows[1]!.confidence).toBe(1);
  });
});
