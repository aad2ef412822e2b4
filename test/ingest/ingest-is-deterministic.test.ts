import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNotices } from '../support/content.ts';
import { root, runIngest, seedsPlus } from '../support/site.ts';

const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(join(dir, 'notices'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, 'notices', f), 'utf8')]),
  );
const ingestTo = (seeds: string, ...args: string[]) => {
  const out = mkdtempSync(join(tmpdir(), 'ppa-det-'));
  expect(runIngest(seeds, out, ...args).code).toBe(0);
  return out;
};

describe('the ingest', () => {
  it('gives byte-identical output when run twice', () => {
    const a = ingestTo(join(root, 'seeds'), '--no-cache');
    const b = ingestTo(join(root, 'seeds'), '--no-cache');
    expect(files(b)).toEqual(files(a));
  });

  it('changes nothing on a second run over the same folder', () => {
    const out = ingestTo(join(root, 'seeds'));
    const again = runIngest(join(root, 'seeds'), out);
    expect(again.stdout).toMatch(/\(0 written, 4 unchanged, 0 removed;/);
  });

  it('matches the committed content/: a fresh ingest would change nothing', () => {
    expect(files(ingestTo(join(root, 'seeds'), '--no-cache'))).toEqual(files(join(root, 'content')));
  });

  it('keeps every notice id and paragraph anchor when unrelated sources are added', () => {
    const before = readNotices(ingestTo(join(root, 'seeds')));
    const after = readNotices(
      ingestTo(
        seedsPlus([
          'forms/gb18030-evaluation-notice.txt',
          'forms/pair-zh-standards-notice.txt',
          'forms/pair-en-standards-notice.txt',
        ]),
      ),
    );
    expect(after).toHaveLength(before.length + 2);
    for (const n of before) {
      const same = after.find((a) => a.data.id === n.data.id);
      expect(same, n.data.id).toBeDefined();
      expect(same!.rows).toEqual(n.rows);
      expect(same!.mdx).toBe(n.mdx);
    }
  });
});
