import { describe, expect, it } from 'vitest';
import { listCounts } from '../../../src/lib/attachment-lists.ts';
import { announced, matchAnnounced } from './announce.ts';
import { headingEn } from './headings.ts';

const row = (anchor: string, text: string, role = 'attachment') => ({ anchor, zh: { text, role } });

describe('announced', () => {
  it('reads the numbered items of a 附件说明 over one or several rows', () => {
    expect(
      announced([
        row('p6', '附件:1.国家智慧城市2014年度试点名单'),
        row('p7', '2.国家智慧城市2014年度专项试点名单'),
        row('p8', '住房和城乡建设部办公厅', 'signature'),
      ]),
    ).toEqual([
      { n: 1, title: '国家智慧城市2014年度试点名单', anchor: 'p6' },
      { n: 2, title: '国家智慧城市2014年度专项试点名单', anchor: 'p7' },
    ]);
    expect(announced([row('p3', '附件：1. 甲试点名单 2. 乙试点名单（list-2.html）')])).toEqual([
      { n: 1, title: '甲试点名单', anchor: 'p3' },
      { n: 2, title: '乙试点名单', fileNamed: 'list-2.html', anchor: 'p3' },
    ]);
    expect(announced([row('p4', '附件2：专项试点项目名单')])).toEqual([
      { n: 2, title: '专项试点项目名单', anchor: 'p4' },
    ]);
  });
});

describe('matchAnnounced', () => {
  const items = announced([
    row('p6', '附件:1.国家智慧城市2014年度试点名单'),
    row('p7', '2.国家智慧城市2014年度专项试点名单'),
  ]);
  it('matches by title, never taking the special list for the main one', () => {
    expect(matchAnnounced({ file: 'a.xls', titles: ['国家智慧城市2014年度试点名单'] }, items)?.n).toBe(1);
    expect(matchAnnounced({ file: 'b.docx', titles: ['国家智慧城市 2014 年度专项试点名单'] }, items)?.n).toBe(2);
  });
  it('matches by file name, and a file named 附件N by its number', () => {
    expect(matchAnnounced({ file: '国家智慧城市2014年度专项试点名单.pdf', titles: [] }, items)?.n).toBe(2);
    expect(matchAnnounced({ file: '附件1.xls', titles: [] }, items)?.n).toBe(1);
    expect(matchAnnounced({ file: 'scan.pdf', titles: [] }, items)).toBeUndefined();
  });
});

describe('headingEn', () => {
  it('says categories and provinces in English with their numbering and count, and nothing else', () => {
    expect(headingEn('一、新增试点城市（5个）')).toBe('1. New pilots (5)');
    expect(headingEn('二、扩大范围试点')).toBe('2. Pilots with expanded scope');
    expect(headingEn('河北省（3个）')).toBe('Hebei (3)');
    expect(headingEn('其他说明')).toBeNull();
  });
});

describe('listCounts', () => {
  const count = (value: number, entryType: 'new' | 'expanded' | 'special') => ({
    value,
    unit: '个',
    entryType,
    paragraph: 'p5',
    quote: '',
  });
  const rows = (entryType: 'new' | 'expanded', k: number) =>
    Array.from({ length: k }, (_, i) => ({ anchor: `r${i + 1}`, entryType, cells: [] }));
  const attachment = (r: ReturnType<typeof rows>) => ({
    n: 1,
    file: 'a.xls',
    title: { zh: '名单', en: null },
    format: 'xls' as const,
    bytes: 1,
    sha256: '0'.repeat(64),
    provenance: { linkedBy: 'announcement' as const },
    rows: r,
  });
  it('checks each stated type a list holds, and leaves out a type no list holds', () => {
    expect(
      listCounts({
        counts: [count(5, 'new'), count(2, 'expanded'), count(41, 'special')],
        attachments: [attachment([...rows('new', 4), ...rows('expanded', 2)])],
      }),
    ).toEqual([
      { entryType: 'new', stated: 5, listed: 4, paragraph: 'p5' },
      { entryType: 'expanded', stated: 2, listed: 2, paragraph: 'p5' },
    ]);
    expect(listCounts({ counts: [count(5, 'new')], attachments: [] })).toEqual([]);
  });
});
