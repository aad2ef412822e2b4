import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateCorpus } from '../../scripts/lib/bench/corpus.ts';
import { both } from '../../src/i18n/index.ts';
import { MANY_BATCHES, MANY_EVENTS } from '../../src/lib/program-data.ts';
import { launch, serve, watchedPage } from '../support/browser.ts';
import { buildSiteFrom } from '../support/site.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let dist: string;

beforeAll(async () => {
  // An archive grown large: 150 synthetic notices (the benchmark's generator), most of them Shuangzhi.
  const seeds = mkdtempSync(join(tmpdir(), 'ppa-long-'));
  generateCorpus(seeds, 150, 7);
  dist = buildSiteFrom(seeds);
  site = await serve(dist);
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * The program page, read for one of its paged sections: the section lists none of its items (`items`), says
 * how many there are, more than `many`, and links a page per year (`2021 (12)`). Returns the open page,
 * its errors, and the year links.
 */
async function pagedSection(
  section: 'timeline' | 'batches',
  items: string,
  many: number,
  stated: 'program.eventsByYear' | 'program.batchesByYear',
) {
  const { page, errors } = await watchedPage(await browser.newContext(), site.url);
  await page.goto(`${site.url}/programs/shuangzhi/`);
  const texts = await page.locator(`section:has(#${section}) .year-links li`).allInnerTexts();
  const years = texts
    .map((t) => /^(\d{4})\s*\((\d+)\)$/.exec(t.trim())!)
    .map(([, year, count]) => ({ year: year!, count: Number(count) }));
  const total = years.reduce((n, y) => n + y.count, 0);
  expect(await page.locator(items).count()).toBe(0);
  expect(total).toBeGreaterThan(many);
  expect(await page.locator(`section:has(#${section}) > p`).first().innerText()).toContain(
    both(stated, { n: total }).en,
  );
  return { page, errors, listed: years };
}

const hrefsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

/** A paragraph link leads to a built notice page that holds the paragraph (checked in a page of its own). */
async function expectParagraph(href: string) {
  const [path, anchor] = href.split('#');
  expect(existsSync(join(dist, path!, 'index.html')), href).toBe(true);
  const page = await browser.newPage();
  await page.goto(`${site.url}${href}`);
  expect(await page.locator(`#${anchor}`).count(), href).toBe(1);
  await page.close();
}

describe('a reader following a program with many events', () => {
  it('finds a link per year on the program page, and on each year page every event of that year with its evidence', async () => {
    const { page, errors, listed } = await pagedSection('timeline', 'ol.events', MANY_EVENTS, 'program.eventsByYear');

    // Each year page lists exactly its year's events, in date order, each pointing to a paragraph that exists.
    for (const { year, count } of listed.slice(0, 3)) {
      await page.goto(`${site.url}/programs/shuangzhi/${year}/`);
      const items = page.locator('ol.events > li');
      expect(await items.count()).toBe(count);
      const dates = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
      for (const d of dates) expect(d.startsWith(year)).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      for (const href of (await hrefsOf(page, 'ol.events > li a.evidence')).slice(0, 5)) await expectParagraph(href);
    }
    // The pages pass axe, and look right (screenshots beside the others).
    const shots = join(import.meta.dirname, '../../test-results/screenshots');
    mkdirSync(shots, { recursive: true });
    for (const path of ['/programs/shuangzhi/', `/programs/shuangzhi/${listed[1]!.year}/`]) {
      await page.goto(`${site.url}${path}`);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        violations.map((v) => v.id),
        path,
      ).toEqual([]);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: join(shots, `long-program${path.replace(/\W+/g, '_')}-${width}.png`) });
      }
    }
    // And back to the program.
    await page
      .getByRole('link', { name: /智慧城市基础设施与智能网联汽车协同发展试点/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/\/programs\/shuangzhi\/#timeline$/);
    expect(errors).toEqual([]);
  });

  it('finds its batches on the year pages, and every place they name once on the program map', async () => {
    const { page, errors, listed } = await pagedSection(
      'batches',
      'section.batch',
      MANY_BATCHES,
      'program.batchesByYear',
    );
    // The overview map: one marker per place, and mapped or not, every place some batch names.
    const markers = await hrefsOf(page, 'section:has(#map) a.pm-marker');
    expect(markers.length).toBeGreaterThan(0);
    expect(new Set(markers).size).toBe(markers.length);
    const onMap = new Set([...markers, ...(await hrefsOf(page, 'section:has(#map) .pm-unmapped a'))]);

    // Each year page lists that year's batches, each with its source paragraph and the places it names.
    const named = new Set<string>();
    for (const { year, count } of listed) {
      await page.goto(`${site.url}/programs/shuangzhi/${year}/#batches`);
      const batches = page.locator('section.batch');
      expect(await batches.count(), year).toBe(count);
      for (const d of await batches.locator('h3 time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!)))
        expect(d.startsWith(year)).toBe(true);
      for (const href of (await hrefsOf(page, 'section.batch a[href^="/notices/"]')).slice(0, 3))
        await expectParagraph(href);
      for (const href of await hrefsOf(page, '.batch-places a')) named.add(href);
      if (await page.locator('.batch-places a').count())
        expect(await page.locator('a.pm-marker').count(), year).toBeGreaterThan(0);
    }
    expect([...onMap].sort()).toEqual([...named].sort());
    expect(errors).toEqual([]);
  });
});
