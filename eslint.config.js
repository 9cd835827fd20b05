// ESLint for the whole project, where ESLint and editors look for it: `npx eslint FILE` just works.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that mean a module has left its stage (ARCHITECTURE.md draws the stages). */
const forbidden = {
  node: {
    regex: '^node:',
    message: 'Node-only: this code runs in readers’ browsers or in Astro’s page runtime.',
  },
  zod: {
    regex: '^(astro/)?zod$',
    message: 'Checking content is the pipeline’s job: nothing past it needs zod.',
  },
  astro: { regex: '^astro(:|/|$)', message: 'Code shipped to readers is plain TypeScript.' },
  outsideClient: {
    regex: '^\\.\\./',
    message: 'Code shipped to readers imports only src/client/: it runs under the 2 KB budget and the CSP.',
  },
  pipelineStages: {
    regex: '/pipeline/(read|check)/|/pipeline/(compile|loader|content-files|problems)$',
    message:
      'Pages read the model through getModel() (src/site/content.ts), never the content files or the checks.',
  },
  pages: {
    regex: '/(site|client|components|layouts|pages)/|^astro:',
    message: 'The pipeline runs before any page: it cannot depend on what pages use.',
  },
};

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
  // Boundaries between the stages.
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [forbidden.node, forbidden.zod, forbidden.astro, forbidden.outsideClient] },
      ],
    },
  },
  {
    files: [
      'src/site/**/*.ts',
      'src/components/**/*.astro',
      'src/layouts/**/*.astro',
      'src/pages/**/*.astro',
    ],
    ignores: ['src/site/content.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [forbidden.node, forbidden.zod, forbidden.pipelineStages] },
      ],
    },
  },
  {
    files: ['src/pipeline/**/*.ts', 'src/schemas/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [forbidden.pages] }] },
  },
);
