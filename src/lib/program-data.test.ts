import { describe, expect, it } from 'vitest';
import { notice as noticeSchema, type Notice, type NoticeInput } from '../schemas/notice.ts';
import { pilotPlaceRows, programBatches } from './program-data.ts';
import { placeEntries, pilotStatus } from './places.ts';

const place = (slug: string, zh: string, code: string, paragraphs: string[]) => ({
  code,
  slug,
  zh,
  en: slug,
  level: 'prefecture-city',
  province: { code: `${code.slice(0, 2)}0000`, zh: '某省', en: 'Some Province' },
  vintage: '2021',
  paragraphs,
});

/** A notice naming four places: two designated in a counted list, one under 名单如下, one in its 抄送 line. */
const input: NoticeInput = {
  id: '2022-06-01-aaaaaaaa',
  title: { zh: '关于确定第三批试点城市的通知', en: null },
  docType: 'notice',
  docNumber: null,
  issuers: [],
  dates: { signed: '2022-06-01' },
  programs: ['shuangzhi'],
  batch: { program: 'shuangzhi', number: 3 },
  places: [
    place('baoding', '保定市', '130600', ['p2']),
    place('luoyang', '洛阳市', '410300', ['p2']),
    place('tangshan', '唐山市', '130200', ['p4']),
    place('changsha', '长沙市', '430100', ['p9']),
  ],
  designations: [
    {
      place: 'baoding',
      paragraph: 'p2',
      quote: '确定保定、洛阳等2个城市为第三批试点城市。',
      entryType: 'new',
      batch: 3,
    },
    {
      place: 'luoyang',
      paragraph: 'p2',
      quote: '确定保定、洛阳等2个城市为第三批试点城市。',
      entryType: 'new',
      batch: 3,
    },
    { place: 'tangshan', paragraph: 'p4', quote: '一、河北省：唐山市', entryType: 'expanded', batch: 3 },
  ],
  counts: [
    {
      value: 2,
      unit: '个城市',
      entryType: 'new',
      batch: 3,
      paragraph: 'p2',
      quote: '2个城市为第三批试点城市',
      // A count's list as an older ingest wrote it, a city of the 抄送 line among them.
      places: ['baoding', 'luoyang', 'changsha'],
    },
  ],
  cites: [],
  languages: { zh: 'source', en: 'none' },
  pairing: 'single',
  rows: 9,
  sources: [
    {
      file: 'a.txt',
      lang: 'zh',
      role: 'original',
      form: 'plain-text',
      sha256: 'a'.repeat(64),
      bytes: 10,
      encoding: 'utf-8',
      encodingEvidence: 'strict-utf-8',
      bom: false,
      lineEndings: 'lf',
      cleaning: [],
    },
  ],
};
const n: Notice = noticeSchema.parse(input);

describe('batches and pilot places', () => {
  it('take only designated places: a count lists them, a list without a count is a batch of its own', () => {
    const batches = programBatches([n], 'shuangzhi');
    expect(batches.map((b) => [b.entryType, b.count, b.places.map((p) => p.slug)])).toEqual([
      ['new', 2, ['baoding', 'luoyang']],
      ['expanded', undefined, ['tangshan']],
    ]);
    expect(batches[1]).toMatchObject({ number: 3, paragraph: 'p4', quote: '一、河北省：唐山市', complete: true });
    // Each place keeps the sentence that designates it, for its page.
    expect(batches[0]!.designations.map((d) => [d.place, d.quote])).toEqual([
      ['baoding', '确定保定、洛阳等2个城市为第三批试点城市。'],
      ['luoyang', '确定保定、洛阳等2个城市为第三批试点城市。'],
    ]);
  });

  it('give pilot-places.csv a row per designation, an empty count where none is stated', () => {
    const rows = pilotPlaceRows([n], undefined);
    expect(rows.map((r) => [r.name_zh, r.batch, r.batch_count_stated])).toEqual([
      ['保定市', '3', '2'],
      ['洛阳市', '3', '2'],
      ['唐山市', '3', ''],
    ]);
  });

  it('give a place only named a page without pilot status', () => {
    const entries = placeEntries([n]);
    const status = (slug: string) => pilotStatus(entries.find((e) => e.place.slug === slug)!).length;
    expect(status('baoding')).toBe(1);
    expect(status('changsha')).toBe(0);
  });
});
