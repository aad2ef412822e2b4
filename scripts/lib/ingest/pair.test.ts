import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from './index.ts';
import { englishKind, evidence, ownNumber, pair, pairKind, PAIR_MIN, type Pairable } from './pair.ts';

const fixture = (name: string): Pairable =>
  readDocument({
    file: name,
    bytes: new Uint8Array(readFileSync(new URL(`../../../test/fixtures/pairing/${name}`, import.meta.url))),
  });
const text = (file: string, lines: string[]): Pairable =>
  readDocument({ file, bytes: new TextEncoder().encode(lines.join('\n')) });

const zh = fixture('batch-notice-zh.txt');
const en = fixture('batch-notice-en.txt');

describe('evidence', () => {
  it('finds a translation of the whole document in its number, title, dates, places and counts, in order', () => {
    const ev = evidence(en, zh);
    expect(ev.conflicts).toEqual([]);
    expect([...ev.kinds].sort()).toEqual(['counts', 'dates', 'number', 'places', 'title']);
    expect(ev.score).toBeGreaterThanOrEqual(PAIR_MIN);
    expect(ev.notes).toContain('in the same order');
  });

  it("rules out an English text that cites the Chinese document's own number: it is about it", () => {
    expect(evidence(fixture('evaluation-notice-en.txt'), zh).conflicts).toContainEqual(
      expect.stringMatching(/^it cites 建办督函〔2024〕112号/),
    );
  });

  it('rules out an English text with dates its supposed original does not have', () => {
    const later = text('later-en.txt', [
      'The pilot cities Changsha, Wuxi, Xiangyang, Liuzhou, Luoyang and Mianyang shall report on their platforms before March 31, 2026.',
      'A review meeting will be held on April 20, 2026, and the ministry will publish its findings after it, so that other cities can learn from them.',
    ]);
    const ev = evidence(later, zh);
    expect(ev.conflicts).toContainEqual('its dates 2026-03-31, 2026-04-20 are not in batch-notice-zh.txt');
  });

  it('rules out a text much shorter than a translation of the whole', () => {
    const short = text('short-en.txt', [
      'Changsha, Wuxi, Xiangyang: pilots from May 20, 2024; plans by July 31, 2024.',
    ]);
    expect(evidence(short, zh).conflicts).toContainEqual(expect.stringMatching(/^length ratio 0\.\d/));
  });

  it('rules out shared facts that come in another order', () => {
    const shuffled = text('shuffled-en.txt', [
      'All housing and urban-rural development departments:',
      'Plans are due by July 31, 2024, from each city named below; the pilot period is two years, counted from the date of this notice, and funds must be secured.',
      'Mianyang and Luoyang take part, as do the others of the batch, whose work will be followed by the ministry throughout the period.',
      'Liuzhou and Xiangyang were reviewed by experts, and so were Wuxi and Changsha, before the ministry decided on May 20, 2024 to name them.',
    ]);
    expect(evidence(shuffled, zh).conflicts).toContainEqual(expect.stringMatching(/^shared facts in another order/));
  });

  it('rules out a title naming another 文种 or batch', () => {
    const other = text('other-kind-en.txt', [
      'Opinions of the General Office on the Fourth Batch of Pilot Cities',
      ...en.paragraphs.slice(1).map((p) => p.text),
    ]);
    const conflicts = evidence(other, zh).conflicts;
    expect(conflicts).toContainEqual('its title names a opinion, batch-notice-zh.txt is a notice');
    expect(conflicts).toContainEqual('its title names batch 4, batch-notice-zh.txt batch 3');
  });
  it('rules out a title naming another year, and does not take a 文种 alone for title evidence', () => {
    const access = fixture('access-pilot-notice-zh.txt');
    const lines = [
      'Notice of the General Office of the Ministry of Industry and Information Technology on the List of Pilot Cities of 2025 for the Access of Intelligent Connected Vehicles',
      'To the competent departments of industry and information technology of all provinces, autonomous regions and municipalities:',
      'After recommendation by localities and review by experts, the 4 cities of Hefei, Suzhou, Ningbo and Chongqing are determined as pilot cities for the access of intelligent connected vehicles.',
      'Pilot cities shall submit their pilot work plans before December 31, 2024, setting out their test roads, safety safeguards and data management measures.',
    ];
    expect(evidence(text('year-en.txt', lines), access).conflicts).toContainEqual(
      'its title names 2025, access-pilot-notice-zh.txt 2024',
    );
    const generic = text('generic-en.txt', ['Notice', ...lines.slice(1)]);
    expect(evidence(generic, access).kinds.has('title')).toBe(false);
  });
});

describe('pairKind', () => {
  it('reads an English official document, a news story and a periodical brief for what they are', () => {
    expect(pairKind(en)).toBe('official');
    expect(pairKind(fixture('state-council-reply-en.txt'))).toBe('official');
    expect(pairKind(fixture('batch-news-en.txt'))).toBe('report');
    expect(pairKind(fixture('access-pilot-brief-en.txt'))).toBe('brief');
    expect(pairKind(zh)).toBe('official');
    expect(pairKind(fixture('state-council-reply-news-zh.txt'))).toBe('report');
  });
});

describe('englishKind', () => {
  it('reads the 文种 family an English title names first', () => {
    expect(englishKind('Reply of the State Council on Approving Urban Renewal Pilots')).toBe('reply');
    expect(englishKind('Notice of the Ministry on Issuing the Implementation Plan for Pilots')).toBe('notice');
    expect(englishKind('Circular of the General Office on the Third Batch')).toBe('notice');
    expect(englishKind('Guiding Opinions of the State Council on Smart Cities')).toBe('opinion');
    expect(englishKind('Six cities chosen to pilot city operation platforms')).toBeUndefined();
  });
});

describe('ownNumber', () => {
  it('finds a romanised number on a line of its own, and not a number cited in the text', () => {
    expect(ownNumber(fixture('state-council-reply-en.txt'))?.number).toMatchObject({ year: 2023, serial: 58 });
    expect(ownNumber(fixture('evaluation-notice-en.txt'))).toBeUndefined();
  });
});

describe('pair', () => {
  const files = (pairings: ReturnType<typeof pair>) =>
    pairings.map((p) => [p.original, ...(p.translation ? [p.translation] : [])]);

  it('pairs a translation beside its decoys, and nothing else', () => {
    const docs = [zh, en, fixture('batch-news-en.txt'), fixture('evaluation-notice-en.txt')];
    expect(files(pair(docs, new Map()))).toEqual([
      ['batch-news-en.txt'],
      ['batch-notice-zh.txt', 'batch-notice-en.txt'],
      ['evaluation-notice-en.txt'],
    ]);
  });

  it('pairs the English of a 国函 with the 国函, not with a news story about it', () => {
    const docs = ['state-council-reply-news-zh.txt', 'state-council-reply-en.txt', 'state-council-reply-zh.txt'].map(
      fixture,
    );
    expect(files(pair(docs, new Map()))).toEqual([
      ['state-council-reply-news-zh.txt'],
      ['state-council-reply-zh.txt', 'state-council-reply-en.txt'],
    ]);
    expect(files(pair(docs.slice(0, 2), new Map()))).toEqual([
      ['state-council-reply-en.txt'],
      ['state-council-reply-news-zh.txt'],
    ]);
  });

  it('pairs neither of two translations that are as close, and names the original as possible for both', () => {
    const pairings = pair([zh, en, fixture('batch-notice-en-other.txt')], new Map());
    expect(files(pairings)).toEqual([['batch-notice-en-other.txt'], ['batch-notice-en.txt'], ['batch-notice-zh.txt']]);
    expect(pairings[1]!.possible).toMatchObject({
      original: 'batch-notice-zh.txt',
      doubt: 'batch-notice-en-other.txt is as close a translation of it',
    });
    expect(pairings[1]!.possible!.evidence).toContain('document number 建办督函〔2024〕112号');
  });

  it('names a candidate with thin evidence as possible, without pairing it', () => {
    const thin = text('thin-en.txt', [
      'All provincial departments:',
      'Changsha, Wuxi, Xiangyang, Liuzhou, Luoyang and Mianyang are named pilot cities for the city operation and management service platforms, as decided after voluntary applications and expert review; plans follow, and the pilot period is two years, with organisation, funding and experience as the main points for all localities.',
      'All localities shall give the pilots strong leadership, put money behind them and sum up what they learn, in a form that other cities of the same size can take up and follow.',
    ]);
    const [single] = pair([zh, thin], new Map()).filter((p) => p.original === 'thin-en.txt');
    expect(single).toMatchObject({
      by: 'single',
      possible: { original: 'batch-notice-zh.txt', doubt: 'the evidence is thin' },
    });
  });

  it('does not pair two stories on the same city: a city and its province are one place, and a title naming it no title evidence', () => {
    const story = text('story-zh.txt', [
      '武汉智能网联测试道路再延长',
      '记者从湖北省有关部门获悉，武汉市近日新开放一批智能网联汽车测试道路，覆盖经开区和东湖高新区的主要干道。',
      '有关负责人表示，武汉将继续推进车城网平台建设，与城市运行管理平台实现数据共享。',
    ]);
    const english = text('story-en.txt', [
      'Wuhan opens more roads to connected cars',
      'Wuhan, capital of Hubei province, has opened more roads for tests of connected vehicles, covering main streets in two development zones, officials said.',
      'The city plans to link its vehicle platform with the platform it uses to run the city, so that data can be shared between the two.',
    ]);
    const ev = evidence(english, story);
    expect(ev.kinds.size).toBeLessThan(2);
    expect(pair([story, english], new Map()).map((p) => p.translation)).toEqual([undefined, undefined]);
  });

  it('leaves a pair a sidecar vetoes alone', () => {
    expect(
      files(pair([zh, en], new Map([['batch-notice-en.txt', { notPairedWith: ['batch-notice-zh.txt'] }]]))),
    ).toEqual([['batch-notice-en.txt'], ['batch-notice-zh.txt']]);
  });
});
