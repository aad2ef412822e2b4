import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedArchive, watchedPage } from '../support/browser.ts';

const env = servedArchive();

async function citations(page: Page) {
  await page.locator('summary', { hasText: '引用本文' }).click();
  const read = (id: string) => page.locator(`#cite-${id}`).innerText();
  return { plain: await read('plain'), bibtex: await read('bibtex'), ris: await read('ris'), csl: await read('csl') };
}

async function openPaired(page: Page, hash = '') {
  await page.goto(`${env.site.url}/`);
  const href = await page.getByRole('link', { name: /第二批试点城市的通知/ }).getAttribute('href');
  await page.goto(`${env.site.url}${href}${hash}`);
  return href!;
}

describe('a reader citing a notice', () => {
  it('gets plain text, BibTeX, RIS and CSL-JSON that parse and agree', async () => {
    const { page, errors } = await watchedPage(await env.browser.newContext(), env.site.url);
    const href = await openPaired(page);
    const c = await citations(page);

    expect(c.plain).toContain('住房和城乡建设部, 工业和信息化部. 2021.');
    expect(c.plain).toContain(href);

    const fromBib = new Cite(c.bibtex).data[0];
    expect(fromBib.title).toContain('第二批试点城市的通知');
    expect(fromBib.author.map((a: { literal?: string; family?: string }) => a.literal ?? a.family)).toEqual([
      '住房和城乡建设部',
      '工业和信息化部',
    ]);
    expect(fromBib.issued['date-parts'][0][0]).toBe(2021);

    const fromRis = new Cite(c.ris).data[0];
    expect(fromRis.title).toBe(fromBib.title);
    expect(fromRis.URL).toContain(href);

    const csl = JSON.parse(c.csl);
    expect(csl).toHaveLength(1);
    expect(csl[0]).toMatchObject({ type: 'document', issued: { 'date-parts': [[2021, 12, 1]] } });
    expect(csl[0].title).toBe(fromBib.title);
    expect(csl[0].URL.endsWith(href)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('cites the chosen paragraph: every format carries the #pN URL', async () => {
    const { page } = await watchedPage(await env.browser.newContext(), env.site.url);
    const href = await openPaired(page, '#p6');
    const c = await citations(page);
    expect(JSON.parse(c.csl)[0].URL.endsWith(`${href}#p6`)).toBe(true);
    expect(new Cite(c.ris).data[0].URL.endsWith(`${href}#p6`)).toBe(true);
    expect(c.bibtex).toContain(`${href}#p6`);
    expect(c.plain).toContain(`${href}#p6`);
  });
});
