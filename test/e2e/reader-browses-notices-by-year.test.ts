import { describe, expect, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';

const env = servedArchive();

describe('a reader browsing the archive', () => {
  it('sees the newest notices on the home page and a page for every year, each listing exactly that year', async () => {
    const { page, errors } = await watchedPage(await env.browser.newContext(), env.site.url);
    await page.goto(`${env.site.url}/`);
    const newest = page.locator('#notices ~ .notice-list time, section:has(#notices) .notice-list time');
    const dates = await newest.allInnerTexts();
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort().reverse()).toEqual(dates);

    const years = page.locator('section:has(#years) li');
    const listed = (await years.allInnerTexts()).map((t) => /^(\d{4})\s*\((\d+)\)$/.exec(t.trim())).filter(Boolean);
    expect(listed.map((m) => m![1])).toEqual(expect.arrayContaining(['2013', '2015', '2021', '2023']));
    expect(listed.reduce((n, m) => n + Number(m![2]), 0)).toBe(4);

    await page.getByRole('link', { name: '2015', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/\/years\/2015\/$/);
    expect(await page.locator('h1').innerText()).toContain('2015');
    const items = await page.locator('.notice-list time').allInnerTexts();
    expect(items.length).toBeGreaterThan(0);
    for (const d of items) expect(d.startsWith('2015')).toBe(true);
    await page
      .getByRole('link', { name: /智慧城市/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/\/notices\/2015-/);
    expect(errors).toEqual([]);
  });

  it('reaches each program page from the home page', async () => {
    const { page } = await watchedPage(await env.browser.newContext(), env.site.url);
    await page.goto(`${env.site.url}/`);
    await page.locator('section:has(#programs) a[href="/programs/national-smart-city/"]').click();
    await expect.poll(() => page.url()).toMatch(/\/programs\/national-smart-city\/$/);
  });
});
