import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, watchedPage, type Served } from '../support/browser.ts';
import { buildSiteFrom, seedsFrom } from '../support/site.ts';
import type { Browser } from 'playwright-core';

/**
 * A received translation that renders two paragraphs loosely (one shortened, one reworded):
 * /about/ promises such rows a "?" with their confidence, and the reader must see it.
 */
describe('a received translation aligned loosely in places', () => {
  let site: Served;
  let browser: Browser;

  beforeAll(async () => {
    site = await serve(
      buildSiteFrom(seedsFrom(['translation-loose/loose-notice.txt', 'translation-loose/loose-notice-en.txt'])),
    );
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('marks "?" on exactly the paired rows of low confidence, with the confidence said in both languages', async () => {
    const { page, errors } = await watchedPage(await browser.newContext(), site.url);
    await page.goto(`${site.url}/notices/`);
    await page.getByRole('link', { name: /关于确定第三批智慧城市试点城市的通知/ }).click();
    const rows = await page.locator('.row').evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        confidence: Number(el.getAttribute('data-confidence')),
        paired: Boolean(el.querySelector('.zh') && el.querySelector('.en')),
        mark: (el.querySelector('.confidence-mark') as HTMLElement | null)?.innerText.trim() ?? null,
      })),
    );
    const uncertain = rows.filter((r) => r.paired && r.confidence < 0.9);
    // The shortened paragraph and the reworded one, and nothing else.
    expect(uncertain.map((r) => r.id)).toEqual(['p4', 'p5']);
    expect(rows.filter((r) => r.mark !== null).map((r) => r.id)).toEqual(['p4', 'p5']);
    const mark = page.locator('#p5 .confidence-mark');
    expect(await mark.isVisible()).toBe(true);
    const c = uncertain[1]!.confidence;
    expect(await mark.getAttribute('title')).toBe(`对齐置信度低（${c}） low alignment confidence (${c})`);
    // The legend above the text says what "?" means.
    expect(await page.locator('p.legend').innerText()).toContain('“?”: low alignment confidence');
    expect(errors).toEqual([]);
  });
});
