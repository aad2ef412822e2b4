import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/lib/eval/labels.ts';
import { evaluateFile, summarise, type Field } from '../../scripts/lib/eval/run.ts';

/**
 * The archive's own labelled set (test/fixtures/wild/: 26 pages written in the
 * shapes archivists receive — ministry, gov.cn with its table, provincial and
 * municipal 政府信息公开 pages, news portals, a law database, a periodical,
 * plain-text dumps, GBK/Big5 bytes, CRLF), run through `npm run eval`'s
 * scorer. Each field must reach its threshold; a miss is printed by name.
 */
const corpus = readCorpus(new URL('../fixtures/wild/', import.meta.url).pathname);
const results = corpus.labels.map((label) => evaluateFile(corpus, label));
const summary = summarise(results);

const THRESHOLDS: Record<Field, number> = {
  title: 0.9,
  docType: 0.9,
  issuers: 0.9,
  number: 0.9,
  signed: 0.9,
  published: 0.9,
  event: 0.8,
  publisher: 0.85,
};

describe('pages from the wild', () => {
  it('are all read: none refused', () => {
    expect(results.filter((r) => r.refused).map((r) => `${r.file}: ${r.refused}`)).toEqual([]);
  });

  for (const [field, threshold] of Object.entries(THRESHOLDS) as Array<[Field, number]>) {
    it(`give the right ${field} for at least ${threshold * 100}% of the pages that label it`, () => {
      const s = summary.fields[field]!;
      const misses = results.flatMap((r) => {
        const f = r.fields[field];
        return f && !f.ok ? [`${r.file}: want ${f.want} got ${f.got}`] : [];
      });
      expect(s.labelled).toBeGreaterThanOrEqual(5);
      expect(s.right / s.labelled, misses.join('\n')).toBeGreaterThanOrEqual(threshold);
    });
  }

  it('give their main text without chrome or page metadata (mean character F1 ≥ 0.95)', () => {
    expect(summary.text!.files).toBeGreaterThanOrEqual(10);
    expect(summary.text!.f1).toBeGreaterThanOrEqual(0.95);
  });
});
