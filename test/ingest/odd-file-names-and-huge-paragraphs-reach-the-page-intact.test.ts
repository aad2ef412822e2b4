import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../support/browser.ts';
import { buildSiteFrom, runIngest, seedsFrom } from '../support/site.ts';

/** Notice-shaped texts of our own, each different so each is a notice of its own. */
const notice = (city: string, date: string) =>
  `${city}人民政府关于开展智慧城市试点工作的通知\n\n各区人民政府：\n\n请${city}各区认真做好试点工作。\n\n${city}人民政府\n${date}\n`;
const odd = ['a#1 ?50%.txt', 'line\nbreak.txt', '\u001b[31mred.txt'];
// One paragraph of 60,000 characters with no sentence end: six parts for the index, one paragraph on the page.
const longParagraph = Array.from(
  { length: 60_000 },
  (_, i) => '试点城市名单公布智慧基础设施协同发展'[(i * 7) % 18],
).join('');

describe('odd file names and huge paragraphs', () => {
  let seeds: string;
  let dist: string;
  let site: Served;

  beforeAll(async () => {
    seeds = seedsFrom([]);
    odd.forEach((name, i) =>
      writeFileSync(join(seeds, name), notice(['甲市', '乙市', '丙市'][i]!, `2020年${i + 1}月1日`)),
    );
    writeFileSync(
      join(seeds, 'long.txt'),
      `丁市人民政府关于试点工作的通知\n\n${longParagraph}\n\n丁市人民政府\n2020年9月1日\n`,
    );
    dist = buildSiteFrom(seeds);
    site = await serve(dist);
  }, 600_000);
  afterAll(() => site?.close());

  it('print escaped in every line of the summary: a newline or a terminal escape never splits or recolours it', () => {
    const result = runIngest(seeds, join(seeds, '..', `${seeds.split('/').at(-1)}-out`), '--no-cache');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(result.stdout).not.toContain('\u001b');
    expect(lines.filter((l) => l.startsWith('line\\nbreak.txt: zh'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('\\x1b[31mred.txt: zh'))).toHaveLength(1);
  });

  it('are percent-encoded in download links, which resolve to the bytes received', async () => {
    const notices = JSON.parse(readFileSync(join(dist, 'data/notices.json'), 'utf8')) as Array<{
      id: string;
      sources: Array<{ file: string }>;
    }>;
    for (const name of odd) {
      const n = notices.find((x) => x.sources.some((s) => s.file === name))!;
      const view = await (await fetch(`${site.url}/notices/${n.id}/source/`)).text();
      const hrefs = [...view.matchAll(/href="([^"]*\/source\/[^"]+\.txt)"/g)].map((m) => m[1]!);
      expect(hrefs).toHaveLength(1);
      expect(hrefs[0]).toMatch(/^\/notices\/[^/]+\/source\/[A-Za-z0-9%._~!*'()-]+$/);
      const response = await fetch(`${site.url}${hrefs[0]!.replaceAll('&amp;', '&')}`);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(seeds, name)));
    }
  });

  it('keep a huge paragraph whole on the page, in parts of at most 10,000 characters for the search index', async () => {
    const notices = JSON.parse(readFileSync(join(dist, 'data/notices.json'), 'utf8')) as Array<{
      id: string;
      sources: Array<{ file: string }>;
    }>;
    const n = notices.find((x) => x.sources.some((s) => s.file === 'long.txt'))!;
    const page = await (await fetch(`${site.url}/notices/${n.id}/`)).text();
    const column = /<div class="zh role-[a-z-]+"[^>]*>((?:<p>[^<]*<\/p>)+)/.exec(
      page.slice(page.indexOf(longParagraph.slice(0, 30)) - 200),
    );
    expect(column).not.toBeNull();
    const parts = [...column![1]!.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]!);
    expect(parts.join('')).toBe(longParagraph);
    expect(parts.length).toBe(6);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(10_000);
  });
});
