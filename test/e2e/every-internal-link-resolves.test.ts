import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';

/** Every HTML file of the built site, by URL path. */
function htmlFiles(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) files.set(p.slice(dist.length).replace(/index\.html$/, ''), p);
    }
  };
  walk(dist);
  return files;
}

describe('the built site', () => {
  it('has no broken internal link, asset or #anchor', () => {
    const dist = inject('distDir');
    const files = htmlFiles(dist);
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      if (!ids.has(path))
        ids.set(
          path,
          new Set(
            selectAll('[id]', fromHtml(readFileSync(files.get(path)!, 'utf8'))).map((el) => String(el.properties.id)),
          ),
        );
      return ids.get(path)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const [path, file] of files) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      for (const el of selectAll('a[href], link[href], script[src], img[src]', tree)) {
        const ref = String(el.properties.href ?? el.properties.src);
        if (/^(https?:|mailto:|data:)/.test(ref) || ref.startsWith('?')) continue;
        const url = new URL(ref, `http://site${path}`);
        const target = url.pathname;
        checked++;
        const exists = files.has(target) || (existsSync(join(dist, target)) && statSync(join(dist, target)).isFile());
        if (!exists) broken.push(`${path} → ${ref}`);
        else if (url.hash && files.has(target) && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${path} → ${ref} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('links nowhere else: every absolute link is a source URL shown as text, not a resource', () => {
    const dist = inject('distDir');
    for (const [, file] of htmlFiles(dist)) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      const external = selectAll('link[href], script[src], img[src], iframe, source[src]', tree).map((el) =>
        String(el.properties.href ?? el.properties.src ?? ''),
      );
      expect(external.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([]);
    }
  });
});
