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
import { cpSync, existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLog, runNode, type ChildRun } from './run.ts';

/** The archive's working tree. */
export const root = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
/** Never copied into the snapshot: dependencies, history, build output and caches. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', 'test-results', 'tmp']);
const BENCH_CONFIG = 'astro.bench.config.mjs';

/** Copies the working tree into `dir` (node_modules linked) and adds the bench's Astro config; returns `dir`. */
export function snapshotProject(dir: string): string {
  for (const entry of readdirSync(root)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, BENCH_CONFIG), `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.bench-astro-cache/' };\n`);
  return dir;
}

export async function runIngest(project: string, seeds: string, content: string, logDir: string, name = 'ingest'): Promise<ChildRun & { summary: string }> {
  const run = await runNode(name, [join(project, 'scripts/ingest.ts'), '--seeds', seeds, '--out', content], { cwd: project, logDir });
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
}

export interface SiteBuild {
  seconds: number;
  peakRssMB: number | undefined;
  steps: Record<string, ChildRun>;
  astro: AstroPhases;
  pages: number | undefined;
}

export async function buildSite(project: string, seeds: string, content: string, dist: string, logDir: string): Promise<SiteBuild> {
  const steps: Record<string, ChildRun> = {};
  steps.astro = await runNode('astro-build', [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--config', BENCH_CONFIG, '--outDir', dist], {
    cwd: project,
    logDir,
    env: { ARCHIVE_CONTENT_DIR: content, ARCHIVE_SEEDS_DIR: seeds },
  });
  // The search index, as npm run build makes it.
  steps.pagefind = await runNode('pagefind', [join(project, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist, '--force-language', 'zh'], { cwd: project, logDir });
  // The offline manifest and service worker, where this version of the site has them.
  if (existsSync(join(project, 'scripts/offline.ts'))) {
    steps.offline = await runNode('offline', [join(project, 'scripts/offline.ts'), '--dist', dist], { cwd: project, logDir });
  }
  const runs = Object.values(steps);
  const log = readLog(steps.astro);
  return {
    seconds: runs.reduce((s, r) => s + r.seconds, 0),
    peakRssMB: maxOf(runs.map((r) => r.peakRssMB)),
    steps,
    astro: astroPhases(log),
    pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1]) || undefined,
  };
}

/** Phase timings Astro prints: content sync, bundling, page rendering. */
export function astroPhases(log: string): AstroPhases {
  const secs = (s: string | undefined, unit: string | undefined) => (s === undefined ? undefined : Number(s) / (unit === 'ms' ? 1000 : 1));
  const sync = /\[types\] Generated ([\d.]+)(ms|s)/.exec(log);
  const bundles = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g)].map((m) => secs(m[1], m[2])!);
  const render = /generating static routes[\s\S]*?\n\S* ?✓ Completed in ([\d.]+)(ms|s)/.exec(log);
  return {
    ...(sync ? { syncSeconds: secs(sync[1], sync[2]) } : {}),
    ...(bundles.length ? { bundleSeconds: bundles.reduce((a, b) => a + b, 0) } : {}),
    ...(render ? { renderSeconds: secs(render[1], render[2]) } : {}),
  };
}

export function maxOf(values: Array<number | undefined>): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? Math.max(...known) : undefined;
}

/** Every HTML page in a built site. */
export function htmlPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => join(dist, f));
}
