import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve, watchedPage } from '../support/browser.ts';
import { root } from '../support/site.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
const shots = join(root, 'test-results/screenshots');

/** One page of each type, and every notice and source page. */
function pages(): string[] {
  const ids = readdirSync(join(inject('distDir'), 'notices'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return [
    '/',
    '/about/',
    '/years/2015/',
    '/glossary/',
    '/search/?q=%E6%B7%84%E5%8D%9A',
    '/data/',
    '/notices/',
    '/programs/',
    '/places/',
    '/404.html',
    '/programs/shuangzhi/',
    '/programs/national-smart-city/',
    '/places/zibo/',
    '/places/beijing-etdz/',
    ...ids.flatMap((id) => [`/notices/${id}/`, `/notices/${id}/source/`]),
  ];
}

beforeAll(async () => {
  site = await serve(inject('distDir'));
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every page', () => {
  it.each(pages())('%s requests nothing from another host, logs no error, passes axe, fits a phone', async (path) => {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const { page, foreign, errors } = await watchedPage(context, site.url);
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `sideways scrolling at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: join(shots, `${path.replace(/\W+/g, '_') || 'home'}-${width}.png`),
        fullPage: width === 375,
      });
      if (width === 1280) {
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          ),
        ).toEqual([]);
      }
      await context.close();
    }
  });
});
