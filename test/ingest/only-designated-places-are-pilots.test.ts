import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, watchedPage, type Served } from '../support/browser.ts';
import { buildSiteFrom, seedsFrom } from '../support/site.ts';

/**
 * Six sources written for the archive in the shapes seen in the wild (test/fixtures/designations/):
 * a notice designating five cities, with addressees, an address and a 抄送 line naming others; a
 * 新华社 report with a 北京 dateline; a traditional-script repost with a 中評社香港 dateline; a portal
 * dump with a menu, a spam line and a related list naming other cities; an English report with a
 * byline ("in Changsha"), a "BEIJING, … (Xinhua) --" dateline and romanised document numbers
 * ("Jian Cheng Han", read as 吉安 Ji'an before); a notice whose list follows 名单如下：.
 */
const fixtures = readdirSync(join(import.meta.dirname, '../fixtures/designations')).map((f) => `designations/${f}`);

/** What the documents designate, by program: the only pilots the archive may show. */
const DESIGNATED = {
  shuangzhi: ['保定市', '洛阳市', '襄阳市', '宜昌市', '株洲市'],
  'national-smart-city': ['邯郸市', '廊坊市', '威海市', '唐山市', '承德市', '晋城市', '南通市'],
};
const DESIGNATED_SLUGS = [
  'baoding',
  'luoyang',
  'xiangyang',
  'yichang',
  'zhuzhou',
  'handan',
  'langfang',
  'weihai',
  'tangshan',
  'chengde',
  'jincheng',
  'nantong',
];
/** Places only in datelines, bylines, document numbers, menus, spam and related lists: never anywhere. */
const NEVER = {
  slugs: ['hong-kong', 'beijing', 'jian', 'guiyang', 'jinhua', 'guangxi-yulin', 'tianjin', 'hangzhou'],
  zh: ['香港特别行政区', '北京市', '吉安市', '贵阳市', '金华市', '玉林市', '天津市', '杭州市'],
};
/** Places the notice names as addressees or in its 抄送 line: named, never pilots. */
const NAMED_ONLY = ['changsha', 'shijiazhuang', 'zhengzhou', 'dalian', 'qingdao', 'ningbo'];

interface Row {
  program: string;
  name_zh: string;
  batch: string;
  batch_count_stated: string;
}

function readCsv(file: string): Row[] {
  const [head, ...lines] = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const columns = head!.split(',');
  // The evidence quotes hold commas (quoted cells): split on commas outside quotes.
  return lines.map((line) => {
    const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, ''));
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) as unknown as Row;
  });
}

describe('only the places a document designates are pilots', () => {
  let dist: string;
  let site: Served;
  let browser: Browser;

  beforeAll(async () => {
    dist = buildSiteFrom(seedsFrom(fixtures));
    site = await serve(dist);
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('lists in pilot-places.csv exactly the designated places, each in its program', () => {
    const rows = readCsv(join(dist, 'data/pilot-places.csv'));
    for (const [program, places] of Object.entries(DESIGNATED))
      expect(new Set(rows.filter((r) => r.program === program).map((r) => r.name_zh))).toEqual(new Set(places));
    expect(rows.filter((r) => r.program === 'shuangzhi').every((r) => r.batch === '3')).toBe(true);
    // The list under 名单如下： states no count: the row says so by an empty cell, not a made-up number.
    expect(rows.filter((r) => r.name_zh === '唐山市').map((r) => [r.batch, r.batch_count_stated])).toEqual([
      ['2015', ''],
    ]);
  });

  it('names no place from a dateline, byline, document number, menu, spam or related list in any export', () => {
    const exports = ['pilot-places.csv', 'notices.json', 'events.json'].map((f) =>
      readFileSync(join(dist, 'data', f), 'utf8'),
    );
    const notices = JSON.parse(exports[1]!) as Array<{ places: Array<{ zh: string; path: string }> }>;
    const named = new Set(notices.flatMap((n) => n.places.map((p) => p.zh)));
    for (const zh of NEVER.zh) expect(named.has(zh), zh).toBe(false);
    for (const zh of NEVER.zh) expect(exports[0], zh).not.toContain(zh);
    for (const slug of NEVER.slugs) expect(exports.join('\n'), slug).not.toContain(`/places/${slug}/`);
  });

  it('builds no page for them, and shows pilot status only on designated places', () => {
    for (const slug of NEVER.slugs) expect(existsSync(join(dist, 'places', slug)), slug).toBe(false);
    const pilot = (slug: string) =>
      readFileSync(join(dist, 'places', slug, 'index.html'), 'utf8').includes('class="entries"');
    for (const slug of DESIGNATED_SLUGS) expect(pilot(slug), slug).toBe(true);
    for (const slug of NAMED_ONLY) expect(pilot(slug), slug).toBe(false);
  });

  it('maps and lists only designated places on the program pages', () => {
    for (const program of Object.keys(DESIGNATED)) {
      const page = readFileSync(join(dist, 'programs', program, 'index.html'), 'utf8');
      const linked = new Set([...page.matchAll(/href="\/places\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!));
      expect(linked.size).toBeGreaterThan(0);
      for (const slug of linked) expect(DESIGNATED_SLUGS, `${program}: ${slug}`).toContain(slug);
    }
  });

  it('a reader following a dateline city finds no page; a 抄送 city is named, not a pilot (Chromium)', async () => {
    const { page, errors } = await watchedPage(await browser.newContext(), site.url);
    const response = await page.goto(`${site.url}/places/hong-kong/`);
    expect(response?.status()).toBe(404);
    errors.length = 0;

    await page.goto(`${site.url}/places/`);
    const index = await page.locator('main').innerText();
    expect(index).not.toContain('香港');
    expect(index).not.toContain('吉安');

    await page.goto(`${site.url}/places/changsha/`);
    await expect.poll(() => page.locator('h1').innerText()).toContain('长沙市');
    expect(await page.locator('ul.entries').count()).toBe(0);

    await page.goto(`${site.url}/places/baoding/`);
    const entries = await page.locator('ul.entries').innerText();
    expect(entries).toContain('第3批');
    // Its evidence is the sentence that designates it, linked to its paragraph.
    expect(entries).toContain(
      '确定保定、洛阳、襄阳、宜昌、株洲等5个城市为智慧城市基础设施与智能网联汽车协同发展第三批试点城市。',
    );

    // The report's own page: the five it reports as pilots, apart from what it names; no dateline city in either.
    const notices = JSON.parse(readFileSync(join(dist, 'data/notices.json'), 'utf8')) as Array<{
      id: string;
      sources: Array<{ file: string }>;
    }>;
    const report = notices.find((n) => n.sources.some((f) => f.file === 'xinhua-report-with-dateline.txt'))!;
    await page.goto(`${site.url}/notices/${report.id}/`);
    const pilots = await page.locator('.designations dd').innerText();
    for (const city of ['保定市', '洛阳市', '襄阳市', '宜昌市', '株洲市']) expect(pilots).toContain(city);
    expect(await page.locator('header dl').innerText()).not.toContain('北京市');
    expect(errors).toEqual([]);
  });
});
