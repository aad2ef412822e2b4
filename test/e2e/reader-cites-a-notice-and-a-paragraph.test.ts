import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedArchive, watchedPage } from '../support/browser.ts';
import { readBibtex, readRis, renderCsl } from '../support/citation-readers.ts';

const env = servedArchive();
const PAIRED = '/notices/2021-12-01-b8128631/';
const NEWS = '/notices/2023-12-13-2f0d8831/';

async function citations(page: Page) {
  await page.locator('summary', { hasText: '引用本文' }).click();
  const read = (id: string) => page.locator(`#cite-${id}`).innerText();
  return { plain: await read('plain'), bibtex: await read('bibtex'), ris: await read('ris'), csl: await read('csl') };
}

async function open(path: string, hash = '') {
  const { page, errors } = await watchedPage(await env.browser.newContext(), env.site.url);
  await page.goto(`${env.site.url}${path}${hash}`);
  return { page, errors };
}

describe('a reader citing a notice', () => {
  it('gets BibTeX that Better BibTeX’s parser reads without an error, with a month BibTeX knows', async () => {
    const { page, errors } = await open(PAIRED);
    const { bibtex } = await citations(page);
    const lib = readBibtex(bibtex);
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    const { fields } = lib.entries[0]!;
    expect(fields.title).toContain('第二批试点城市的通知');
    expect(fields.author!.map((a) => a.name)).toEqual(['住房和城乡建设部', '工业和信息化部']);
    expect([fields.year, fields.month, fields.date]).toEqual(['2021', '12', '2021-12-01']);
    expect(fields.publisher).toEqual(['新浪财经']);
    expect(fields.url).toBe(`${env.site.url}${PAIRED}`);
    expect(errors).toEqual([]);
  });

  it('gets RIS in which every line is one tagged field, read line for line by a RIS grammar', async () => {
    const { page } = await open(PAIRED);
    const { ris } = await citations(page);
    const lines = ris.split('\n');
    for (const line of lines) expect(line, line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.at(-1)).toBe('ER  - ');
    const entry = readRis(ris);
    expect(entry.type).toBe('GOVDOC');
    expect(entry.properties.map((p) => `${p.key}  - ${p.value}`)).toEqual(lines.slice(1, -1));
    const get = (key: string) => entry.properties.filter((p) => p.key === key).map((p) => p.value);
    expect(get('AU')).toEqual(['住房和城乡建设部', '工业和信息化部']);
    expect(get('UR')).toEqual([`${env.site.url}${PAIRED}`]);
    expect(get('N1')[0]).toMatch(/Intelligent Connected Vehicles$/);
    // citation-js, another reader, takes the same title and URL.
    const item = new Cite(ris).data[0]!;
    expect([item.title, item.URL]).toEqual([get('TI')[0], `${env.site.url}${PAIRED}`]);
  });

  it('gets CSL-JSON that citeproc-js renders in Chicago (author-date) and APA', async () => {
    const { page } = await open(PAIRED);
    const items = JSON.parse((await citations(page)).csl) as Array<{ id: string }>;
    const chicago = renderCsl(items, 'chicago-author-date')[0]!;
    const apa = renderCsl(items, 'apa')[0]!;
    expect(chicago).toMatch(
      /^住房和城乡建设部 and 工业和信息化部\. 2021\. “住房和城乡建设部 工业和信息化部关于确定.*的通知\.”/,
    );
    expect(apa).toMatch(
      /^住房和城乡建设部 & 工业和信息化部\. \(2021, December 1\)\. 住房和城乡建设部 工业和信息化部关于确定/,
    );
    for (const text of [chicago, apa]) {
      expect(text).toContain('新浪财经');
      expect(text).toContain(`${env.site.url}${PAIRED}`);
    }
  });

  it('gets plain text with the issuers, both titles, the publisher of the copy held and the URL', async () => {
    const { page } = await open(PAIRED);
    const { plain } = await citations(page);
    expect(plain).toMatch(
      /^住房和城乡建设部, 工业和信息化部\. 2021\. 住房和城乡建设部 .*的通知 \[Notice of .*Vehicles\]\. 1 December 2021\. Copy published by 新浪财经\. Pilot Policy Archive \(试点政策文库\)\. http:\/\/127\.0\.0\.1:\d+\/notices\/2021-12-01-b8128631\/\.$/,
    );
  });

  it('cites a news report under its title and publisher, never as issued by the ministries it mentions', async () => {
    const { page } = await open(NEWS);
    const c = await citations(page);
    expect(c.plain).toMatch(/^程用文出席.*经验交流会 \[Cheng Yongwen Attends .*\]\. 2023\. nbdnews\./);
    expect(readBibtex(c.bibtex).entries[0]!.fields.author).toBeUndefined();
    expect(readBibtex(c.bibtex).entries[0]!.type).toBe('article');
    expect(readRis(c.ris).properties.some((p) => p.key === 'AU')).toBe(false);
    expect(JSON.parse(c.csl)[0]).toMatchObject({ type: 'article-newspaper', 'container-title': 'nbdnews' });
    expect(await page.locator('meta[name="citation_author"]').count()).toBe(0);
  });

  it('cites the chosen paragraph: every format, with "para. 3" in the plain text, the downloads and the meta tags', async () => {
    const { page } = await open(PAIRED, '#p3');
    const c = await citations(page);
    const url = `${env.site.url}${PAIRED}#p3`;
    expect(c.plain).toMatch(
      /Pilot Policy Archive \(试点政策文库\), para\. 3\. http:\/\/127\.0\.0\.1:\d+\/notices\/2021-12-01-b8128631\/#p3\.$/,
    );
    expect(readBibtex(c.bibtex).entries[0]!.fields.url).toBe(url);
    expect(readBibtex(c.bibtex).entries[0]!.fields.note).toContain('para. 3');
    expect(readRis(c.ris).properties.find((p) => p.key === 'UR')!.value).toBe(url);
    expect(JSON.parse(c.csl)[0]).toMatchObject({ URL: url, archive_location: '2021-12-01-b8128631, para. 3' });
    expect(await page.locator('meta[name="citation_public_url"]').getAttribute('content')).toBe(url);
    expect(await page.locator('.cite-anchor').innerText()).toBe('¶3 (#p3)');

    // Choosing another paragraph follows.
    await page.evaluate(() => (location.hash = '#p4'));
    await expect.poll(() => page.locator('#cite-ris').innerText()).toContain(`${PAIRED}#p4`);
    expect(await page.locator('meta[name="citation_public_url"]').getAttribute('content')).toBe(
      `${env.site.url}${PAIRED}#p4`,
    );
  });

  it('downloads .bib, .ris and .json files holding what is shown', async () => {
    const { page } = await open(PAIRED, '#p3');
    const shown = await citations(page);
    for (const [format, file] of [
      ['bibtex', '2021-12-01-b8128631.bib'],
      ['ris', '2021-12-01-b8128631.ris'],
      ['csl', '2021-12-01-b8128631.json'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`a.download[data-for="cite-${format}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toBe(file);
      expect(readFileSync((await download.path())!, 'utf8')).toBe(shown[format]);
    }
  });

  it('gives reference managers the citation_* meta tags of the notice', async () => {
    const { page } = await open(PAIRED);
    const meta = await page.$$eval('meta[name^="citation_"]', (els) =>
      els.map((m) => [m.getAttribute('name'), m.getAttribute('content')]),
    );
    expect(meta).toEqual([
      [
        'citation_title',
        '住房和城乡建设部 工业和信息化部关于确定智慧城市基础设施与智能网联汽车协同发展第二批试点城市的通知',
      ],
      ['citation_author', '住房和城乡建设部'],
      ['citation_author', '工业和信息化部'],
      ['citation_date', '2021/12/01'],
      ['citation_publisher', '新浪财经'],
      ['citation_language', 'zh-CN'],
      ['citation_public_url', `${env.site.url}${PAIRED}`],
      ['citation_abstract_html_url', `${env.site.url}${PAIRED}`],
    ]);
  });
});
