// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // The public address citations use. Set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://pilot-policy-archive.example',
  trailingSlash: 'always',
  // Test builds from fixture content use their own cache, so a normal build never sees their data store.
  cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Source text lives in MDX bodies as escaped text: no GFM autolinks and no
  // "smart" quotes, so every character of a source renders as received.
  integrations: [mdx({ gfm: false, smartypants: false, syntaxHighlight: false })],
  markdown: { gfm: false, smartypants: false, syntaxHighlight: false },
  security: {
    // A <meta> CSP on every page: scripts and styles only from this origin (Astro adds the
    // hashes of what it inlines), so no inline event handler and no other host can run.
    csp: {
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
