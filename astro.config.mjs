// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { rawSources } from './src/integrations/raw-sources.ts';
import { pageBatches } from './src/integrations/page-batches.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { publicationSite } from './src/lib/site-url.ts';

export default defineConfig({
  // The public address citations and data files use: SITE_URL for a publication build (README,
  // "Publishing"; a placeholder or loopback host stops the build). Unset, the build is local: pages
  // cite the origin they are served from, data files carry site-relative paths.
  site: publicationSite(process.env),
  trailingSlash: 'always',
  // Test builds from fixture content use their own cache, so a normal build never sees their data store.
  cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  // Pages render four at a time: while one page's file is written the next renders (1,000 notices:
  // 8.2 s → 6.6 s of rendering on 2 cores; `npm run bench` measures it). Pages share no state.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Source text lives in MDX bodies as escaped text: no GFM autolinks and no
  // "smart" quotes, so every character of a source renders as received. MDX
  // takes these features from the Markdown processor (Sätteri, Astro's default).
  integrations: [siteAddress(), mdx(), rawSources(), pageBatches()],
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }), syntaxHighlight: false },
  // Every script is a file of its own, never inlined into a page: the fixed content-security policy
  // in src/security/csp.ts (a <meta> in the layout) then allows no inline script at all. Astro's
  // per-page CSP hashing cost ~0.6 ms a page (1.3 s of 8 s rendering 2,000 pages) for no added safety.
  //
  // Astro's compiled MDX starts with a "use astro:head-inject" directive that Rolldown warns it
  // may not keep, once per notice (withastro/astro#18087; harmless: Astro reads it before
  // bundling). 1,000 notices printed 8,000 lines of it, burying any real warning, so that one is
  // dropped; every other warning still prints.
  vite: {
    build: {
      assetsInlineLimit: 0,
      // The one browser chunk over Vite's 500 kB warning is opencc-js's simplified → traditional
      // dictionary (cn2t, 1.1 MB of mostly 3-byte characters, 0.45 MB gzipped), which a page loads only
      // when its reader switches to traditional script; splitting cannot shrink a dictionary. Anything
      // larger than that still warns.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
