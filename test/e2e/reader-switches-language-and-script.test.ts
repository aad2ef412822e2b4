import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedArchive, watchedPage } from '../support/browser.ts';

const env = servedArchive();

/** Visible text of the notice body only (not the record or tools). */
const bodyText = (page: Page) => page.locator('.notice-text').innerText();
const hasHan = (s: string) => /[\u4e00-\u9fff]/.test(s);

async function openNotice(page: Page, title: RegExp, query = ''): Promise<string> {
  await page.goto(`${env.site.url}/`);
  const href = await page.getByRole('link', { name: title }).getAttribute('href');
  await page.goto(`${env.site.url}${href}${query}`);
  return href!;
}

describe('a reader choosing what to read', () => {
  it('sees no Chinese body text with ?view=en, and no English with ?view=zh', async () => {
    const { page, errors } = await watchedPage(await env.browser.newContext(), env.site.url);
    await openNotice(page, /第二批试点城市的通知/, '?view=en');
    const shownParagraphs = () =>
      page
        .locator('.row p')
        .evaluateAll((ps) =>
          ps.filter((p) => (p as HTMLElement).offsetParent !== null).map((p) => p.textContent ?? ''),
        );
    const en = await shownParagraphs();
    expect(en.join('\n')).toContain('Zibo');
    expect(en.filter(hasHan)).toEqual([]);

    await page
      .getByRole('link', { name: /中文 · Chinese/ })
      .first()
      .click();
    expect(page.url()).toMatch(/\?view=zh/);
    const zh = await shownParagraphs();
    expect(zh.join('\n')).toContain('淄博');
    expect(zh.filter((p) => !hasHan(p))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows 003 in the traditional script it was received in when asked', async () => {
    const { page, errors } = await watchedPage(await env.browser.newContext(), env.site.url);
    await openNotice(page, /国家智慧城市2014年度试点名单/);
    expect(await bodyText(page)).toContain(
      '住房城乡建设部办公厅 科学技术部办公厅关于公布国家智慧城市2014年度试点名单的通知',
    );
    await page.getByRole('button', { name: /繁體/ }).click();
    const shown = await bodyText(page);
    expect(shown).toContain('住房城鄉建設部辦公廳 科學技術部辦公廳關于公布國家智慧城市2014年度試點名單的通知');
    expect(shown).toContain('確定北京市門頭溝區等84個城市');
    expect(shown).not.toContain('确定北京市门头沟区');
    await page.getByRole('button', { name: /简体/ }).click();
    expect(await bodyText(page)).toContain('确定北京市门头沟区等84个城市');
    expect(errors).toEqual([]);
  });

  it('converts a simplified notice to traditional on request, loading the converter only then', async () => {
    const ctx = await env.browser.newContext();
    const { page, errors } = await watchedPage(ctx, env.site.url);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await openNotice(page, /第二批试点城市的通知/);
    const before = scripts.length;
    await page.getByRole('button', { name: /繁體/ }).click();
    // The converter is large; give a busy machine time to fetch and apply it.
    await expect.poll(async () => bodyText(page), { timeout: 30_000 }).toContain('住房和城鄉建設部');
    expect(scripts.length).toBeGreaterThan(before);
    expect(errors).toEqual([]);
  });
});
