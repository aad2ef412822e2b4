// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Source text lives in MDX bodies as escaped text: no GFM autolinks and no
// "smart" quotes, so every character of a source renders as received.
export default defineConfig({
  site: 'https://pilot-policy-archive.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ gfm: false, smartypants: false })],
  markdown: { gfm: false, smartypants: false },
});
