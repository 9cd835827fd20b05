// ESLint for the whole project, where ESLint and editors look for it: `npx eslint FILE` just works.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'coverage/', 'tests/.output/', 'node_modules/']),
  js.configs.recommended,
  tseslint.configs.strict,
  tseslint.configs.stylistic,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-strict'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Lists styled without markers lose their list semantics in Safari/VoiceOver unless role="list" is explicit.
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      // A region that scrolls sideways (a wide table on a phone) must take focus so keyboard users can scroll it.
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }],
    },
  },
  {
    files: ['src/client/**/*.ts', '**/*.astro/*.ts', '*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
