import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, inject, it } from 'vitest';

const page = (path: string) => fromHtml(readFileSync(join(inject('distDir'), path, 'index.html'), 'utf8'));
const text = (node: Parameters<typeof toText>[0] | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');

describe('the archive translations', () => {
  it.each(['notices/2015-04-07-6f318c7f', 'notices/2023-12-13-2f0d8831'])(
    'give every Chinese row of %s its English, labelled archive translation',
    (path) => {
      const p = page(path);
      const rows = selectAll('.row', p);
      expect(rows.length).toBeGreaterThan(5);
      const missing = rows
        .filter((r) => select('.zh', r) && !text(select('.en', r)))
        .map((r) => String(r.properties.id));
      expect(missing).toEqual([]);
      expect(text(select('.en-head', p))).toContain('archive translation');
      expect(select('.en-head', p)!.properties.dataProvenance).toBe('archive-translation');
    },
  );

  it('keep numbers and document numbers of the 2015 notice exact', () => {
    const p = page('notices/2015-04-07-6f318c7f');
    const en = selectAll('.row .en', p).map(text).join('\n');
    for (const kept of [
      '84',
      '13',
      '41',
      '建办科函[2014]515号',
      '发改高技[2014]1770号',
      'August 31, 2015',
      'April 30, 2015',
      'April 7, 2015',
    ])
      expect(en).toContain(kept);
  });

  it('leave the CCPR brief English-only, saying the Chinese original is not held', () => {
    const p = page('notices/2013-08-05-94e21a7e');
    expect(select('.zh-head', p)!.properties.dataProvenance).toBe('none');
    expect(text(select('.zh-head', p))).toContain('not held');
    expect(text(select('h1', p))).toMatch(/[\u4e00-\u9fff]/);
  });

  it('give every notice an English title', () => {
    for (const path of [
      'notices/2021-12-01-b8128631',
      'notices/2015-04-07-6f318c7f',
      'notices/2023-12-13-2f0d8831',
      'notices/2013-08-05-94e21a7e',
    ]) {
      expect(text(select('h1 .title-en', page(path)))).toMatch(/^[A-Z0-9][\w ,()'-]+/);
    }
  });
});

describe('the glossary', () => {
  it('has at least 30 terms, each with Chinese, English, other renderings and the notices it occurs in', () => {
    const entries = selectAll('.glossary .entry', page('glossary'));
    expect(entries.length).toBeGreaterThanOrEqual(30);
    for (const e of entries) {
      expect(text(select('dt [lang="zh-Hans"]', e))).not.toBe('');
      expect(text(select('dt [lang="en"]', e))).not.toBe('');
      expect(text(e)).toMatch(/出现于 Occurs in/);
    }
    const icv = entries.find((e) => text(select('dt', e)).startsWith('智能网联汽车'))!;
    expect(text(icv)).toContain('intelligent networked vehicles');
    expect(selectAll('a[href^="/notices/"]', icv).length).toBeGreaterThanOrEqual(2);
  });

  it('says in how many notices each term occurs, listing them all while they are few', () => {
    for (const e of selectAll('.glossary .entry', page('glossary'))) {
      const count = Number(/Occurs in \((\d+)\)/.exec(text(e))?.[1]);
      expect(count, String(e.properties.id)).toBe(selectAll('a[href^="/notices/"]', e).length);
    }
    const pilot = select('.glossary .entry#pilot-city', page('glossary'))!;
    expect(text(pilot)).toMatch(/Occurs in \([2-4]\)/);
  });

  it('is linked from the terms in the notice text', () => {
    const links = selectAll('.row a.term', page('notices/2021-12-01-b8128631')).map((a) => String(a.properties.href));
    expect(links.length).toBeGreaterThan(3);
    const ids = new Set(selectAll('.glossary .entry', page('glossary')).map((e) => `/glossary/#${e.properties.id}`));
    for (const href of links) expect(ids).toContain(href);
  });
});
