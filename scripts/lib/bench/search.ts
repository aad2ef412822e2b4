/**
 * The first search, as a new reader meets it: Chromium with a fresh context
 * (empty cache, no service worker yet) opens `/search/?q=<city>` on the built
 * site served by test/support/browser.ts's serve() (sirv: no compression).
 *
 * Bytes: every request of the visit with its transferred size — encoded body
 * plus headers, from Chromium's DevTools protocol (`encodedDataLength`)
 * through Playwright's `request.sizes()`. Context-level events are used, not
 * a CDP session on the page, because Pagefind fetches its WebAssembly, index
 * and fragments from a Web Worker, which a page session does not see. What
 * the page and its worker fetched is the search's cost; what the service
 * worker fetched for itself (its install-time precache) is counted apart.
 *
 * Time: the page's own clock — performance.now(), zero at navigation start —
 * when the first result appears (`#search-results li`) and when all are shown
 * (`body[data-search-done]`), recorded by an observer injected before any
 * page script runs.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, serve, watchedPage } from '../../../test/support/browser.ts';
import { gzipBytes, round } from './weight.ts';

export interface Visit {
  query: string;
  results: number;
  /** Navigation start → the first result shown (`#search-results li`), ms. */
  firstResultMs: number | undefined;
  /** Navigation start → every result shown and the count stated (`body[data-search-done]`), ms. */
  allResultsMs: number | undefined;
  /** What the page and its workers received until the results were shown, KB (as served: sirv does not compress). */
  kb: number;
  /** The same files gzip-compressed (Pagefind's files are compressed already and count as they are), KB. */
  gzipKB: number;
  requests: number;
  /** KB by kind of file (html, js, css, pagefind-wasm, pagefind-index, pagefind-fragments…). */
  byKind: Record<string, number>;
  /** The largest files fetched, `path: KB`. */
  largest: string[];
  /** What the service worker fetched for itself during the visit (its precache), KB and requests. */
  serviceWorkerKB: number;
  serviceWorkerRequests: number;
  /** The largest files the service worker fetched for itself, `path: KB`. */
  serviceWorkerLargest: string[];
  errors: string[];
}

export interface SearchRuns {
  /** A first visit as it happens (service worker allowed): the median of FIRST_VISITS, each in a browser of its own. */
  first: Visit;
  /** Every first visit's time to the first result, ms, in the order run. */
  firstVisitsMs: Array<number | undefined>;
  /** The same first visit with service workers blocked: the search alone. */
  firstWithoutServiceWorker: Visit;
  /** A second query in the first visit's tab (Pagefind loaded, files cached). */
  second: Visit;
}

/** How many first visits are measured; the median is reported (a single cold run varies by ±30%). */
const FIRST_VISITS = 3;

export async function searchRuns(dist: string, query: string, secondQuery: string): Promise<SearchRuns> {
  const server = await serve(dist);
  try {
    // Each first visit in a browser just started, as a new reader's is cold: no compiled WebAssembly,
    // no cache. The browser itself is warmed with a blank page (a reader's browser is already running).
    const firsts: Visit[] = [];
    let second: Visit | undefined;
    for (let i = 0; i < FIRST_VISITS; i++) {
      await withBrowser(async (browser) => {
        const tab = await openContext(browser, server.url, 'allow');
        firsts.push(await visit(tab, dist, server.url, query));
        if (i === 0) second = await visit(tab, dist, server.url, secondQuery);
        await tab.context.close();
      });
    }
    const firstWithoutServiceWorker = await withBrowser(async (browser) => {
      const tab = await openContext(browser, server.url, 'block');
      const v = await visit(tab, dist, server.url, query);
      await tab.context.close();
      return v;
    });
    const byTime = [...firsts].sort((a, b) => (a.firstResultMs ?? Infinity) - (b.firstResultMs ?? Infinity));
    return {
      first: byTime[Math.floor(byTime.length / 2)]!,
      firstVisitsMs: firsts.map((v) => v.firstResultMs),
      firstWithoutServiceWorker,
      second: second!,
    };
  } finally {
    await server.close();
  }
}

async function withBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launch();
  try {
    const warm = await browser.newContext();
    await (await warm.newPage()).goto('about:blank');
    await warm.close();
    return await run(browser);
  } finally {
    await browser.close();
  }
}

interface Got {
  url: string;
  bytes: number;
  /** Fetched by the service worker itself. */
  byServiceWorker: boolean;
  /** A page request the service worker answered (from its cache, or by a fetch of its own). */
  fromServiceWorker: boolean;
  at: number;
}

const DONE_OBSERVER = `(() => {
  const record = () => {
    if (window.__searchFirstAt === undefined && document.querySelector('#search-results li')) window.__searchFirstAt = performance.now();
    if (document.body && document.body.hasAttribute('data-search-done') && window.__searchDoneAt === undefined) window.__searchDoneAt = performance.now();
  };
  new MutationObserver(record).observe(document, { attributes: true, subtree: true, childList: true, attributeFilter: ['data-search-done'] });
})();`;

interface Tab {
  context: BrowserContext;
  page: Page;
  errors: string[];
  got: Got[];
  pending: Set<Promise<unknown>>;
}

async function openContext(browser: Browser, origin: string, serviceWorkers: 'allow' | 'block'): Promise<Tab> {
  const context = await browser.newContext({ serviceWorkers });
  const { page, errors } = await watchedPage(context, origin);
  await page.addInitScript(DONE_OBSERVER);
  const tab: Tab = { context, page, errors, got: [], pending: new Set() };
  context.on('requestfinished', (request) => {
    const at = Date.now();
    const p = Promise.all([request.sizes(), request.response()])
      .then(([s, response]) =>
        tab.got.push({
          url: request.url(),
          bytes: s.responseBodySize + s.responseHeadersSize,
          byServiceWorker: request.serviceWorker() !== null,
          fromServiceWorker: response?.fromServiceWorker() ?? false,
          at,
        }),
      )
      .catch(() => undefined);
    tab.pending.add(p);
    void p.finally(() => tab.pending.delete(p));
  });
  return tab;
}

async function visit(tab: Tab, dist: string, origin: string, query: string): Promise<Visit> {
  const from = tab.got.length;
  const errorsFrom = tab.errors.length;
  await tab.page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await tab.page.waitForSelector('body[data-search-done]', { state: 'attached', timeout: 120_000 });
  const doneAt = Date.now();
  const results = await tab.page.locator('#search-results li').count();
  const times = await tab.page.evaluate(() => {
    const w = window as unknown as { __searchFirstAt?: number; __searchDoneAt?: number };
    return { first: w.__searchFirstAt, done: w.__searchDoneAt };
  });
  // Let the service worker finish installing (its precache counts as the visit's too), then settle.
  await tab.page
    .evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 30_000))]))
    .catch(() => undefined);
  await tab.page.waitForLoadState('networkidle').catch(() => undefined);
  await Promise.all([...tab.pending]);

  const got = tab.got.slice(from).filter((g) => g.url.startsWith(origin));
  const swFetched = new Map(got.filter((g) => g.byServiceWorker).map((g) => [g.url, g.bytes]));
  // The search's bytes: what the page and its worker received until the results showed. A response the
  // service worker gave counts what the worker fetched for it over the network (nothing when it came from its cache).
  const byPage = got
    .filter((g) => !g.byServiceWorker && g.at <= doneAt)
    .map((g) => (g.fromServiceWorker ? { ...g, bytes: swFetched.get(g.url) ?? 0 } : g));
  const pageUrls = new Set(byPage.map((g) => g.url));
  // What the service worker fetched for itself (its precache) is counted apart.
  const bySw = got.filter((g) => g.byServiceWorker && !pageUrls.has(g.url));
  const byKind: Record<string, number> = {};
  let gzip = 0;
  for (const g of byPage) {
    const kind = kindOf(g.url);
    byKind[kind] = round((byKind[kind] ?? 0) + g.bytes / 1024);
    const file = fileFor(dist, g.url);
    gzip += file ? Math.min(gzipBytes(file), g.bytes) : g.bytes;
  }
  const top = (gs: Got[]) =>
    [...gs]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5)
      .map((g) => `${new URL(g.url).pathname}: ${round(g.bytes / 1024)}`);
  return {
    query,
    results,
    firstResultMs: times.first === undefined ? undefined : Math.round(times.first),
    allResultsMs: times.done === undefined ? undefined : Math.round(times.done),
    kb: round(byPage.reduce((n, g) => n + g.bytes, 0) / 1024),
    gzipKB: round(gzip / 1024),
    requests: byPage.length,
    byKind,
    largest: top(byPage),
    serviceWorkerKB: round(bySw.reduce((n, g) => n + g.bytes, 0) / 1024),
    serviceWorkerRequests: bySw.length,
    serviceWorkerLargest: top(bySw),
    errors: tab.errors.slice(errorsFrom),
  };
}

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.startsWith('/pagefind/')) {
    if (path.includes('/fragment/')) return 'pagefind-fragments';
    if (path.includes('/index/')) return 'pagefind-index';
    if (path.includes('/filter/')) return 'pagefind-filters';
    if (path.endsWith('.pf_meta')) return 'pagefind-meta';
    if (path.includes('wasm')) return 'pagefind-wasm';
    return 'pagefind-js';
  }
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return /\.([a-z0-9]+)$/i.exec(path)?.[1] ?? 'other';
}

function fileFor(dist: string, url: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
