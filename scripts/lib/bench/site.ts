/**
 * The archive's own pipeline on the synthetic corpus, step for step as
 * test/support/site.ts runs it: ingest → astro build --force → pagefind →
 * offline manifest (when scripts/offline.ts exists), each timed on its own.
 *
 * It runs in a snapshot of the working tree taken when the bench starts (in
 * the bench's temporary folder, node_modules linked, not copied). Astro
 * writes its prerender chunks and content store inside the project root
 * (.astro/, node_modules/.astro), so two builds in one root break each other
 * (vitest.config.ts runs test files one at a time for that reason); the
 * snapshot lets a bench run alongside the test suite and measures one
 * consistent version of the code. Its Astro cache folder is moved inside the
 * snapshot by a config file that re-exports astro.config.mjs with only
 * `cacheDir` changed; `--force` rebuilds everything either way.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BATCH_FOLDER } from '../../../src/lib/page-batches.ts';
import { readLog, runNode, type ChildRun } from './run.ts';

/** The archive's working tree. */
export const root = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
/** Never copied into the snapshot: dependencies, history, build output and caches. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', 'test-results', 'tmp']);
const BENCH_CONFIG = 'astro.bench.config.mjs';

/**
 * Copies the working tree into `dir` (node_modules linked) and adds the
 * bench's Astro config; returns the commit it started from and how many
 * files differed from it (`git status --porcelain` lines).
 */
export function snapshotProject(dir: string): { commit: string; changed: number } {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let version = { commit: 'unknown', changed: 0 };
  try {
    version = {
      commit: git('rev-parse', '--short', 'HEAD'),
      changed: git('status', '--porcelain').split('\n').filter(Boolean).length,
    };
  } catch {
    // not a git checkout: reported as unknown
  }
  for (const entry of readdirSync(root)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, BENCH_CONFIG),
    `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.bench-astro-cache/' };\n`,
  );
  return version;
}

/** The ingest CLI over the corpus, with its own cache folder: the first run is cold, a second one with the same folder warm. */
export async function runIngest(
  project: string,
  seeds: string,
  content: string,
  cacheDir: string,
  logDir: string,
  name = 'ingest',
): Promise<ChildRun & { summary: string }> {
  const run = await runNode(
    name,
    [join(project, 'scripts/ingest.ts'), '--seeds', seeds, '--out', content, '--cache-dir', cacheDir],
    { cwd: project, logDir },
  );
  const lines = readLog(run).trim().split('\n');
  const warnings = lines.filter((l) => l.startsWith('warning:')).length;
  return { ...run, summary: `${lines.at(-1) ?? ''}${warnings ? ` — ${warnings} warning(s)` : ''}` };
}

export interface AstroPhases {
  /** Content sync and type generation (`[types] Generated`). */
  syncSeconds?: number;
  /** Vite/Rolldown bundling of server and client entry points. */
  bundleSeconds?: number;
  /** Rendering every page to HTML (`generating static routes`). */
  renderSeconds?: number;
  /** Render time by route (`/notices/*`, `/data/notices.json`…), slowest first, from the `(+12ms)` Astro prints per page. */
  routes: Array<{ route: string; pages: number; seconds: number }>;
}

export interface SiteBuild {
  seconds: number;
  peakRssMB: number | undefined;
  steps: Record<string, ChildRun>;
  astro: AstroPhases;
  /** HTML pages in the built site. */
  pages: number;
}

export async function buildSite(
  project: string,
  seeds: string,
  content: string,
  dist: string,
  logDir: string,
): Promise<SiteBuild> {
  const steps: Record<string, ChildRun> = {};
  steps.astro = await runNode(
    'astro-build',
    [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--config', BENCH_CONFIG, '--outDir', dist],
    {
      cwd: project,
      logDir,
      env: { ARCHIVE_CONTENT_DIR: content, ARCHIVE_SEEDS_DIR: seeds },
    },
  );
  // The search index, as npm run build makes it.
  steps.pagefind = await runNode(
    'pagefind',
    [join(project, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist],
    { cwd: project, logDir },
  );
  // The offline manifest and service worker, where this version of the site has them.
  if (existsSync(join(project, 'scripts/offline.ts'))) {
    steps.offline = await runNode('offline', [join(project, 'scripts/offline.ts'), '--dist', dist], {
      cwd: project,
      logDir,
    });
  }
  const runs = Object.values(steps);
  const log = readLog(steps.astro);
  return {
    seconds: runs.reduce((s, r) => s + r.seconds, 0),
    peakRssMB: maxOf(runs.map((r) => r.peakRssMB)),
    steps,
    astro: astroPhases(log),
    // Files, not Astro's count: notice pages and source views are rendered 200 to a batch page.
    pages: htmlPages(dist).length,
  };
}

/** Phase timings Astro prints: content sync, bundling, page rendering. */
export function astroPhases(log: string): AstroPhases {
  // Astro prints durations as `741ms`, `16.78s` or `1m 15s`.
  const D = '((?:\\d+m\\s*)?[\\d.]+(?:ms|s)|\\d+m)';
  const sync = new RegExp(`\\[types\\] Generated ${D}`).exec(log);
  const bundles = [...log.matchAll(new RegExp(`\\[vite\\] ✓ built in ${D}`, 'g'))].map((m) => duration(m[1]!));
  const render = new RegExp(`generating static routes[\\s\\S]*?\\n\\S* ?✓ Completed in ${D}`).exec(log);
  const routes = new Map<string, { route: string; pages: number; seconds: number }>();
  for (const m of log.matchAll(new RegExp(`[├└]─ (\\S+) \\(\\+${D}\\)`, 'g'))) {
    const route = routeOf(m[1]!);
    const r = routes.get(route) ?? { route, pages: 0, seconds: 0 };
    r.pages++;
    r.seconds += duration(m[2]!);
    routes.set(route, r);
  }
  return {
    ...(sync ? { syncSeconds: duration(sync[1]!) } : {}),
    ...(bundles.length ? { bundleSeconds: bundles.reduce((a, b) => a + b, 0) } : {}),
    ...(render ? { renderSeconds: duration(render[1]!) } : {}),
    routes: [...routes.values()].sort((a, b) => b.seconds - a.seconds),
  };
}

/** `1m 15s` → 75, `741ms` → 0.741, `16.78s` → 16.78. */
function duration(text: string): number {
  const m = /^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) / (m[3] === 'ms' ? 1000 : 1);
}

/** `/notices/2021-12-01-b8128631/source/x.txt/` → `/notices/*\/source/*`; single files keep their path. */
function routeOf(path: string): string {
  const parts = path
    .replace(/\/index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length < 2 || (parts.length === 2 && /\.\w+$/.test(parts[1]!))) return `/${parts.join('/')}`;
  // Batch pages (src/lib/page-batches.ts), by kind: /build-batches/notices-3 → /build-batches/notices-*.
  if (parts[0] === BATCH_FOLDER && parts.length === 2) return `/${parts[0]}/${parts[1]!.replace(/\d+$/, '*')}`;
  return `/${parts[0]}/*${parts.length > 2 ? `/${parts[2]}/*` : ''}`;
}

export function maxOf(values: Array<number | undefined>): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? Math.max(...known) : undefined;
}

/** Every HTML page in a built site. */
export function htmlPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dist, f));
}
