import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from '../support/browser.ts';
import { root } from '../support/site.ts';

let server: ChildProcess;
let browser: Browser;
let origin: string;

/**
 * Starts scripts/start.ts (what npm start runs) on a free port, serving the build the test run made:
 * never the checkout's dist/ or port 4321, so a reader's own npm start is neither rebuilt nor
 * disturbed. Resolves with its origin once it says it is serving.
 */
function startServer(
  args: string[],
  port = '0',
): { child: ChildProcess; served: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, ['scripts/start.ts', ...args], {
    cwd: root,
    env: { ...process.env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const served = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`start exited with ${code}: ${output}`)));
  });
  return { child, served, output: () => output };
}

beforeAll(async () => {
  const started = startServer(['--dist', inject('distDir')]);
  server = started.child;
  origin = await started.served;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('npm start beside another server', () => {
  it('says in one line that its port is taken, and leaves the other server serving', async () => {
    const port = new URL(origin).port;
    const second = startServer(['--dist', inject('distDir')], port);
    second.served.catch(() => {}); // it is meant to exit
    const code = await new Promise<number | null>((resolve) => second.child.on('exit', resolve));
    expect(code).toBe(1);
    expect(second.output().trim().split('\n')).toEqual([
      `start: port ${port} on 127.0.0.1 is already in use (another npm start?): stop it, or serve on another port with PORT=${Number(port) + 1} npm start`,
    ]);
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });

  it('answers a path that is not in the archive with the 404 page', async () => {
    expect((await fetch(`${origin}/no-such-page/`)).status).toBe(404);
  });
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
