import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { describe, expect, inject, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';

const env = servedArchive();

async function page(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const watched = await watchedPage(await env.browser.newContext(options), env.site.url);
  await watched.page.goto(`${env.site.url}${path}`);
  return watched;
}

describe('a reader finding a way in', () => {
  it('opens the notice, program and place indexes from the navigation, "Programs" going to /programs/', async () => {
    const { page: p, errors } = await page('/');
    const nav = p.getByRole('navigation', { name: /Main navigation/ });
    for (const [name, path, heading] of [
      [/Notices/, '/notices/', /All notices/],
      [/Programs/, '/programs/', /Pilot programs/],
      [/Places/, '/places/', /Places/],
    ] as const) {
      await nav.getByRole('link', { name }).click();
      await expect.poll(() => new URL(p.url()).pathname).toBe(path);
      expect(await p.locator('h1').innerText()).toMatch(heading);
      await p.goBack();
    }
    expect(errors).toEqual([]);
  });

  it('lists every notice on /notices/ and narrows it by program, year, type and language, kept in the URL', async () => {
    const { page: p, errors } = await page('/notices/');
    const visible = () => p.locator('.notice-list > li:visible .titles [lang="zh-Hans"]').allInnerTexts();
    expect(await visible()).toHaveLength(4);
    await p.getByLabel(/Program/).selectOption('national-smart-city');
    await expect
      .poll(visible)
      .toEqual([
        '住房城乡建设部办公厅 科学技术部办公厅关于公布国家智慧城市2014年度试点名单的通知',
        '103个城市（区、县、镇）列入国家智慧城市试点',
      ]);
    expect(new URL(p.url()).searchParams.get('program')).toBe('national-smart-city');
    await p.getByLabel(/Languages/).selectOption('en');
    await expect.poll(visible).toEqual(['103个城市（区、县、镇）列入国家智慧城市试点']);
    expect(await p.locator('.filter-count').innerText()).toContain('1 of 4 shown');

    const { page: linked } = await page('/notices/?type=news-report&year=2023');
    await expect.poll(() => linked.locator('.notice-list > li:visible').count()).toBe(1);
    expect(await linked.locator('.notice-list > li:visible .titles').innerText()).toContain('程用文出席');
    expect(errors).toEqual([]);
  });

  it('shows every notice on /notices/ without JavaScript', async () => {
    const { page: p } = await page('/notices/?program=shuangzhi', { javaScriptEnabled: false });
    expect(await p.locator('.notice-list > li:visible').count()).toBe(4);
  });

  it('gives each program its summary and what the archive holds against what the notices state', async () => {
    const { page: p } = await page('/programs/');
    const card = (name: RegExp) => p.locator('section.program-card', { has: p.getByRole('heading', { name }) });
    const national = await card(/National Smart City Pilots/).innerText();
    expect(national).toMatch(/2012 to 2015/);
    expect(national).toContain('241 pilots stated in all, 3 of them named');
    expect(national).toContain('2 documents cited but not held');
    const shuangzhi = await card(/Shuangzhi/).innerText();
    expect(shuangzhi).toContain('16 pilots stated in all, 16 of them named');
    // Against what is known (the program registry): which batches the archive holds.
    const known = (name: RegExp) =>
      card(name)
        .locator('table.known tbody tr')
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    const shuangzhiKnown = await known(/Shuangzhi/);
    expect(shuangzhiKnown).toHaveLength(2);
    // Batch 1's notice is not here, but the 2023 report states the batch; batch 2's notice is here.
    expect(shuangzhiKnown[0]).toMatch(
      /Batch 1 建城函〔2021〕51号 2021-05-06 6 新增试点.* stated by a notice held here$/,
    );
    expect(shuangzhiKnown[1]).toMatch(/Batch 2 建城函〔2021〕114号 2021-12-01 10 新增试点.* its notice is held$/);
    await card(/Shuangzhi/)
      .getByRole('link', { name: /its notice is held/ })
      .click();
    await expect.poll(() => new URL(p.url()).pathname).toBe('/notices/2021-12-01-b8128631/');
    await p.goBack();
    // The 2012 list is neither here nor stated; the 2013 list is stated by an English brief; the 2014 notice is here.
    const nationalKnown = await known(/National Smart City Pilots/);
    expect(nationalKnown.map((r) => /(its notice is held|stated by a notice held here|not held)$/.exec(r)![1])).toEqual(
      ['not held', 'stated by a notice held here', 'its notice is held'],
    );
    await card(/Shuangzhi/)
      .getByRole('link', { name: /Timeline, batches and map/ })
      .click();
    await expect.poll(() => new URL(p.url()).pathname).toBe('/programs/shuangzhi/');
  });

  it('lists places by province with their pilot status, each linking to a page that exists', async () => {
    const { page: p } = await page('/places/');
    const shandong = p.locator('section.province', { has: p.getByRole('heading', { name: /山东省 Shandong/ }) });
    const zibo = shandong.locator('li', { hasText: '淄博市' });
    expect(await zibo.innerText()).toMatch(
      /prefecture-level city[\s\S]*370300[\s\S]*Shuangzhi[\s\S]*Batch 2[\s\S]*新增试点 new pilots/,
    );
    const hebei = p.locator('section.province', { has: p.getByRole('heading', { name: /河北省 Hebei/ }) });
    expect(await hebei.locator('li', { hasText: '正定县' }).innerText()).toMatch(
      /2014 list[\s\S]*扩大范围试点 expanded-scope pilots/,
    );
    const hrefs = await p.locator('.place-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBe(19);
    for (const href of hrefs) expect((await fetch(`${env.site.url}${href}`)).status, href).toBe(200);
  });

  it('links the places a notice names to their place pages, and each ¶ to its row', async () => {
    const { page: p } = await page('/notices/2021-12-01-b8128631/');
    const zibo = p.locator('.places li', { hasText: '淄博市' });
    await zibo.getByRole('link', { name: /淄博市 Zibo/ }).click();
    await expect.poll(() => new URL(p.url()).pathname).toBe('/places/zibo/');
    await p.goBack();
    expect(await zibo.locator('.place-paras a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#p3',
      '#p14',
    ]);
  });

  it('answers any other path with a 404 page in both languages that leads back in', async () => {
    // As static hosts (and npm start) do: an unknown path gets /404.html, status 404.
    const dist = inject('distDir');
    const files = sirv(dist, { dev: false });
    const server = createServer((req, res) =>
      files(req, res, () => {
        res.statusCode = 404;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(readFileSync(join(dist, '404.html')));
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const p = await (await env.browser.newContext()).newPage();
      const response = await p.goto(`${origin}/notices/2021-12-01-2a6f7b46/`);
      expect(response?.status()).toBe(404);
      expect(await p.locator('h1 [lang="zh-Hans"]').innerText()).toBe('页面不存在');
      expect(await p.locator('h1 [lang="en"]').innerText()).toBe('Page not found');
      await p
        .getByRole('main')
        .getByRole('link', { name: /All notices/ })
        .click();
      await expect.poll(() => new URL(p.url()).pathname).toBe('/notices/');
    } finally {
      server.close();
    }
  });
});
