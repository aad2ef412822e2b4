import { describe, expect, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';

const env = servedArchive();

describe('a reader following a paragraph link', () => {
  it('finds the 2021 notice from the home page, and the row naming 淄博 also holds Zibo', async () => {
    const { page } = await watchedPage(await env.browser.newContext(), env.site.url);
    await page.goto(`${env.site.url}/`);
    await page.getByRole('link', { name: /确定智慧城市基础设施与智能网联汽车协同发展第二批试点城市的通知/ }).click();
    const row = page
      .locator('.row', { has: page.locator('.zh', { hasText: '淄博' }) })
      .filter({ has: page.locator('.role-body') });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.en').innerText()).toContain('Zibo');
  });

  it('lands on that row from /notices/<id>/#pN, scrolled into view and marked', async () => {
    const { page } = await watchedPage(
      await env.browser.newContext({ viewport: { width: 1280, height: 800 } }),
      env.site.url,
    );
    await page.goto(`${env.site.url}/`);
    await page.getByRole('link', { name: /第二批试点城市的通知/ }).click();
    const id = await page.locator('.row', { has: page.locator('.role-body', { hasText: '淄博' }) }).getAttribute('id');
    const noticeUrl = page.url().replace(/#.*$/, '');

    const fresh = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await fresh.goto(`${noticeUrl}#${id}`);
    const target = fresh.locator(`#${id}`);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(800);
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });
});
