import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';
import { SOURCE_VIEW_BATCHES } from '../../src/lib/source-views.ts';
import { root } from '../support/site.ts';

const env = servedArchive();

describe('the source view', () => {
  it('shows each file of the 2021 notice with its exact SHA-256, encoding and cleaning, and serves its bytes', async () => {
    const { page, errors } = await watchedPage(await env.browser.newContext(), env.site.url);
    await page.goto(`${env.site.url}/`);
    await page.getByRole('link', { name: /第二批试点城市的通知/ }).click();
    await page.getByRole('link', { name: /查看原始来源/ }).click();
    for (const file of ['001_2a6f7b4620238141.txt', '000_c367052cba3a141c.txt']) {
      const bytes = readFileSync(join(root, 'seeds', file));
      const sha = createHash('sha256').update(bytes).digest('hex');
      const section = page.locator('section.source', { hasText: file });
      expect(await section.locator('.sha256').innerText()).toBe(sha);
      expect(await section.locator('.encoding').innerText()).toBe('utf-8');
      const download = await section.getByRole('link', { name: /下载原始文件/ }).getAttribute('href');
      const served = Buffer.from(await (await page.request.get(`${env.site.url}${download}`)).body());
      expect(createHash('sha256').update(served).digest('hex')).toBe(sha);
    }
    const original = page.locator('section.source', { hasText: '001_2a6f7b4620238141.txt' });
    expect(await original.locator('table.cleaning').innerText()).toMatch(/media[\s\S]*style/);
    // The HTML of the source is shown as text, never rendered: its foreign image is text too.
    expect(await original.locator('pre.as-received').innerText()).toContain('<img src="https://n.sinaimg.cn/');
    expect(errors).toEqual([]);
  });

  it('is its own page for every notice, and the batches they are built in are not published', async () => {
    const ids = readdirSync(join(inject('distDir'), 'notices'));
    for (const id of ids) expect(existsSync(join(inject('distDir'), 'notices', id, 'source/index.html')), id).toBe(true);
    expect(existsSync(join(inject('distDir'), SOURCE_VIEW_BATCHES))).toBe(false);
    expect((await fetch(`${env.site.url}/${SOURCE_VIEW_BATCHES}/1/`)).status).toBe(404);
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.site.url}/notices/${ids[0]}/source/`);
    await expect.poll(() => page.title()).toMatch(/^原始来源 Source · .+ · 试点政策文库 Pilot Policy Archive$/);
    expect(await page.locator('main h1').innerText()).toMatch(/原始来源/);
  });
});
