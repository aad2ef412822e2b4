import { defineConfig } from 'vitest/config';

/**
 * Tests in three layers (as Starlight does), run in this order by `npm test`:
 * - unit: the modules beside their code (scripts/, src/); builds nothing, runs in parallel (`npm run test:unit`);
 * - ingest: the ingest CLI on fixture folders (test/ingest/); a few build a small site of their own;
 * - site: the real archive built once from seeds/ (global setup), read and browsed in Chromium (test/e2e/, test/*.test.ts).
 */
export default defineConfig({
  test: {
    // A whole-site build or a browser test takes seconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // expect.poll waits on what a page shows; a loaded CI machine can take more than the default second
    // to navigate and render, so a poll gives up after 15 s (it still passes the moment the page is right).
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'ingest',
          include: ['test/ingest/**/*.test.ts'],
          // Site builds share .astro/ and the Vite cache: one file at a time.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/e2e/**/*.test.ts', 'test/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          // The real archive is built once, for every test of this layer.
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
