import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNotices, type WrittenNotice } from '../support/content.ts';
import { runIngest, seedsFrom } from '../support/site.ts';

/**
 * Translations pair with their originals only on evidence over the whole
 * document, and only when sure; documents that merely share a city list, a
 * number or dates with a notice (a news story about it, a brief on it, a
 * later notice on the same cities) stay notices of their own.
 * Fixtures: test/fixtures/pairing (see its README).
 */
function ingest(files: string[]): { notices: WrittenNotice[]; summary: string[] } {
  const out = mkdtempSync(join(tmpdir(), 'ppa-pairing-'));
  const result = runIngest(seedsFrom(files.map((f) => `pairing/${f}`)), out, '--no-cache');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { notices: readNotices(out), summary: result.stdout.split('\n') };
}

/** Each notice as the files it was made from, original first. */
const grouping = (notices: WrittenNotice[]) => notices.map((n) => n.data.sources.map((s) => s.file)).sort();
const of = (notices: WrittenNotice[], file: string) => notices.find((n) => n.data.sources[0]!.file === file)!;

describe('a translation, its decoys, a 国函 with a news story about it, and a periodical brief', () => {
  const { notices } = ingest([
    'batch-notice-zh.txt',
    'batch-notice-en.txt',
    'batch-news-en.txt',
    'evaluation-notice-en.txt',
    'state-council-reply-zh.txt',
    'state-council-reply-en.txt',
    'state-council-reply-news-zh.txt',
    'access-pilot-notice-zh.txt',
    'access-pilot-brief-en.txt',
  ]);

  it('pairs every true translation with its original and leaves every decoy alone', () => {
    expect(grouping(notices)).toEqual([
      ['access-pilot-brief-en.txt'],
      ['access-pilot-notice-zh.txt'],
      ['batch-news-en.txt'],
      ['batch-notice-zh.txt', 'batch-notice-en.txt'],
      ['evaluation-notice-en.txt'],
      ['state-council-reply-news-zh.txt'],
      ['state-council-reply-zh.txt', 'state-council-reply-en.txt'],
    ]);
    expect(of(notices, 'batch-notice-zh.txt').data.pairing).toBe('text');
    expect(of(notices, 'state-council-reply-zh.txt').data.languages).toEqual({
      zh: 'source',
      en: 'received-translation',
    });
  });

  it('keeps the 国函 its own type, number and date, and its rows parallel', () => {
    const reply = of(notices, 'state-council-reply-zh.txt');
    expect(reply.data.docType).toBe('notice');
    expect(reply.data.docNumber).toBe('国函〔2023〕58号');
    expect(reply.data.dates.signed).toBe('2023-06-12');
    const row = reply.rows.find((r) => r.zh?.startsWith('一、'))!;
    expect(row.en).toMatch(/^1\. Urban renewal pilots are approved/);
    expect(row.confidence).toBe(1);
  });

  it('leaves the notice a brief reports on with its own type, number and dates, and the brief a brief', () => {
    const notice = of(notices, 'access-pilot-notice-zh.txt');
    expect(notice.data.docType).toBe('notice');
    expect(notice.data.docNumber).toBe('工信厅装函〔2024〕233号');
    expect(notice.data.dates).toEqual({ signed: '2024-09-03' });
    expect(notice.data.languages.en).toBe('none');
    expect(of(notices, 'access-pilot-brief-en.txt').data.docType).toBe('news-brief');
  });
});

describe('decoys with no true translation beside them', () => {
  const { notices, summary } = ingest([
    'batch-notice-zh.txt',
    'batch-news-en.txt',
    'evaluation-notice-en.txt',
    'state-council-reply-news-zh.txt',
    'state-council-reply-en.txt',
    'access-pilot-notice-zh.txt',
    'access-pilot-brief-en.txt',
  ]);

  it('pair with nothing: the news story, the later notice, the brief, and the 国函 English beside a story', () => {
    expect(grouping(notices).every((files) => files.length === 1)).toBe(true);
    expect(notices).toHaveLength(7);
  });

  it('are not offered as possible translations either', () => {
    expect(summary.filter((line) => line.includes('possible translation'))).toEqual([]);
  });
});

describe('two translations of one notice', () => {
  const { notices, summary } = ingest(['batch-notice-zh.txt', 'batch-notice-en.txt', 'batch-notice-en-other.txt']);

  it('pairs neither, since neither clearly beats the other', () => {
    expect(grouping(notices)).toEqual([
      ['batch-notice-en-other.txt'],
      ['batch-notice-en.txt'],
      ['batch-notice-zh.txt'],
    ]);
  });

  it('names the notice each may translate, with the evidence, and asks for a sidecar', () => {
    for (const file of ['batch-notice-en.txt', 'batch-notice-en-other.txt']) {
      const line = summary.find((l) => l.startsWith(`${file}:`))!;
      expect(line).toMatch(
        /possible translation of batch-notice-zh\.txt \(evidence: document number 建办督函〔2024〕112号, .*6 places.*\): confirm with translationOf in a sidecar$/,
      );
    }
  });
});
