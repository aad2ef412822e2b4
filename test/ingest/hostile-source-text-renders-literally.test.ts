import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteFrom, root, seedsFrom } from '../support/site.ts';

const lines = readFileSync(join(root, 'test/fixtures/hostile/hostile-notice.txt'), 'utf8').split('\n').filter(Boolean);
let page: ReturnType<typeof fromHtml>;

describe('a source full of MDX, JSX, HTML and Markdown syntax', () => {
  beforeAll(() => {
    const dist = buildSiteFrom(seedsFrom(['hostile/hostile-notice.txt']));
    page = fromHtml(readFileSync(join(dist, 'notices/2022-02-22-' + sha8() + '/index.html'), 'utf8'));
  });

  it('builds, and the page shows every line of it character for character', () => {
    const shown = selectAll('.row [lang="zh-Hans"]', page).map((el) => toText(el).trim());
    // The first line is the title: heading-like, its "# " and braces kept as text.
    expect(shown).toEqual(lines);
  });

  it('runs none of it: no script, event handler, javascript: link, component or foreign resource from the source', () => {
    // The only scripts are the archive's own bundles, loaded from this origin; none is inline.
    const scripts = selectAll('script', page);
    expect(scripts.map((el) => String(el.properties.src))).toEqual(scripts.map(() => expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/)));
    expect(scripts.map((el) => toText(el))).toEqual(scripts.map(() => ''));
    expect(selectAll('component, img, iframe, style', page).filter((el) => !isOurs(el))).toEqual([]);
    const all = selectAll('*', page);
    expect(all.flatMap((el) => Object.keys(el.properties).filter((k) => /^on/i.test(k)))).toEqual([]);
    expect(all.filter((el) => String(el.properties.href ?? '').startsWith('javascript:'))).toEqual([]);
    expect(all.flatMap((el) => [el.properties.src, el.properties.href]).filter((u) => typeof u === 'string' && /^(https?:)?\/\//.test(u))).toEqual([]);
  });
});

function sha8(): string {
  return createHash('sha256').update(readFileSync(join(root, 'test/fixtures/hostile/hostile-notice.txt'))).digest('hex').slice(0, 8);
}

/** Our own page furniture (favicon link etc.) is allowed; nothing from the source is. */
function isOurs(el: Element): boolean {
  return el.tagName === 'style' && toText(el).includes('--font-zh');
}
