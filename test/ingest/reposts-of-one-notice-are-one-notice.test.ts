import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launch, serve, watchedPage, type Served } from '../support/browser.ts';
import { buildSiteFrom, root, runIngest, seedsFrom } from '../support/site.ts';

/**
 * One ministry notice as an archivist receives it: the ministry's page, a provincial site's repost
 * (its own chrome, a colon for a full stop, one word changed), a portal's text dump that stops
 * after section three, and a newspaper's report about it that quotes its list of cities.
 */
const FILES = ['ministry-page.html', 'provincial-repost.html', 'portal-repost.txt', 'news-report.txt'];
const fixtures = (names: string[]) => names.map((f) => `witnesses/${f}`);

interface Front {
  id: string;
  title: { zh: string | null };
  docNumber: string | null;
  aliases?: string[];
  sources: Array<{ file: string; role: string; differences?: { missing: string[]; extra: string[] } }>;
}
const notices = (content: string): Front[] =>
  readdirSync(join(content, 'notices'))
    .sort()
    .map((name) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(content, 'notices', name), 'utf8'))![1]!));

describe('reposts of one notice', () => {
  it('become one notice whose text is the ministry’s copy, every copy a source; the report stays apart', () => {
    const out = mkdtempSync(join(tmpdir(), 'ppa-witness-'));
    const run = runIngest(seedsFrom(fixtures(FILES)), out);
    expect(run.code).toBe(0);
    const all = notices(out);
    expect(all).toHaveLength(2);
    const notice = all.find((n) => n.sources.length > 1)!;
    expect(notice.title.zh).toBe('住房和城乡建设部办公厅关于开展城市地下管网智能监测试点工作的通知');
    expect(notice.docNumber).toBe('建办城函〔2024〕88号');
    expect(notice.sources.map((s) => [s.file, s.role])).toEqual([
      ['ministry-page.html', 'original'],
      ['portal-repost.txt', 'witness'],
      ['provincial-repost.html', 'witness'],
    ]);
    // The portal's copy stops after section three: what it lacks is listed, nothing is invented.
    const portal = notice.sources.find((s) => s.file === 'portal-repost.txt')!;
    expect(portal.differences!.missing.some((p) => p.startsWith('四、工作要求'))).toBe(true);
    expect(portal.differences!.extra).toEqual([]);
    const report = all.find((n) => n !== notice)!;
    expect(report.sources.map((s) => s.file)).toEqual(['news-report.txt']);
    expect(run.stdout).toMatch(/portal-repost\.txt: .* → [\w-]+ \(witness of ministry-page\.html: /);
  });

  it('keep the notice’s id when a better copy arrives after it was published', () => {
    const seeds = seedsFrom(fixtures(['provincial-repost.html', 'portal-repost.txt']));
    const out = mkdtempSync(join(tmpdir(), 'ppa-witness-'));
    expect(runIngest(seeds, out).code).toBe(0);
    const [first] = notices(out);
    expect(first!.sources.map((s) => s.role)).toEqual(['original', 'witness']);
    // the ministry's own page arrives: it becomes the text, and the URL handed out stays
    cpSync(join(root, 'test/fixtures/witnesses/ministry-page.html'), join(seeds, 'ministry-page.html'));
    expect(runIngest(seeds, out).code).toBe(0);
    const [after] = notices(out);
    expect(after!.id).toBe(first!.id);
    expect(after!.sources[0]!.file).toBe('ministry-page.html');
    // a fresh archive would have named it after the ministry's copy: the id was kept, not recomputed
    const fresh = mkdtempSync(join(tmpdir(), 'ppa-witness-'));
    expect(runIngest(seeds, fresh).code).toBe(0);
    expect(notices(fresh)[0]!.id).not.toBe(first!.id);
  });

  it('stay apart when the archivist says they are different documents, and once joined keep both ids', () => {
    const seeds = seedsFrom(fixtures(['ministry-page.html', 'provincial-repost.html']));
    const sidecar = join(seeds, 'provincial-repost.html.meta.yaml');
    writeFileSync(sidecar, 'notWitnessOf: [ministry-page.html]\n');
    const out = mkdtempSync(join(tmpdir(), 'ppa-witness-'));
    expect(runIngest(seeds, out).code).toBe(0);
    const apart = notices(out);
    expect(apart).toHaveLength(2);
    rmSync(sidecar);
    expect(runIngest(seeds, out).code).toBe(0);
    const [joined] = notices(out);
    const idOf = (file: string) => apart.find((n) => n.sources[0]!.file === file)!.id;
    expect(notices(out)).toHaveLength(1);
    expect(joined!.id).toBe(idOf('ministry-page.html'));
    expect(joined!.aliases).toEqual([idOf('provincial-repost.html')]);
  });
});

describe('the archive holding these copies, in Chromium', () => {
  let site: Served;
  let browser: Browser;

  let alias: string;

  beforeAll(async () => {
    // an archive that first held the provincial repost as a notice of its own, then learnt it is a copy
    const seeds = seedsFrom(fixtures(FILES));
    const content = mkdtempSync(join(tmpdir(), 'ppa-witness-'));
    writeFileSync(join(seeds, 'provincial-repost.html.meta.yaml'), 'notWitnessOf: [ministry-page.html]\n');
    expect(runIngest(seeds, content).code).toBe(0);
    alias = notices(content).find((n) => n.sources[0]!.file === 'provincial-repost.html')!.id;
    rmSync(join(seeds, 'provincial-repost.html.meta.yaml'));
    site = await serve(buildSiteFrom(seeds, {}, { content }));
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('lists every copy on the notice page, and the source view shows how each differs from the text', async () => {
    const { page, errors } = await watchedPage(await browser.newContext(), site.url);
    await page.goto(`${site.url}/notices/`);
    await expect.poll(() => page.getByRole('link', { name: /城市地下管网智能监测试点工作的通知/ }).count()).toBe(1);
    await page.getByRole('link', { name: /城市地下管网智能监测试点工作的通知/ }).click();
    const copies = page.locator('.provenance-box .witness');
    expect(await copies.evaluateAll((els) => els.map((el) => el.getAttribute('data-file')))).toEqual([
      'ministry-page.html',
      'portal-repost.txt',
      'provincial-repost.html',
    ]);
    expect(await copies.nth(2).innerText()).toContain('another copy');

    await page.goto(page.url() + 'source/');
    const provincial = page.locator('section.source', {
      has: page.locator('h2 code', { hasText: 'provincial-repost.html' }),
    });
    const differences = provincial.locator('section.differences');
    expect(await differences.innerText()).toContain("The notice's text comes from ministry-page.html");
    // the one word the repost changed, shown as a change of characters
    expect(await differences.locator('.changed ins').allInnerTexts()).toContain('以');
    const portal = page.locator('section.source', { has: page.locator('h2 code', { hasText: 'portal-repost.txt' }) });
    expect(await portal.locator('.differences .missing li').first().innerText()).toBe('建办城函〔2024〕88号');
    // each copy can be downloaded exactly as received
    const href = await portal.getByRole('link', { name: /下载原始文件/ }).getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(await response.text()).toBe(readFileSync(join(root, 'test/fixtures/witnesses/portal-repost.txt'), 'utf8'));
    expect(errors).toEqual([]);
  });

  it('lists their program, which the registry does not follow, under "Other programs" with its notice', async () => {
    const { page, errors } = await watchedPage(await browser.newContext(), site.url);
    await page.goto(`${site.url}/programs/`);
    const other = page.locator('section.other-programs');
    expect(await other.locator('h2').innerText()).toBe('其他试点项目 Other programs');
    // the notice and the report about it both name it; the report's headline gives no other program
    const items = other.locator('li');
    expect(await items.count()).toBe(1);
    expect(await items.first().innerText()).toMatch(/^城市地下管网智能监测试点: /);
    expect((await items.first().getByRole('link').allInnerTexts()).sort()).toEqual([
      '五城入选城市地下管网智能监测试点',
      '住房和城乡建设部办公厅关于开展城市地下管网智能监测试点工作的通知',
    ]);
    await other.getByRole('link', { name: /工作的通知/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/notices\/2024-05-17-[0-9a-f]{8}\/$/);
    expect(errors).toEqual([]);
  });

  it('leads from the URL the repost had as a notice of its own to the notice', async () => {
    const { page, errors } = await watchedPage(await browser.newContext(), site.url);
    await page.goto(`${site.url}/notices/${alias}/`);
    await expect.poll(() => page.url()).not.toContain(alias);
    expect(page.url()).toMatch(/\/notices\/2024-05-17-[0-9a-f]{8}\/$/);
    await expect
      .poll(() => page.locator('h1').first().innerText())
      .toContain('住房和城乡建设部办公厅关于开展城市地下管网智能监测试点工作的通知');
    expect(errors).toEqual([]);
  });
});
