import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';
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
});
