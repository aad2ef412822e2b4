import { describe, expect, it } from 'vitest';
import type { Attachment, AttachmentRow, Notice } from '../schemas/notice.ts';
import { pilotPlaceRows, programBatches } from './program-data.ts';

const place = (slug: string, code: string, zh: string, en: string) => ({
  code,
  slug,
  zh,
  en,
  level: 'prefecture-city',
  province: { code: `${code.slice(0, 2)}0000`, zh: '某省', en: 'Some' },
  vintage: '2021',
});
const row = (k: number, fields: Partial<AttachmentRow>): AttachmentRow => ({
  anchor: `r${k}`,
  headings: [{ zh: '一、新增试点城市', en: '1. New pilots' }],
  cells: [String(k), fields.listed ?? fields.project ?? ''],
  ...fields,
});
const count = (value: number, entryType: 'new' | 'expanded' | 'special') => ({
  value,
  unit: '个',
  entryType,
  paragraph: 'p3',
  quote: `${value}个`,
  places: [],
});
const list: Attachment = {
  n: 1,
  file: 'list.xls',
  title: { zh: '某年度试点名单', en: null },
  format: 'xls',
  bytes: 100,
  sha256: '0'.repeat(64),
  provenance: { linkedBy: 'announcement', paragraph: 'p7' },
  rows: [
    row(1, { listed: '无锡市', entryType: 'new', place: place('wuxi', '320200', '无锡市', 'Wuxi') }),
    row(2, { listed: '某某新城', entryType: 'new', flag: 'not in the gazetteer: 某某新城' }),
    row(3, { listed: '淄博市', entryType: 'expanded', place: place('zibo', '370300', '淄博市', 'Zibo') }),
  ],
};
const projects: Attachment = {
  ...list,
  n: 2,
  file: 'projects.docx',
  format: 'docx',
  provenance: { linkedBy: 'announcement', paragraph: 'p8' },
  rows: [row(1, { builder: '某公司', project: '某平台', entryType: 'special' })],
};
const notice = {
  id: '2016-05-10-abcdef12',
  title: { zh: '某通知', en: null },
  docType: 'notice',
  docNumber: '建办科〔2016〕99号',
  dates: { signed: '2016-05-10' },
  programs: ['national-smart-city'],
  batch: { program: 'national-smart-city', year: 2016 },
  places: [],
  counts: [count(3, 'new'), count(1, 'expanded'), count(1, 'special')],
  statements: [],
  designations: [],
  attachments: [list, projects],
} as unknown as Notice;

describe('a batch whose list is held as an attachment', () => {
  it('takes the list rows of its entry type, with the count listed beside the count stated', () => {
    const batches = programBatches([notice], 'national-smart-city');
    expect(batches.map((b) => [b.entryType, b.complete, b.list?.stated, b.list?.listed])).toEqual([
      ['new', true, 3, 2],
      ['expanded', true, 1, 1],
      ['special', true, 1, 1],
    ]);
    // Places listed join the batch (the flagged unit is a row, not a place); projects are not places.
    expect(batches.map((b) => b.places.map((p) => p.slug))).toEqual([['wuxi'], ['zibo'], []]);
    expect(batches[0]!.list!.entries.map((e) => e.path)).toEqual([
      '/notices/2016-05-10-abcdef12/attachments/1/#r1',
      '/notices/2016-05-10-abcdef12/attachments/1/#r2',
    ]);
  });

  it('gives pilot-places.csv rows whose evidence is the row that lists the place', () => {
    const rows = pilotPlaceRows([notice], undefined);
    expect(rows.map((r) => [r.name_zh, r.entry_type, r.evidence_path, r.evidence_quote, r.note])).toEqual([
      [
        '无锡市',
        'new',
        '/notices/2016-05-10-abcdef12/attachments/1/#r1',
        '某年度试点名单 › 一、新增试点城市 › 1 无锡市',
        'listed in attachment 1, row 1',
      ],
      [
        '淄博市',
        'expanded',
        '/notices/2016-05-10-abcdef12/attachments/1/#r3',
        '某年度试点名单 › 一、新增试点城市 › 3 淄博市',
        'listed in attachment 1, row 3',
      ],
    ]);
  });

  it('is left as stated when the notice holds no list', () => {
    const [b] = programBatches([{ ...notice, attachments: [] }], 'national-smart-city');
    expect([b!.complete, b!.list, b!.places]).toEqual([false, undefined, []]);
  });
});
