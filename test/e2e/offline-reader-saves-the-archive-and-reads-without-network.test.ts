import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, serve } from '../support/browser.ts';
import { buildSiteFrom, root } from '../support/site.ts';

let browser: Browser;
let current: string;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  current = inject('distDir');
  // One origin throughout; a rebuild is deployed by switching the folder served.
  site = await serve(() => current);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Cuts or restores the network between the browser (its pages and service worker) and the archive's server. */
async function network(context: BrowserContext, on: boolean) {
  site.setDown(!on);
  await context.setOffline(!on);
}

async function saveForOffline(page: Page) {
  await page.goto(`${site.url}/`);
  const box = page.locator('section.offline');
  await expect.poll(() => box.isVisible()).toBe(true);
  await expect.poll(() => box.locator('.offline-size').innerText()).toMatch(/\((\d+(\.\d)? MB|\d+ KB)\)/);
  await box.getByRole('button', { name: /保存离线副本/ }).click();
  await expect.poll(() => box.getAttribute('data-state'), { timeout: 60_000 }).toBe('saved');
  expect(await box.locator('.offline-state').innerText()).toMatch(
    /已保存离线副本 · Saved for offline: \d{4}-\d{2}-\d{2}/,
  );
}

describe('a reader going offline', () => {
  it('saves the archive from the home page, then reads an unvisited notice and searches in Chinese and English with the network cut', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await saveForOffline(page);
    await network(context, false);

    // A notice never opened before.
    await page.goto(`${site.url}/notices/2023-12-13-2f0d8831/`);
    expect(await page.locator('h1').innerText()).toContain('程用文出席');
    await expect.poll(() => page.locator('.offline-banner').isVisible()).toBe(true);

    for (const [q, expected] of [
      ['淄博', '第二批试点城市的通知'],
      ['Zibo', '第二批试点城市的通知'],
      ['門頭溝', '2014年度试点名单'],
    ] as const) {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('body[data-search-done]');
      expect(await page.locator('#search-results').innerText()).toContain(expected);
    }
    await page.goto(`${site.url}/data/events.json`);
    expect(await page.locator('body').innerText()).toContain('cited-not-held');
    await network(context, true);
    await context.close();
  });

  it('gets the new build whole on the next online visit after a rebuild with a changed notice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await saveForOffline(page);

    // Rebuild with a corrected title for the 2015 notice (a sidecar, as an archivist would add it).
    const seeds = mkdtempSync(join(tmpdir(), 'ppa-rebuild-'));
    cpSync(join(root, 'seeds'), seeds, { recursive: true });
    writeFileSync(
      join(seeds, '003_97bb9c47a489c678.txt.meta.yaml'),
      'title:\n  zh: 更正后的标题：2014年度国家智慧城市试点名单\nnote: test rebuild\n',
    );
    current = buildSiteFrom(seeds);

    // Next online visit: the new worker installs, refills its cache from the new build and drops the old one.
    // (The old worker's cache is whole and "saved" too, so wait for the one named after the new build.)
    const { version } = JSON.parse(readFileSync(join(current, 'offline-summary.json'), 'utf8')) as { version: string };
    await page.goto(`${site.url}/`);
    await expect
      .poll(async () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('ppa-'))), {
        timeout: 60_000,
      })
      .toEqual([`ppa-${version}`]);
    await expect
      .poll(() => page.locator('section.offline').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('saved');
    expect(await page.locator('body').innerText()).toContain('更正后的标题');

    await network(context, false);
    await page.goto(`${site.url}/notices/2015-04-07-6f318c7f/`);
    expect(await page.locator('h1').innerText()).toContain('更正后的标题');
    await network(context, true);
    current = inject('distDir');
    await context.close();
  });
});
