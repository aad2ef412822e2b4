import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';
import { runIngest, seedsPlus } from '../support/site.ts';

const env = servedArchive();

async function open(path: string, width = 1280) {
  const watched = await watchedPage(await env.browser.newContext({ viewport: { width, height: 900 } }), env.site.url);
  await watched.page.goto(`${env.site.url}${path}`);
  return watched;
}

describe('a notice page says where its text comes from', () => {
  it('names each witness with its publisher, URL, retrieved date and whether it is an official copy, at 375 px and on paper', async () => {
    for (const width of [375, 1280]) {
      const { page, errors } = await open('/notices/2021-12-01-b8128631/', width);
      const sina = page.locator('.witness[data-file="001_2a6f7b4620238141.txt"]');
      expect(await sina.locator('.publisher').innerText()).toBe('新浪财经');
      expect(await sina.locator('.url').innerText()).toContain('not recorded');
      expect(await sina.locator('.retrieved').innerText()).toContain('not recorded');
      expect(await sina.locator('.copy-kind').innerText()).toContain('unofficial (a republication)');
      expect(await sina.isVisible()).toBe(true);
      const received = page.locator('.witness[data-file="000_c367052cba3a141c.txt"]');
      expect(await received.locator('.witness-file').innerText()).toContain('translation received with the sources');
      await page.emulateMedia({ media: 'print' });
      expect(await sina.isVisible(), `print at ${width}`).toBe(true);
      expect(errors).toEqual([]);
    }
  });

  it('marks the title the archive wrote as the archive’s, with its note, in the header and the provenance list', async () => {
    const { page } = await open('/notices/2021-12-01-b8128631/');
    expect(await page.locator('.supplied-note').innerText()).toMatch(
      /English title[\s\S]*supplied by the archive: English title by the archive; the received translation \(000\) has no title line\./,
    );
    expect(await page.locator('.supplied-list li[data-field="title.en"]').innerText()).toContain(
      '001_2a6f7b4620238141.txt.meta.yaml',
    );
    const { page: brief } = await open('/notices/2013-08-05-94e21a7e/');
    expect(await brief.locator('.supplied-note').innerText()).toMatch(/Chinese title[\s\S]*supplied by the archive/);
  });

  it('keeps issuer and publisher apart: a news report names its publisher, not "Issued by"', async () => {
    const { page } = await open('/notices/2023-12-13-2f0d8831/');
    const record = await page.locator('.record').innerText();
    expect(record).not.toContain('Issued by');
    expect(record).toMatch(/Published by\s*nbdnews/);
    expect(record).toMatch(/Bodies the report names \(it is not issued by them\)\s*住房和城乡建设部/);
    expect(await page.locator('.witness .url').innerText()).toBe('https://www.nbdnews.cn/13/18/16/7507.html');
    const { page: notice } = await open('/notices/2021-12-01-b8128631/');
    expect(await notice.locator('.record').innerText()).toMatch(/Issued by\s*住房和城乡建设部/);
  });

  it('lists the archive’s own translation as such', async () => {
    const { page } = await open('/notices/2015-04-07-6f318c7f/');
    expect(await page.locator('.witness.archive-translation').innerText()).toMatch(
      /003_97bb9c47a489c678\.txt\.en\.yaml[\s\S]*Archive translation[\s\S]*Pilot Policy Archive/,
    );
  });
});

describe('an archivist recording when a copy was retrieved', () => {
  it('writes `retrieved:` in the source’s sidecar and the ingest carries it to the notice', () => {
    const seeds = seedsPlus([]);
    writeFileSync(
      join(seeds, '004_2ec386e290b75517.txt.meta.yaml'),
      'url: https://www.nbdnews.cn/13/18/16/7507.html\nretrieved: 2026-11-20\n',
    );
    const out = mkdtempSync(join(tmpdir(), 'ppa-content-'));
    const result = runIngest(seeds, out);
    expect(result.stderr).toBe('');
    const mdx = readFileSync(join(out, 'notices/2023-12-13-2f0d8831.mdx'), 'utf8');
    const front = parseYaml(mdx.split('---\n')[1]!) as { sources: Array<{ retrieved?: string }> };
    expect(front.sources[0]!.retrieved).toBe('2026-11-20');
  });
});
