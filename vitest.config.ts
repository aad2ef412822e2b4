import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    // Whole-site builds and browser tests take seconds each; two cores, so run files one by one there.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
