/**
 * `npm run bench -- [--notices N] [--seed S] [--builds B] [--keep]`: the archive's
 * performance on a synthetic corpus of N notices (default 1000).
 *
 * Reads like a table of contents: generate the corpus → ingest it (twice) →
 * build the site → build a bare Astro project from the same MDX (the floor)
 * → weigh a notice page and the offline copy → run the first search in
 * Chromium → print every figure, the README row, and last one JSON line.
 * Pieces live in scripts/lib/bench/. Temporary folders are removed at the
 * end; with --keep the corpus (and the child processes' logs) stay.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBare, type BareBuild } from './lib/bench/bare.ts';
import { busiestCities, generateCorpus } from './lib/bench/corpus.ts';
import { figure, loadSampler, machine, step, tableRow, tidy } from './lib/bench/report.ts';
import { searchRuns } from './lib/bench/search.ts';
import { buildSite, maxOf, runIngest, snapshotProject, type SiteBuild } from './lib/bench/site.ts';
import { folderBytes, gzipBytes, noticePageWeight } from './lib/bench/weight.ts';

const { values } = parseArgs({
  options: {
    notices: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20211201' },
    keep: { type: 'boolean', default: false },
    // Builds of the archive and of the floor, alternated; the medians are reported (one build varies by ±10%).
    builds: { type: 'string', default: '3' },
    // Copies of notices and news reports about them in the corpus (the witness stage's work); --no-reposts leaves them out.
    reposts: { type: 'boolean', default: true },
    // Stop after the two ingests (a 10,000-notice corpus ingests in minutes; its build takes much longer).
    'ingest-only': { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const notices = Number(values.notices);
if (!Number.isInteger(notices) || notices < 10)
  throw new Error(`--notices must be a whole number ≥ 10 (got ${values.notices})`);
const builds = Number(values.builds);
if (!Number.isInteger(builds) || builds < 1)
  throw new Error(`--builds must be a whole number ≥ 1 (got ${values.builds})`);

const work = mkdtempSync(join(tmpdir(), 'ppa-bench-'));
const [corpus, content, dist, logs, project, ingestCache] = [
  'corpus',
  'content',
  'dist',
  'logs',
  'project',
  'ingest-cache',
].map((d) => join(work, d)) as [string, string, string, string, string, string];
for (const dir of [logs, project]) mkdirSync(dir);
const started = performance.now();
const load = loadSampler();
const mb = (bytes: number) => bytes / 1024 / 1024;
/** The run with the median time (the upper middle one for an even count). */
const median = <T extends { seconds: number }>(runs: T[]): T =>
  [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
const gzipKB = (file: string) => (existsSync(file) ? gzipBytes(file) / 1024 : undefined);

try {
  // snapshot: the working tree as it is now, so every step measures one version of the code
  step(`snapshot of the working tree → ${project}`);
  const version = snapshotProject(project);
  figure('commit', version.commit, version.changed ? `+ ${version.changed} uncommitted change(s)` : 'clean');

  // corpus: N bilingual notices in the shapes the archive receives, deterministic for the seed
  step(`corpus: ${notices} notices → ${corpus}`);
  const stats = generateCorpus(corpus, notices, Number(values.seed), { reposts: values.reposts });
  figure(
    'files',
    stats.files,
    `${mb(stats.bytes).toFixed(1)} MB; ${stats.translations} English translations, ${stats.traditional} traditional, ${stats.gb18030} GB18030, ${stats.html} HTML pages, ${stats.frontMatter} front matter + HTML, ${stats.bomCrlf} BOM + CRLF, ${stats.reposts} reposts, ${stats.reports} news reports`,
  );

  // ingest: seeds → MDX with an empty cache, then again with nothing changed (the cache warm)
  step('ingest');
  const ingest = await runIngest(project, corpus, content, ingestCache, logs);
  figure('ingestSeconds', ingest.seconds, `peak ${ingest.peakRssMB?.toFixed(0)} MB — ${ingest.summary}`);
  const reingest = await runIngest(project, corpus, content, ingestCache, logs, 'reingest');
  figure('reingestSeconds', reingest.seconds, `peak ${reingest.peakRssMB?.toFixed(0)} MB — ${reingest.summary}`);

  if (values['ingest-only']) {
    const m = machine();
    console.log(
      JSON.stringify(
        tidy({
          notices,
          corpusFiles: stats.files,
          corpusMB: mb(stats.bytes),
          reposts: stats.reposts,
          reports: stats.reports,
          ingestSeconds: ingest.seconds,
          reingestSeconds: reingest.seconds,
          ingestPeakRssMB: maxOf([ingest.peakRssMB, reingest.peakRssMB]),
          ...load.stop(),
          commit: version.commit,
          uncommittedChanges: version.changed,
          ...m,
        }),
      ),
    );
  } else {
    // build and bare, alternated so that drift in the machine's speed falls on both: the archive (astro build +
    // pagefind + offline manifest, as test/support/site.ts builds a site) and the same MDX through a bare
    // Astro project, the floor
    const siteRuns: SiteBuild[] = [];
    const bareRuns: BareBuild[] = [];
    for (let i = 1; i <= builds; i++) {
      step(`build ${i} of ${builds}: the archive, then the bare Astro floor`);
      rmSync(dist, { recursive: true, force: true });
      siteRuns.push(await buildSite(project, corpus, content, dist, logs));
      figure('  archive', siteRuns.at(-1)!.seconds);
      bareRuns.push(await buildBare(content, logs));
      figure('  bare Astro', bareRuns.at(-1)!.seconds);
    }
    const build = median(siteRuns);
    const bare = median(bareRuns);
    step(`build: the median of ${builds}`);
    for (const [name, run] of Object.entries(build.steps))
      figure(`  ${name}`, run.seconds, `peak ${run.peakRssMB?.toFixed(0)} MB`);
    figure(
      '  astro phases (s)',
      `sync ${build.astro.syncSeconds ?? '?'} · bundle ${build.astro.bundleSeconds?.toFixed(2) ?? '?'} · render ${build.astro.renderSeconds ?? '?'}`,
    );
    const slowest = build.astro.routes.slice(0, 6).map((r) => `${r.route} ${r.seconds.toFixed(1)} s/${r.pages}`);
    const perPage = build.astro.routes.reduce((n, r) => n + r.seconds, 0);
    const outside = (build.astro.renderSeconds ?? perPage) - perPage;
    // With build.concurrency > 1 pages render side by side and their times overlap: the sum exceeds the phase.
    figure(
      '  render by route',
      `${slowest.join(' · ')}; ${outside >= 0 ? `outside any page (getStaticPaths…) ${outside.toFixed(1)} s` : 'pages render concurrently, so their times overlap'}`,
    );
    figure(
      'buildSeconds',
      build.seconds,
      `${build.pages} pages; runs ${siteRuns.map((r) => r.seconds.toFixed(1)).join(', ')}`,
    );
    figure(
      'bareBuildSeconds',
      bare.seconds,
      `peak ${bare.peakRssMB?.toFixed(0)} MB, ${bare.pages} pages, stubs: ${bare.components.join(', ')}; runs ${bareRuns.map((r) => r.seconds.toFixed(1)).join(', ')}`,
    );
    figure(
      'build / bare',
      build.seconds / bare.seconds,
      `(astro alone: ${(build.steps.astro!.seconds / bare.seconds).toFixed(2)}; run by run: ${siteRuns.map((r, i) => (r.seconds / bareRuns[i]!.seconds).toFixed(2)).join(', ')})`,
    );

    // weight: a notice page over the wire, and the offline copy
    step('page weight and offline copy');
    const page = noticePageWeight(dist);
    figure(
      'noticePageKB',
      page.medianKB,
      `median gzip of ${page.pages} notice pages (html ${page.parts.htmlKB} + css ${page.parts.cssKB} + js ${page.parts.jsKB}; html raw ${page.htmlRawKB} KB); max ${page.maxKB}`,
    );
    const copy = folderBytes(dist);
    figure(
      'offlineCopyMB',
      mb(copy.bytes),
      `${copy.files} files: ${copy.byTop
        .slice(0, 6)
        .map((t) => `${t.name} ${t.mb} MB`)
        .join(', ')}`,
    );
    figure('  largest files (KB)', copy.largest.join(' · '));

    // search: the first query of a new reader, in Chromium
    const [city, other] = busiestCities(stats, 2) as [
      { name: string; notices: number },
      { name: string; notices: number },
    ];
    step(`first search: /search/?q=${city.name} (named in ${city.notices} notices)`);
    const search = await searchRuns(dist, city.name, other.name);
    const s = search.first;
    if (s.results === 0) console.log(`  warning: the search for ${city.name} showed no results`);
    figure(
      'searchFirstQueryKB',
      s.kb,
      `${s.requests} requests, gzip-estimated ${s.gzipKB} KB; ${Object.entries(s.byKind)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    figure('  largest', s.largest.join(' · '));
    figure(
      'searchFirstResultMs',
      s.firstResultMs,
      `first result shown (median of ${search.firstVisitsMs.join(', ')} ms, each in a fresh browser); all ${s.results} at ${s.allResultsMs} ms; service worker precached ${(s.serviceWorkerKB / 1024).toFixed(1)} MB in ${s.serviceWorkerRequests} requests afterwards`,
    );
    figure('  service worker fetched', s.serviceWorkerLargest.join(' · '));
    figure(
      '  without service worker',
      search.firstWithoutServiceWorker.firstResultMs,
      `ms (all ${search.firstWithoutServiceWorker.allResultsMs} ms), ${search.firstWithoutServiceWorker.kb} KB`,
    );
    figure(
      '  second query (warm)',
      search.second.firstResultMs,
      `ms (all ${search.second.allResultsMs} ms), ${search.second.kb} KB for ${search.second.query} (${search.second.results} results)`,
    );
    for (const e of [...s.errors, ...search.second.errors]) console.log(`  page error: ${e}`);

    // summary: the README row, then every figure as one JSON line (the last line of output)
    const m = machine();
    const result = tidy({
      notices,
      ingestSeconds: ingest.seconds,
      buildSeconds: build.seconds,
      bareBuildSeconds: bare.seconds,
      peakRssMB: maxOf([
        ingest.peakRssMB,
        reingest.peakRssMB,
        ...siteRuns.flatMap((b) => Object.values(b.steps).map((r) => r.peakRssMB)),
      ]),
      noticePageKB: page.medianKB,
      searchFirstQueryKB: s.kb,
      searchFirstResultMs: s.firstResultMs,
      reingestSeconds: reingest.seconds,
      astroSeconds: build.steps.astro!.seconds,
      astroSyncSeconds: build.astro.syncSeconds,
      astroBundleSeconds: build.astro.bundleSeconds,
      astroRenderSeconds: build.astro.renderSeconds,
      renderOutsidePagesSeconds: build.astro.renderSeconds === undefined || outside < 0 ? undefined : outside,
      renderNoticePagesSeconds: build.astro.routes.find(
        (r) => r.route === '/notices/*' || r.route === '/build-batches/notices-*',
      )?.seconds,
      renderSlowestRoutes: build.astro.routes
        .slice(0, 6)
        .map((r) => `${r.route}: ${r.seconds.toFixed(1)} s/${r.pages} pages`)
        .join('; '),
      pagefindSeconds: build.steps.pagefind!.seconds,
      offlineSeconds: build.steps.offline?.seconds,
      buildToBare: build.seconds / bare.seconds,
      buildRunsSeconds: siteRuns.map((r) => r.seconds.toFixed(1)).join('; '),
      bareRunsSeconds: bareRuns.map((r) => r.seconds.toFixed(1)).join('; '),
      ingestPeakRssMB: maxOf([ingest.peakRssMB, reingest.peakRssMB]),
      astroPeakRssMB: build.steps.astro!.peakRssMB,
      barePeakRssMB: bare.peakRssMB,
      noticePageKBMax: page.maxKB,
      searchQuery: city.name,
      searchResults: s.results,
      searchFirstQueryGzipKB: s.gzipKB,
      searchAllResultsMs: s.allResultsMs,
      searchFirstVisitsMs: search.firstVisitsMs.join('; '),
      searchFirstResultMsWithoutServiceWorker: search.firstWithoutServiceWorker.firstResultMs,
      serviceWorkerPrecacheKB: s.serviceWorkerKB,
      searchSecondQueryKB: search.second.kb,
      searchSecondResultMs: search.second.firstResultMs,
      offlineCopyMB: mb(copy.bytes),
      homePageKB: gzipKB(join(dist, 'index.html')),
      largestFilesKB: copy.largest.join('; '),
      pages: build.pages,
      corpusFiles: stats.files,
      corpusMB: mb(stats.bytes),
      totalSeconds: (performance.now() - started) / 1000,
      ...load.stop(),
      commit: version.commit,
      uncommittedChanges: version.changed,
      ...m,
    });
    step(
      `README row (${m.date}; ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.chromium}; load average ${result.loadAtStart} at start, ${result.loadMax} at most)`,
    );
    console.log(tableRow(result));
    if (values.keep) console.log(`\ncorpus kept: ${corpus}\nlogs kept:   ${logs}`);
    console.log(JSON.stringify(result));
  }
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  if (values.keep) console.error(`work folder kept: ${work}`);
  process.exitCode = 1;
} finally {
  // clean up: the work folder (with --keep: all but the corpus and logs, or nothing after a failure) and the bench's Astro config
  const remove = !values.keep ? [work] : process.exitCode ? [] : [content, dist, project];
  for (const dir of remove) rmSync(dir, { recursive: true, force: true });
}
