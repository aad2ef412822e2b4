// ESLint as the Astro ecosystem sets it up: the recommended JavaScript and typescript-eslint rules,
// and eslint-plugin-astro for .astro files. Formatting is Prettier's job (npm run format), not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'content/', 'seeds/', 'node_modules/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberately unused (a parameter kept for its position).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Chinese text is full of U+3000 and no-break spaces: patterns and templates that match it name them.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true },
      ],
    },
  },
  {
    // TypeScript checks names itself (typescript-eslint's advice: no-undef misreads types and declared globals).
    files: ['**/*.ts', '**/*.astro'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Code that runs in the reader's browser.
    files: ['src/scripts/**', 'src/components/**', 'scripts/lib/offline/sw.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker } },
  },
  {
    // The service worker's constants are written in by scripts/offline.ts when it is copied into dist/.
    files: ['scripts/lib/offline/sw.js'],
    languageOptions: { globals: { __AUTO_SAVE_BYTES__: 'readonly', __CORE__: 'readonly', __VERSION__: 'readonly' } },
  },
);
