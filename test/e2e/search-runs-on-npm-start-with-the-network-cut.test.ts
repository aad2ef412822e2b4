import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from '../support/browser.ts';
import { root } from '../support/site.ts';

let server: ChildProcess;
let browser: Browser;
const port = String(43000 + Math.floor(Math.random() * 1000));
const origin = `http://127.0.0.1:${port}`;

beforeAll(async () => {
  // npm start: builds if dist/ is missing or stale, then serves it.
  server = spawn(process.execPath, ['scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: port },
    stdio: 'pipe',
    detached: true,
  });
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error('npm start did not serve in time');
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid);
});

describe('search on the npm start server', () => {
  it('answers Chinese, traditional and English queries with every other host unreachable', async () => {
    const context = await browser.newContext();
    // The network is cut: only the local server answers.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort('internetdisconnected'),
    );
    const { page, foreign, errors } = await watchedPage(context, origin);
    for (const [q, expected] of [
      ['淄博', '第二批试点城市'],
      ['門頭溝', '2014年度试点名单'],
      ['Zibo', '第二批试点城市'],
    ] as const) {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('body[data-search-done]');
      expect(await page.locator('#search-results').innerText()).toContain(expected);
    }
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('loads nothing of search on other pages until the search box is used', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context, origin);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: /第二批试点城市的通知/ }).click();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /pagefind|t2cn|opencc/i.test(u))).toEqual([]);
    // "/" focuses the search box; submitting it runs the search.
    await page.keyboard.press('/');
    await page.keyboard.type('淄博');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-search-done]');
    expect(requested.some((u) => u.includes('/pagefind/'))).toBe(true);
    expect(page.url()).toContain('/search/?q=');
  });

  it('keeps filters in the URL and narrows results by them', async () => {
    const { page } = await watchedPage(await browser.newContext(), origin);
    await page.goto(`${origin}/search/?q=${encodeURIComponent('住房和城乡建设部')}&program=national-smart-city`);
    await page.waitForSelector('body[data-search-done]');
    const shown = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('2015-04-07');
    expect(await page.locator('select[name="program"]').inputValue()).toBe('national-smart-city');
    await page.selectOption('select[name="program"]', 'shuangzhi');
    await page.locator('.search-form button[type="submit"]').click();
    await page.waitForSelector('body[data-search-done]');
    expect(page.url()).toContain('program=shuangzhi');
    const narrowed = await page
      .locator('#search-results li a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(narrowed.length).toBe(2);
    expect(narrowed.every((h) => !h!.includes('2015-04-07'))).toBe(true);
  });
});
