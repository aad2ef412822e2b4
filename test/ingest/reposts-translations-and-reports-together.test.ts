import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runIngest, seedsFrom } from '../support/site.ts';

/**
 * The sources one archivist's week brings, all in one folder (19 files written for the archive in
 * the shapes of real ones): a ministry notice with two reposts and a newspaper's report on it
 * (witnesses/); a notice with its English translation and two English decoys naming the same six
 * cities, a State Council reply with its English and a Chinese story about it, a notice with a
 * periodical's English brief on it (pairing/, its second translation left out: with two candidates
 * neither is sure); reports with datelines and bylines, a portal dump with a menu, spam and related
 * links naming other cities, a notice with addressees and 抄送 (designations/). Each part is tested
 * on its own elsewhere; here they must not disturb each other.
 */
const dirs = ['witnesses', 'pairing', 'designations'];
const root = join(import.meta.dirname, '../fixtures');
const files = dirs.flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f !== 'README.md' && f !== 'batch-notice-en-other.txt')
    .map((f) => `${d}/${f}`),
);

interface Front {
  id: string;
  pairing: string;
  sources: Array<{ file: string; role: string }>;
  places: Array<{ slug: string }>;
  designations: Array<{ place: string }>;
}

describe('reposts, translations, reports and page chrome in one folder', () => {
  let notices: Front[];
  let stdout: string;

  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'ppa-together-'));
    const run = runIngest(seedsFrom(files), out, '--no-cache');
    expect(run.code, run.stderr).toBe(0);
    stdout = run.stdout;
    notices = readdirSync(join(out, 'notices')).map(
      (name) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(out, 'notices', name), 'utf8'))![1]!) as Front,
    );
  }, 300_000);

  const holding = (file: string) => notices.find((n) => n.sources.some((s) => s.file === file))!;

  it('merge every repost, pair every true translation, and leave every decoy, report and brief apart', () => {
    expect(files).toHaveLength(19);
    expect(notices).toHaveLength(15);
    expect(holding('ministry-page.html').sources.map((s) => `${s.file} ${s.role}`)).toEqual([
      'ministry-page.html original',
      'portal-repost.txt witness',
      'provincial-repost.html witness',
    ]);
    const pairs = notices
      .filter((n) => n.pairing !== 'single')
      .map((n) => n.sources.map((s) => s.file).join(' + '))
      .sort();
    expect(pairs).toEqual([
      'batch-notice-zh.txt + batch-notice-en.txt',
      'state-council-reply-zh.txt + state-council-reply-en.txt',
    ]);
    for (const alone of [
      'news-report.txt',
      'batch-news-en.txt',
      'evaluation-notice-en.txt',
      'state-council-reply-news-zh.txt',
      'access-pilot-brief-en.txt',
      'english-report-byline-and-number.txt',
    ])
      expect(holding(alone).sources.map((s) => s.file)).toEqual([alone]);
    expect(stdout).toMatch(/english-report-byline-and-number\.txt: .*possible translation of /);
  });

  it('take no place from a dateline, byline, document number, menu, spam or related list, and designate only listed pilots', () => {
    const never = ['hong-kong', 'beijing', 'jian', 'guiyang', 'jinhua', 'guangxi-yulin', 'tianjin', 'hangzhou'];
    const named = new Set(notices.flatMap((n) => n.places.map((p) => p.slug)));
    expect(never.filter((slug) => named.has(slug))).toEqual([]);
    const designated = [...new Set(notices.flatMap((n) => n.designations.map((d) => d.place)))].sort();
    expect(designated).toEqual(
      [
        // designations/: the third Shuangzhi batch, a 2013 list, a list after 名单如下：
        ...['baoding', 'luoyang', 'xiangyang', 'yichang', 'zhuzhou'],
        ...['handan', 'langfang', 'weihai', 'tangshan', 'chengde', 'jincheng', 'nantong'],
        // pairing/: the six cities of the batch notice, the four of the access pilot
        ...['changsha', 'wuxi', 'liuzhou', 'mianyang', 'hefei', 'jiangsu-suzhou', 'ningbo', 'chongqing'],
      ].sort(),
    );
  });
});
