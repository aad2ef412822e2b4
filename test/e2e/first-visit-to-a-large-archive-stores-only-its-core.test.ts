import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve } from '../support/browser.ts';
import { root } from '../support/site.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

/** Records when the page asked for the service worker, and when its search results showed. */
const TIMES = `(() => {
  const sw = navigator.serviceWorker;
  if (sw) { const register = sw.register.bind(sw); sw.register = (...args) => { window.__registeredAt ??= performance.now(); return register(...args); }; }
  new MutationObserver(() => { if (document.body?.hasAttribute('data-search-done')) window.__searchDoneAt ??= performance.now(); })
    .observe(document, { attributes: true, subtree: true, childList: true });
})();`;

beforeAll(async () => {
  // The built archive, its service worker made as for an archive too large to store on a first visit.
  const dist = mkdtempSync(join(tmpdir(), 'ppa-large-'));
  cpSync(inject('distDir'), dist, { recursive: true });
  execFileSync(process.execPath, [join(root, 'scripts/offline.ts'), '--dist', dist, '--auto-save-bytes', '0'], {
    cwd: root,
    stdio: 'pipe',
  });
  site = await serve(dist);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a first visit to an archive too large to store whole', () => {
  it('shows the search results before the offline copy starts, stores the core and what was read, and not the rest', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(TIMES);
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('淄博')}`);
    await page.waitForSelector('body[data-search-done]', { state: 'attached' });
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const { registeredAt, searchDoneAt } = await page.evaluate(() => {
      const marks = window as unknown as { __registeredAt: number; __searchDoneAt: number };
      return { registeredAt: marks.__registeredAt, searchDoneAt: marks.__searchDoneAt };
    });
    expect(registeredAt).toBeGreaterThanOrEqual(searchDoneAt);

    const stored = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    expect(stored).toEqual(expect.arrayContaining(['/', '/search/', '/about/', '/pagefind/pagefind.js']));
    expect(stored.some((u) => /^\/_astro\/.*\.css$/.test(u))).toBe(true);
    expect(stored.some((u) => /cn2t/.test(u))).toBe(false);
    expect(stored.some((u) => /^\/notices\//.test(u))).toBe(false);

    // With the network gone: the home opens from the copy; a notice never read does not.
    site.setDown(true);
    await context.setOffline(true);
    await page.goto(`${site.url}/`);
    expect(await page.locator('h1').innerText()).toContain('试点政策');
    await expect(page.goto(`${site.url}/notices/2013-08-05-94e21a7e/`)).rejects.toThrow();
    site.setDown(false);
    await context.close();
  });
});
