import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BATCH_FOLDER } from '../../src/lib/page-batches.ts';
import { servedArchive, watchedPage } from '../support/browser.ts';

const env = servedArchive();

// A build renders notice pages and source views 200 to a batch page and splits them afterwards
// (src/lib/page-batches.ts); a reader must not be able to tell.
describe('pages built in batches', () => {
  it('gives every notice page and source view its own title, description, body and script, and never serves a batch', async () => {
    const notices: Array<{ id: string; sources: unknown[] }> = JSON.parse(
      readFileSync(join(inject('distDir'), 'data/notices.json'), 'utf8'),
    );
    const context = await env.browser.newContext();
    for (const { id, sources } of notices) {
      const { page, errors } = await watchedPage(context, env.site.url);
      await page.goto(`${env.site.url}/notices/${id}/source/`);
      const shown = await page.locator('main .source-of span').first().innerText();
      expect(await page.title()).toBe(`原始来源 Source · ${shown} · 试点政策文库 Pilot Policy Archive`);
      expect(await page.locator('main section.source').count()).toBe(sources.length);
      await page.getByRole('link', { name: /返回通知/ }).click();
      await expect.poll(() => page.url()).toBe(`${env.site.url}/notices/${id}/`);
      expect(await page.locator('article.notice').count()).toBe(1);
      expect(await page.locator(`article.notice[data-id="${id}"]`).count()).toBe(1);
      const heading = await page.locator('h1 :is(.title-zh, .title-en)').first().innerText();
      expect(await page.title()).toBe(`${heading} · 试点政策文库 Pilot Policy Archive`);
      const english = page.locator('h1 .title-en');
      const description = page.locator('meta[name="description"]');
      expect((await description.count()) ? await description.getAttribute('content') : null).toBe(
        (await english.count()) ? await english.innerText() : null,
      );
      // The page's script ran (it shows the script switch) on every notice, not only on the first of a batch.
      await expect.poll(() => page.locator('.script-switch').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    }
    expect(existsSync(join(inject('distDir'), BATCH_FOLDER))).toBe(false);
    expect((await fetch(`${env.site.url}/${BATCH_FOLDER}/notices-1/`)).status).toBe(404);
  });
});
