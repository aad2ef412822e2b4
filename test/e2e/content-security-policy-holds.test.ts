import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';

const env = servedArchive();

/** The policy of each HTML page, and how many inline scripts and styles it has. */
function policies(dist: string): Array<{ page: string; policy: string; inline: number }> {
  const out: Array<{ page: string; policy: string; inline: number }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const tree = fromHtml(readFileSync(p, 'utf8'));
        const meta = select('meta[http-equiv="content-security-policy"]', tree);
        const inline = selectAll('script:not([src]), style, [style]', tree).length;
        out.push({ page: p, policy: String(meta?.properties.content ?? ''), inline });
      }
    }
  };
  walk(dist);
  return out;
}

describe('the content-security policy', () => {
  it('is on every page and allows no inline handler and no other origin', () => {
    for (const { policy } of policies(inject('distDir'))) {
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-hashes|https?:|\*/);
    }
  });

  it('needs no exception: no page has an inline script or style', () => {
    const inline = policies(inject('distDir'))
      .filter((p) => p.inline > 0)
      .map((p) => p.page);
    expect(inline).toEqual([]);
  });

  it("blocks an injected inline handler while the page's own scripts work", async () => {
    const { page } = await watchedPage(await env.browser.newContext(), env.site.url);
    const violations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await page.goto(`${env.site.url}/`);
    await page.getByRole('link', { name: /第二批试点城市的通知/ }).click();
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'evil';
      b.setAttribute('onclick', 'document.title = "pwned"');
      document.body.append(b);
    });
    await page.click('#evil');
    expect(await page.title()).not.toBe('pwned');
    expect(violations.length).toBeGreaterThan(0);
    // The page's own script runs under the policy: the view switch works.
    await page
      .getByRole('link', { name: /英文 · English/ })
      .first()
      .click();
    expect(await page.locator('.notice-text').getAttribute('data-view')).toBe('en');
  });
});
