import { describe, expect, it } from 'vitest';
import { citingNotices, resolveCitations, rowCoverage } from './notices.ts';
import type { Notice } from '../schemas/notice.ts';

const held = {
  id: '2020-08-01-aaaaaaaa',
  title: { zh: '关于组织开展试点工作的通知', en: null },
  docNumber: '建办城函〔2020〕594号',
  number: { text: '建办城函〔2020〕594号', year: 2020, serial: 594 },
  cites: [],
  dates: { signed: '2020-08-01' },
};
const citing = {
  id: '2021-12-01-bbbbbbbb',
  title: { zh: '关于确定第二批试点城市的通知', en: null },
  docNumber: null,
  cites: [{ number: '建办城函〔2020〕594号', year: 2020, serial: 594, renderings: [], paragraph: 'p6' }],
  dates: { signed: '2021-12-01' },
} as Pick<Notice, 'id' | 'title' | 'docNumber' | 'number' | 'cites' | 'dates'>;

describe('citations between notices', () => {
  it('match a cited number to the notice holding it by the year and serial the ingest parsed', () => {
    const all = [held, citing];
    expect(resolveCitations(citing, all)[0]!.held?.id).toBe(held.id);
    expect(citingNotices(held, all).map((n) => n.id)).toEqual([citing.id]);
    expect(citingNotices(citing, all)).toEqual([]);
  });
});

describe('row coverage', () => {
  it('counts the rows holding each language', () => {
    const body =
      '<Row id="p1" confidence="1">\n<Zh role="title">a</Zh>\n</Row>\n<Row id="p2" confidence="1">\n<Zh role="body">b</Zh>\n<En role="body">b</En>\n</Row>';
    expect(rowCoverage(body, 2)).toEqual({ zh: 2, en: 1, total: 2 });
  });
});
