import { describe, expect, it } from 'vitest';
import { englishKey, parseQuery } from './query.ts';
import { comparable, contains, containsAll, rowOfFirstHit } from './verify.ts';

describe('parsing a query', () => {
  it('quotes Chinese runs so Pagefind cannot split them into characters', () => {
    expect(parseQuery('淄博').pagefind).toBe('"淄博"');
    expect(parseQuery('聊城 智慧城市').pagefind).toBe('"聊城" "智慧城市"');
  });

  it('reads document numbers in every form a reader types them', () => {
    for (const q of ['594号', '〔2020〕594号', '建办城函〔2020〕594号', '建办城函[2020]594号']) {
      const [term] = parseQuery(q).terms;
      expect(term).toMatchObject({ kind: 'docnum', serial: '594' });
      expect(parseQuery(q).pagefind).toBe('594');
    }
    expect(parseQuery('建办城函〔2020〕594号').terms[0]).toMatchObject({ prefix: '建办城函', year: '2020' });
  });

  it('sends English words as stems that prefix-match their inflections, dropping stop words', () => {
    expect(
      parseQuery('the pilot cities')
        .terms.filter((t) => t.kind === 'en')
        .map((t) => t.text),
    ).toEqual(['pilot', 'cities']);
    expect(englishKey('cities')).toBe(englishKey('city'));
    expect(englishKey('issued')).toBe(englishKey('issue'));
    expect(englishKey('pilots')).toBe('pilot');
    expect('city'.startsWith(parseQuery('cities').pagefind)).toBe(true);
  });
});

describe('verifying a candidate', () => {
  const page = comparable(
    '住房和城乡建设部 工业和信息化部…（建办城函〔2020〕594号）… Chongqing, Zibo … pilot cities … J.H. [2020] No.594',
  );

  it('accepts only pages that contain the term', () => {
    expect(contains(page, { kind: 'zh', text: '城乡建设' })).toBe(true);
    expect(contains(page, { kind: 'zh', text: '聊城' })).toBe(false);
    expect(containsAll(page, parseQuery('city').terms)).toBe(true);
    expect(containsAll(page, parseQuery('citation').terms)).toBe(false);
  });

  it('matches a document number whatever its brackets, and not a longer serial', () => {
    expect(containsAll(page, parseQuery('建办城函[2020]594号').terms)).toBe(true);
    expect(containsAll(page, parseQuery('59号').terms)).toBe(false);
    expect(containsAll(page, parseQuery('建办科函〔2020〕594号').terms)).toBe(false);
    expect(containsAll(comparable('(J.H. [2020] No.594)'), parseQuery('〔2020〕594号').terms)).toBe(true);
  });

  it('needs English words typed together to stand together', () => {
    expect(
      containsAll(
        comparable('the Beijing Economic and Technological Development Zone'),
        parseQuery('Beijing Economic and Technological Development Zone').terms,
      ),
    ).toBe(true);
    expect(
      containsAll(
        comparable('Wuhan Economic and Technological Development Zone … Wuhan, Beijing'),
        parseQuery('Beijing Economic and Technological Development Zone').terms,
      ),
    ).toBe(false);
  });

  it('needs every term: one absent term rejects the page', () => {
    expect(containsAll(page, parseQuery('淄博 Zibo').terms)).toBe(false);
    expect(containsAll(page, parseQuery('Zibo 594号').terms)).toBe(true);
  });
});

describe('linking a result to its paragraph', () => {
  const anchors = [
    { id: 'main', location: 0 },
    { id: 'p1', location: 40 },
    { id: 'p2', location: 64 },
    { id: 'p3', location: 108 },
  ];

  it('links to the row holding the first match inside the rows', () => {
    expect(rowOfFirstHit(anchors, [70, 120])).toBe('p2');
    expect(rowOfFirstHit(anchors, [12, 109])).toBe('p3');
  });

  it('links a match in an attachment list to its row', () => {
    const rows = [
      { id: 'main', location: 0 },
      { id: 'r1', location: 30 },
      { id: 'r2', location: 38 },
    ];
    expect(rowOfFirstHit(rows, [40])).toBe('r2');
  });

  it('links a match only in the title to the first row', () => {
    expect(rowOfFirstHit(anchors, [12])).toBe('p1');
  });
});
