import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNotices } from '../support/content.ts';
import { root, runIngest } from '../support/site.ts';

const out = () => mkdtempSync(join(tmpdir(), 'ppa-tr-'));

describe('an archive translation', () => {
  it('becomes the English column, labelled archive translation, row for row', () => {
    const dir = out();
    expect(runIngest(join(root, 'test/fixtures/translation-right'), dir).code).toBe(0);
    const [n] = readNotices(dir);
    expect(n!.data.languages).toEqual({ zh: 'source', en: 'archive-translation' });
    expect(n!.data.title.en).toBe('Wuhu Holds a Meeting to Advance the Shuangzhi Pilot');
    expect(n!.rows.map((r) => [r.zhRole, Boolean(r.zh), Boolean(r.en), r.confidence])).toEqual([
      ['title', true, true, 1],
      ['body', true, true, 1],
    ]);
  });

  it('with a number that differs from its source fails the ingest, naming the file and the row', () => {
    const dir = join(root, 'test/fixtures/translation-wrong-number');
    const result = runIngest(dir, out());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${dir}/wuhu-report.txt.en.yaml: row p2: numbers, dates or document numbers differ (source has 2022; translation has 2023)`,
    );
  });
});
