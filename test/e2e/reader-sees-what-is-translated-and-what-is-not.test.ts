import { describe, expect, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';

const env = servedArchive();
const PAIRED = '/notices/2021-12-01-b8128631/';

async function open(path: string, width = 1280) {
  const watched = await watchedPage(await env.browser.newContext({ viewport: { width, height: 900 } }), env.site.url);
  await watched.page.goto(`${env.site.url}${path}`);
  return watched;
}

describe('a reader of a partly translated notice', () => {
  it('sees "[not translated]" in the English view where a row has no English, not an empty gap', async () => {
    const { page, errors } = await open(`${PAIRED}?view=en`);
    const rows = page.locator('.row');
    expect(await rows.count()).toBe(14);
    for (let i = 0; i < 14; i++) expect(await rows.nth(i).isVisible(), `row ${i + 1}`).toBe(true);
    // The title, printed over three lines in the source, is one row: ¶1 cites all of it.
    expect(await page.locator('#p1 .zh').innerText()).toBe(
      '住房和城乡建设部 工业和信息化部关于确定智慧城市基础设施与智能网联汽车协同发展第二批试点城市的通知',
    );
    const marked = await page
      .locator('.row > .en-missing:visible')
      .evaluateAll((els) => els.map((el) => el.closest('.row')!.id));
    expect(marked).toEqual(['p1', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11', 'p12', 'p13', 'p14']);
    expect(await page.locator('#p6 .en-missing').innerText()).toBe('[无对应译文 not translated]');
    expect(await page.locator('.row > .zh-missing:visible').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('is told how much of the notice each language covers, and where each column comes from, on a phone too', async () => {
    for (const width of [1280, 375]) {
      const { page } = await open(PAIRED, width);
      const head = (lang: string) => page.locator(`.text-head .${lang}-head`);
      expect(await head('zh').innerText()).toMatch(/source text[\s\S]*14 of 14 rows/);
      expect(await head('en').innerText()).toMatch(/translation received with the sources[\s\S]*4 of 14 rows/);
      expect(await head('en').locator('.provenance').isVisible(), `${width}px`).toBe(true);
    }
  });

  it('keeps each column’s provenance on paper', async () => {
    const { page } = await open(PAIRED);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.text-head .en-head .provenance').isVisible()).toBe(true);
    expect(await page.locator('.text-head .zh-head .provenance').isVisible()).toBe(true);
  });

  it('sees the row the translation check flagged, with what differs, above the text and at the row', async () => {
    const { page } = await open(PAIRED);
    const check = page.locator('.translation-check');
    expect(await check.locator('li').allInnerTexts()).toEqual(['¶3 仅原文有：10 only the source has: 10']);
    expect(await page.locator('#p3 .row-flag').innerText()).toContain('only the source has: 10');
    expect(await page.locator('.row-flag').count()).toBe(1);
  });

  it('of a notice held in English only sees no "[not translated]" on every row: the column says none is held', async () => {
    const { page } = await open('/notices/2013-08-05-94e21a7e/');
    expect(await page.locator('.row > .zh-missing:visible').count()).toBe(0);
    expect(await page.locator('.text-head .zh-head').innerText()).toMatch(/not held|none/i);
    expect(await page.locator('.text-head .zh-head .coverage').count()).toBe(0);
  });
});
