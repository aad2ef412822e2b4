import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, serve, watchedPage } from '../support/browser.ts';
import { root } from '../support/site.ts';

interface Case {
  q: string;
  /** Every notice id that contains the query (empty: a term no notice holds). */
  expect: string[];
  kind: string;
}
const suite = parse(readFileSync(join(root, 'test/search/queries.yaml'), 'utf8')) as Case[];

let browser: Browser;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof serve>>;
const tally = { expected: 0, found: 0, shown: 0, correct: 0 };

beforeAll(async () => {
  site = await serve(inject('distDir'));
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  const recall = tally.found / Math.max(1, tally.expected);
  const precision = tally.correct / Math.max(1, tally.shown);
  console.log(
    `search suite: ${suite.length} queries, recall@5 ${(recall * 100).toFixed(1)}% (${tally.found}/${tally.expected}), precision ${(precision * 100).toFixed(1)}% (${tally.correct}/${tally.shown})`,
  );
  await browser?.close();
  await site?.close();
});

async function searchFor(q: string) {
  const { page, errors, foreign } = await watchedPage(context, site.url);
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('body[data-search-done]');
  const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const status = await page.locator('#search-status').innerText();
  await page.close();
  return { hrefs, status, errors, foreign };
}

describe('the search query suite', () => {
  it('has at least 40 queries in simplified, traditional and English, and terms no notice holds', () => {
    expect(suite.length).toBeGreaterThanOrEqual(40);
    expect(suite.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(4);
    const kinds = new Set(suite.map((c) => c.kind));
    for (const kind of ['city', 'district', 'term', 'person', 'agency', 'docnum', 'traditional', 'english', 'absent'])
      expect(kinds).toContain(kind);
  });

  it.each(suite)('$kind: $q', async ({ q, expect: expected }) => {
    const { hrefs, status, errors, foreign } = await searchFor(q);
    const ids = hrefs.map((h) => /\/notices\/([^/]+)\//.exec(h)![1]!);
    tally.expected += expected.length;
    tally.found += expected.filter((id) => ids.slice(0, 5).includes(id)).length;
    tally.shown += ids.length;
    tally.correct += ids.filter((id) => expected.includes(id)).length;
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    // Every expected notice in the first five, and nothing that does not hold the term.
    for (const id of expected) expect(ids.slice(0, 5)).toContain(id);
    expect([...ids].sort()).toEqual([...expected].sort());
    // Each result links to a paragraph of its notice.
    for (const h of hrefs) expect(h).toMatch(/^\/notices\/[^/]+\/#p\d+$/);
    if (expected.length === 0) expect(status).toMatch(/没有找到结果/);
  });
});

describe('a search with several results', () => {
  it('shows its first result while the lower-ranked ones are still loading', async () => {
    const q = suite.find((c) => c.expect.length >= 3)!.q;
    // A context of its own: nothing cached from the suite's searches.
    const fresh = await browser.newContext();
    const { page, errors } = await watchedPage(fresh, site.url);
    // Each result's text (a Pagefind fragment) is fetched in rank order; every one after the first is held back.
    // The test waits on the network, not the clock: it goes on once two fragments are held, however slow the machine.
    const held: Array<() => Promise<void>> = [];
    let fragments = 0;
    let holding = true;
    let twoHeld!: () => void;
    const twoAreHeld = new Promise<void>((resolve) => (twoHeld = resolve));
    await fresh.route('**/pagefind/fragment/**', (route) => {
      if (fragments++ === 0 || !holding) return route.continue();
      held.push(() => route.continue());
      if (held.length === 2) twoHeld();
    });
    try {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
      await twoAreHeld;
      // The first result shows while the others cannot have arrived.
      await page.locator('#search-results li').first().waitFor();
      expect(await page.locator('#search-results li').count()).toBe(1);
      expect(await page.locator('body[data-search-done]').count()).toBe(0);
      holding = false;
      await Promise.all(held.map((release) => release()));
      await page.waitForSelector('body[data-search-done]');
      expect(await page.locator('#search-results li').count()).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
