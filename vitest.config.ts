import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    // Whole-site builds and browser tests take seconds each.
    testTimeout: 120_000,
    // Site builds share .astro/ and the Vite cache: run test files one at a time.
    fileParallelism: false,
    hookTimeout: 300_000,
    // The real archive is built once per run, for the browser tests.
    globalSetup: ['test/support/global-setup.ts'],
  },
});
