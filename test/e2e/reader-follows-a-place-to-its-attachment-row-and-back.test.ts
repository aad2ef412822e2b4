import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { both } from '../../src/i18n/index.ts';
import { launch, serve, watchedPage } from '../support/browser.ts';
import { buildSiteFrom, root, seedsFrom } from '../support/site.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  // A notice (our own words) whose 附件说明 names two attachments, both beside it, and a scan tied by a sidecar.
  const seeds = seedsFrom(
    ['notice-2016-list.txt', 'list-1.xls', 'projects-2.docx', 'scan.pdf', 'scan.pdf.meta.yaml'].map(
      (f) => `attachments/${f}`,
    ),
  );
  site = await serve(buildSiteFrom(seeds));
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a reader of a pilot list held as an attachment', () => {
  it('goes from a place listed only in the attachment to its row, and from there to the notice paragraph announcing the list', async () => {
    const { page, errors, foreign } = await watchedPage(await browser.newContext(), site.url);
    // 无锡 is named nowhere in the notice's text: only row 3 of 附件1 lists it.
    await page.goto(`${site.url}/places/wuxi/`);
    const toRow = page.locator('a.listed-at');
    expect(await toRow.innerText()).toContain(both('attachments.rowLink', { a: 1, r: 3 }).en);
    await toRow.click();
    await page.waitForURL(/\/notices\/[^/]+\/attachments\/1\/#r3$/);
    const row = page.locator('tr:target');
    expect(await row.getAttribute('id')).toBe('r3');
    expect(await row.locator('.listed').innerText()).toBe('无锡市');
    expect(await row.locator('.place').innerText()).toMatch(/无锡市\s+Wuxi/);
    // Its heading group in both languages, above it in the same group.
    const group = page.locator('tbody:has(tr#r3) tr.group');
    expect(await group.innerText()).toMatch(/一、新增试点城市（5个）\s+1\. New pilots \(5\)/);
    // The unit the gazetteer does not know is kept and flagged.
    expect(await page.locator('tr#r5 .flag').innerText()).toContain(both('attachments.notMatched').en);

    await page.locator('a.announced-in').click();
    await page.waitForURL(/\/notices\/[^/]+\/#p7$/);
    expect(await page.locator('#p7').innerText()).toContain('1.国家智慧城市2016年度试点名单');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('sees the attachments on the notice page with title, format and size, and downloads the file as received', async () => {
    const { page, errors } = await watchedPage(await browser.newContext(), site.url);
    await page.goto(`${site.url}/places/wuxi/`);
    await page.locator('a.listed-at').click();
    await page.locator('a.announced-in').click();
    await page.waitForURL(/#p7$/);
    const items = page.locator('.attachments > li');
    expect(await items.count()).toBe(3);
    const first = await items.nth(0).innerText();
    expect(first).toContain('国家智慧城市2016年度试点名单');
    expect(first).toContain('Excel 97–2003 (.xls)');
    expect(first).toContain('4.0 KB');
    expect(await items.nth(2).locator('.unreadable').innerText()).toBe(
      '没有文字层（扫描图像？） no text layer (a scanned image?)',
    );
    const href = await items.nth(0).locator('.size a').getAttribute('href');
    const bytes = await page.evaluate(
      async (url) => [...new Uint8Array(await (await fetch(url)).arrayBuffer())],
      href!,
    );
    const xls = readFileSync(join(root, 'test/fixtures/attachments/list-1.xls'));
    expect(Buffer.from(bytes).equals(xls)).toBe(true);
    // The source view lists the attachments with their SHA-256 beside the notice's own files.
    await page.goto(new URL('source/', page.url()).href);
    const files = page.locator('.attachment-sources li');
    expect(await files.count()).toBe(3);
    expect(await files.first().innerText()).toContain(createHash('sha256').update(xls).digest('hex'));
    expect(errors).toEqual([]);
  });

  it('sees the batch say its full list is held, with the count checked against the notice', async () => {
    const { page, errors } = await watchedPage(await browser.newContext(), site.url);
    await page.goto(`${site.url}/programs/national-smart-city/`);
    const full = page.locator('.full-list');
    expect(await full.count()).toBe(3);
    expect(await full.first().innerText()).toContain(both('attachments.countMatches', { stated: 5 }).en);
    expect(await page.locator('.full-list .mismatch').count()).toBe(0);
    // Every place the lists hold is on the batch, linked to its page.
    expect(await page.locator('.batch-places a[href="/places/wuxi/"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('sorts the list by a column within its groups', async () => {
    const { page } = await watchedPage(await browser.newContext(), site.url);
    await page.goto(`${site.url}/places/wuxi/`);
    await page.locator('a.listed-at').click();
    const ids = () => page.locator('tbody:first-of-type tr[id]').evaluateAll((trs) => trs.map((t) => t.id));
    expect(await ids()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    const rowHead = page.locator('thead th').first().locator('button');
    await rowHead.click();
    await rowHead.click();
    await expect.poll(ids).toEqual(['r5', 'r4', 'r3', 'r2', 'r1']);
  });

  it('finds a place listed only in an attachment by search, at its row', async () => {
    const { page } = await watchedPage(await browser.newContext(), site.url);
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('无锡')}`);
    await page.waitForSelector('body[data-search-done]');
    const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([expect.stringMatching(/\/attachments\/1\/#r3$/)]);
  });

  it('reads attachment, notice and place pages that axe finds nothing wrong with', async () => {
    const { page } = await watchedPage(await browser.newContext(), site.url);
    await page.goto(`${site.url}/places/wuxi/`);
    for (const step of ['place', 'attachment', 'notice']) {
      if (step === 'attachment') await page.locator('a.listed-at').click();
      if (step === 'notice') await page.locator('a.announced-in').click();
      await page.waitForLoadState('load');
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        step,
      ).toEqual([]);
    }
  });
});
