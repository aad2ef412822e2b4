import { describe, expect, it } from 'vitest';
import { CORE_SCRIPT_MAX_BYTES, coreFiles, type OfflineManifest } from './manifest.ts';

const manifest = (files: Array<[string, number]>): OfflineManifest => ({
  version: 'v',
  files: files.map(([url, bytes]) => ({ url, bytes })),
  totalBytes: files.reduce((n, [, b]) => n + b, 0),
});

describe('coreFiles', () => {
  it('stores the core pages, styles, small scripts and what Pagefind needs to start — not converters, UI bundles, index chunks or notices', () => {
    const core = coreFiles(
      manifest([
        ['/', 1],
        ['/about/', 1],
        ['/search/', 1],
        ['/favicon.svg', 1],
        ['/notices/2021-12-01-b8128631/', 1],
        ['/_astro/global.css', 1],
        ['/_astro/search-page.js', 2_000],
        ['/_astro/cn2t.js', CORE_SCRIPT_MAX_BYTES + 1],
        ['/pagefind/pagefind.js', 46_000],
        ['/pagefind/pagefind-entry.json', 100],
        ['/pagefind/wasm.unknown.pagefind', 54_000],
        ['/pagefind/pagefind.zh_c1efd6ab39.pf_meta', 9_000],
        ['/pagefind/pagefind-component-ui.js', 60_000],
        ['/pagefind/index/zh_78df6a7.pf_index', 20_000],
        ['/pagefind/fragment/zh_1.pf_fragment', 2_000],
      ]),
    );
    expect(core.sort()).toEqual(
      [
        '/',
        '/about/',
        '/search/',
        '/favicon.svg',
        '/offline-summary.json',
        '/_astro/global.css',
        '/_astro/search-page.js',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-entry.json',
        '/pagefind/wasm.unknown.pagefind',
        '/pagefind/pagefind.zh_c1efd6ab39.pf_meta',
      ].sort(),
    );
  });
});
