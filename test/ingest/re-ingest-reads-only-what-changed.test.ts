import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runIngest, seedsPlus } from '../support/site.ts';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `ppa-${name}-`));
const files = (out: string) =>
  Object.fromEntries(
    readdirSync(join(out, 'notices'))
      .sort()
      .map((f) => [f, readFileSync(join(out, 'notices', f), 'utf8')]),
  );
/** `{ documents, notices }` reused, as the ingest reports them. */
const reused = (stdout: string) => {
  const m = /(\d+) sources and (\d+) notices reused from the cache/.exec(stdout);
  expect(m, stdout).not.toBeNull();
  return { documents: Number(m![1]), notices: Number(m![2]) };
};
const ingest = (seeds: string, cache: string) => {
  const out = temp('out');
  const run = runIngest(seeds, out, '--cache-dir', cache);
  expect(run.code, run.stderr).toBe(0);
  return { out, reused: reused(run.stdout) };
};

describe('an archivist re-running the ingest', () => {
  it('reads nothing again when nothing changed, and gets the same bytes as without a cache', () => {
    const cache = temp('cache');
    const seeds = join(root, 'seeds');
    const cold = ingest(seeds, cache);
    const warm = ingest(seeds, cache);
    const none = temp('out');
    expect(runIngest(seeds, none, '--no-cache').code).toBe(0);

    expect(cold.reused).toEqual({ documents: 0, notices: 0 });
    expect(warm.reused).toEqual({ documents: 5, notices: 4 });
    expect(files(warm.out)).toEqual(files(cold.out));
    expect(files(warm.out)).toEqual(files(none));
  });

  it('reads only the added source, and composes only the notices whose inputs changed', () => {
    const cache = temp('cache');
    const seeds = temp('seeds');
    cpSync(join(root, 'seeds'), seeds, { recursive: true });
    ingest(seeds, cache);

    // A new source: read once; the four notices already built are reused.
    const grown = seedsPlus(['forms/gb18030-evaluation-notice.txt']);
    const added = ingest(grown, cache);
    expect(added.reused).toEqual({ documents: 5, notices: 4 });
    expect(Object.keys(files(added.out))).toHaveLength(5);

    // An edited sidecar: no source is read again, but its notice is composed again and shows the edit.
    const meta = readdirSync(seeds).find((f) => f.startsWith('002') && f.endsWith('.meta.yaml'))!;
    appendFileSync(join(seeds, meta), 'id: 2013-08-05-pinned\n');
    const edited = ingest(seeds, cache);
    expect(edited.reused).toEqual({ documents: 5, notices: 3 });
    expect(Object.keys(files(edited.out))).toContain('2013-08-05-pinned.mdx');
  });

  it('reads a source again when its cache entry cannot be read', () => {
    const cache = temp('cache');
    ingest(join(root, 'seeds'), cache);
    const [version] = readdirSync(cache);
    const entries = readdirSync(join(cache, version!));
    expect(entries).toHaveLength(9);
    for (const entry of entries.filter((e) => e.startsWith('document-')).slice(0, 1))
      appendFileSync(join(cache, version!, entry), '{ truncated');
    const again = ingest(join(root, 'seeds'), cache);
    expect(again.reused).toEqual({ documents: 4, notices: 4 });
    expect(files(again.out)).toEqual(files(join(root, 'content')));
  });
});
