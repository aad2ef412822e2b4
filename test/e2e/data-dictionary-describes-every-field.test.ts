import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';

const env = servedArchive();
const read = (path: string) => readFileSync(join(inject('distDir'), path), 'utf8');

async function dataPage(width = 1280) {
  const watched = await watchedPage(await env.browser.newContext({ viewport: { width, height: 900 } }), env.site.url);
  await watched.page.goto(`${env.site.url}/data/`);
  return watched;
}

describe('/data/, the data dictionary', () => {
  it('describes every field of every file with meaning, type, nullability, allowed values and an example', async () => {
    const { page, errors } = await dataPage();
    const row = (file: string, field: string) => page.locator(`section#${file} tr[data-field="${field}"]`);
    const cells = async (file: string, field: string) => row(file, field).locator('td').allInnerTexts();
    expect(await cells('notices', 'docType')).toEqual([
      'docType',
      'Kind of document: an official notice (通知) or a news report or brief about one',
      'enum',
      '否 no',
      'notice | news-report | news-brief | other',
      'news-brief',
    ]);
    expect((await cells('notices', 'title.zh')).slice(2, 4)).toEqual(['string', '是 yes']);
    expect((await cells('notices', 'sources[].sha256'))[0]).toBe('sources[].sha256');
    expect((await cells('pilot-places', 'evidence_quote'))[1]).toBe(
      'The words of the notice that state the batch, quoted whole',
    );
    // Every field of every schema is in the dictionary, each with a meaning.
    for (const [file, schema] of [
      ['notices', 'notices.schema.json'],
      ['events', 'events.schema.json'],
      ['pilot-places', 'pilot-places.schema.json'],
      ['paragraphs', 'paragraphs.schema.json'],
    ]) {
      const json = JSON.parse(read(`data/${schema}`));
      const fields = Object.keys(json.items?.properties ?? json.properties);
      const listed = await page
        .locator(`section#${file} tr[data-field]`)
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-field')));
      expect(listed).toEqual(expect.arrayContaining(fields));
      for (const meaning of await page.locator(`section#${file} td.meaning`).allInnerTexts())
        expect(meaning.trim(), file).not.toBe('');
    }
    expect(errors).toEqual([]);
  });

  it('states the licence, the version (build date and commit) and the record count of each file', async () => {
    const { page } = await dataPage();
    expect(await page.locator('.data-facts').innerText()).toMatch(
      /Licence[\s\S]*MIT[\s\S]*not yet chosen a data licence/,
    );
    expect(await page.locator('.version').innerText()).toMatch(
      /built \d{4}-\d{2}-\d{2} from commit ([0-9a-f]{12}|unknown)/,
    );
    const count = (file: string) => page.locator(`section#${file} .record-count`).getAttribute('data-count');
    expect(await count('notices')).toBe(String(JSON.parse(read('data/notices.json')).length));
    expect(await count('events')).toBe(String(JSON.parse(read('data/events.json')).length));
    expect(await count('paragraphs')).toBe(String(read('data/paragraphs.jsonl').trim().split('\n').length));
  });

  it('has a place × program × batch × year table whose every place and paragraph link resolves', async () => {
    const { page } = await dataPage(375);
    const rows = page.locator('.place-table tbody tr');
    expect(await rows.count()).toBe(19);
    const zibo = await rows.filter({ hasText: '淄博市' }).locator('td').allInnerTexts();
    expect(zibo[3]).toMatch(/^2 /);
    expect(zibo[4]).toBe('2021');
    for (const href of await page
      .locator('.place-table a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const [path, anchor] = href.split('#');
      const response = await fetch(`${env.site.url}${path}`);
      expect(response.status, href).toBe(200);
      if (anchor) expect(await response.text(), href).toContain(`id="${anchor}"`);
    }
  });
});

describe('/data/paragraphs.jsonl', () => {
  const lines = () =>
    read('data/paragraphs.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));

  it('holds every row of every notice, each valid against its schema, with both languages and their provenance', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read('data/paragraphs.schema.json')));
    for (const l of lines()) expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
    const notices = JSON.parse(read('data/notices.json')) as Array<{ id: string; rows: number }>;
    expect(lines().length).toBe(notices.reduce((sum, n) => sum + n.rows, 0));
    const p5 = lines().find((l) => l.notice === '2021-12-01-b8128631' && l.anchor === 'p3');
    expect(p5).toMatchObject({
      provenance: { zh: 'source', en: 'received-translation' },
      flagged: true,
      path: '/notices/2021-12-01-b8128631/#p3',
    });
    expect(p5.zh).toMatch(/^按照有关工作安排.*淄博等10个城市为.*第二批试点城市。$/);
    expect(p5.en).toMatch(/^According to the relevant work arrangements.*Zibo/);
  });

  it('gives each row the text the notice page shows', async () => {
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.site.url}/notices/2021-12-01-b8128631/`);
    const shown = await page.locator('.row').evaluateAll((rows) =>
      rows.map((r) => ({
        zh: r.querySelector(':scope > .zh')?.textContent?.replace(/\s+/g, '') ?? null,
        en: r.querySelector(':scope > .en')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      })),
    );
    const exported = lines()
      .filter((l) => l.notice === '2021-12-01-b8128631')
      .map((l) => ({ zh: l.zh?.replace(/\s+/g, '') ?? null, en: l.en }));
    expect(exported).toEqual(shown);
  });
});

describe('/data/pilot-places.csv', () => {
  it('quotes the evidence as whole phrases, never a count cut inside its brackets', () => {
    const csv = read('data/pilot-places.csv');
    expect(csv).not.toMatch(/,"?103 cities \(districts,/);
    expect(csv).toContain('103 cities (districts, counties, and towns), including the Beijing');
    expect(csv).toContain('确定北京市门头沟区等84个城市(区、县、镇)为国家智慧城市2014年度新增试点,');
  });
});
