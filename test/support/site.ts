import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;

/** Runs the ingest CLI as an archivist would; returns exit code and output. */
export function runIngest(
  seeds: string,
  out: string,
  ...args: string[]
): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(
      process.execPath,
      [join(root, 'scripts/ingest.ts'), '--seeds', seeds, '--out', out, ...args],
      { cwd: root, encoding: 'utf8', stdio: 'pipe' },
    );
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A temporary seeds folder holding the named fixture files (paths relative to test/fixtures). */
export function seedsFrom(fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ppa-seeds-'));
  for (const f of fixtures) cpSync(join(root, 'test/fixtures', f), join(dir, f.split('/').at(-1)!));
  return dir;
}

/** The seeds folder plus extra fixture files: "adding a source" to the real archive. */
export function seedsPlus(fixtures: string[]): string {
  const dir = seedsFrom(fixtures);
  for (const f of readdirSync(join(root, 'seeds'))) cpSync(join(root, 'seeds', f), join(dir, f));
  return dir;
}

/**
 * Ingests a seeds folder and builds the real site from it with Astro, into a
 * temporary folder; returns the dist folder. Slow (seconds): used by the few
 * tests that must see what the built page shows. A local build unless `env`
 * gives a SITE_URL (a SITE_URL in the caller's environment is ignored). With `content`, the
 * ingest writes there (over what an earlier ingest wrote) instead of into a fresh folder.
 */
export function buildSiteFrom(
  seeds: string,
  env: Record<string, string> = {},
  opts: { content?: string } = {},
): string {
  const work = mkdtempSync(join(tmpdir(), 'ppa-site-'));
  // an archive with a history: the ingest writes into a content folder an earlier ingest wrote
  const content = opts.content ?? join(work, 'content');
  const dist = join(work, 'dist');
  const ingest = runIngest(seeds, content);
  if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', dist],
    {
      cwd: root,
      env: {
        ...process.env,
        SITE_URL: '',
        ...env,
        ARCHIVE_CONTENT_DIR: content,
        ARCHIVE_SEEDS_DIR: seeds,
        ARCHIVE_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: 'pipe',
    },
  );
  // The search index, as npm run build makes it.
  execFileSync(process.execPath, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist], {
    cwd: root,
    stdio: 'pipe',
  });
  // The offline manifest and service worker, as npm run build makes them.
  execFileSync(process.execPath, [join(root, 'scripts/offline.ts'), '--dist', dist], { cwd: root, stdio: 'pipe' });
  return dist;
}
