import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';
import { BATCHES } from '../../src/lib/page-batches.ts';
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

  it('is its own page for every notice, as the notice page is, and the batches they are built in are not published', async () => {
    const ids = readdirSync(join(inject('distDir'), 'notices'));
    const context = await env.browser.newContext();
    for (const id of ids) {
      const { page, errors } = await watchedPage(context, env.site.url);
      await page.goto(`${env.site.url}/notices/${id}/source/`);
      const shown = await page.locator('main .source-of span').first().innerText();
      expect(await page.title()).toBe(`原始来源 Source · ${shown} · 试点政策文库 Pilot Policy Archive`);
      await page.getByRole('link', { name: /返回通知/ }).click();
      await expect.poll(() => page.url()).toBe(`${env.site.url}/notices/${id}/`);
      const english = page.locator('h1 .title-en');
      const description = page.locator('meta[name="description"]');
      expect((await description.count()) ? await description.getAttribute('content') : null).toBe((await english.count()) ? await english.innerText() : null);
      // The page's script ran (it shows the script switch) on every notice, not only on the first of a batch.
      await expect.poll(() => page.locator('.script-switch').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    }
    expect(existsSync(join(inject('distDir'), BATCHES))).toBe(false);
    expect((await fetch(`${env.site.url}/${BATCHES}/notices-1/`)).status).toBe(404);
  });
});
