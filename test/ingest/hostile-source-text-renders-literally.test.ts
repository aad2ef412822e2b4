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
    const shown = selectAll('.row .zh', page).map((el) => toText(el).trim());
    // The first line is the title: heading-like, its "# " and braces kept as text.
    expect(shown).toEqual(lines);
  });

  it('runs none of it: no script, event handler, javascript: link, component or foreign resource from the source', () => {
    // The only scripts are the archive's own: bundles from this origin, or small inline
    // modules Astro emits whose hashes the page's content-security policy lists.
    const policy = String(selectAll('meta[http-equiv="content-security-policy"]', page)[0]?.properties.content ?? '');
    for (const script of selectAll('script', page)) {
      if (script.properties.src) expect(String(script.properties.src)).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      else expect(policy).toContain(`'sha256-${createHash('sha256').update(toText(script)).digest('base64')}'`);
      expect(toText(script)).not.toMatch(/alert|process\.env|secret/);
    }
    expect(selectAll('component, img, iframe, style', page).filter((el) => !isOurs(el))).toEqual([]);
    const all = selectAll('*', page);
    expect(all.flatMap((el) => Object.keys(el.properties).filter((k) => /^on/i.test(k)))).toEqual([]);
    expect(all.filter((el) => String(el.properties.href ?? '').startsWith('javascript:'))).toEqual([]);
    expect(
      all
        .flatMap((el) => [el.properties.src, el.properties.href])
        .filter((u) => typeof u === 'string' && /^(https?:)?\/\//.test(u)),
    ).toEqual([]);
  });
});

function sha8(): string {
  return createHash('sha256')
    .update(readFileSync(join(root, 'test/fixtures/hostile/hostile-notice.txt')))
    .digest('hex')
    .slice(0, 8);
}

/** Our own page furniture (favicon link etc.) is allowed; nothing from the source is. */
function isOurs(el: Element): boolean {
  return el.tagName === 'style' && toText(el).includes('--font-zh');
}
