import { defineConfig } from 'vitest/config';

/** Tests that read the built handbook: they share one build of each base path (tests/support/build-sites.ts). */
const siteProject = (
  name: string,
  include: string,
  options: { isolate?: boolean; fileParallelism?: boolean; maxWorkers?: number } = {},
) => ({
  extends: true as const,
  test: {
    name,
    include: [include],
    globalSetup: ['tests/support/build-sites.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Concurrent tests start builds and browsers; two at a time suit a two-core machine.
    maxConcurrency: 2,
    ...options,
    // A first search loads Pagefind's code and index: give polls time for it on a busy machine.
    expect: { poll: { timeout: 10_000 } },
  },
});

/** The pure helpers shipped to readers; the DOM scripts beside them are tested in the browser. */
const clientLogic =
  'src/client/{base-path,citation,cite-attributes,excerpts,item-title,query-words,scale,search-results,selectors,ui-words,worksheet,worksheet-attributes,words/*}.ts';
/** The bar pure logic is held to. */
const logic = { lines: 99, statements: 98, functions: 99, branches: 87 };

/**
 * Five projects, each runnable alone (`--project unit`):
 * - `unit`: pure logic in src/pipeline, src/site and src/client, the schemas, the content loader and the integrations; no
 *   build, no content files.
 * - `content`: the content pipeline on real files: the fixture ladder (tests/fixtures/ladder/), copied and spoiled
 *   with the mistakes in tests/fixtures/invalid/, compiled as the build compiles it. `unit` and `content` run
 *   together for coverage (`npm run test:unit`): the thresholds count both.
 * - `built`: the real handbook and the fixture ladder, built at `/` and under `/handbook/`: fidelity to
 *   the source, anchors, links, the ladder.
 * - `browser`: those sites served in Chromium: search, reading without JavaScript, keyboard, layout.
 * - `dev`: `astro dev` while content is edited.
 */
export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      siteProject('built', 'tests/built/**/*.test.ts'),
      // Two workers, each running its files one after another with one Chromium and one server per site
      // (not isolated, so its files share them: tests/support/served.ts). Much of a browser test is
      // waiting, so two workers keep two cores busy.
      siteProject('browser', 'tests/browser/**/*.test.ts', {
        isolate: false,
        fileParallelism: true,
        maxWorkers: 2,
      }),
      { extends: true, test: { name: 'dev', include: ['tests/dev/**/*.test.ts'], testTimeout: 60_000 } },
    ],
    coverage: {
      provider: 'v8',
      include: [
        'src/pipeline/**/*.ts',
        'src/site/**/*.ts',
        clientLogic,
        'src/integrations/**/*.ts',
        'src/schemas/**/*.ts',
      ],
      // Page-time glue that needs Astro's runtime (astro:content), tested through the built site.
      exclude: ['src/site/content.ts'],
      reporter: ['text', 'json-summary'],
      reportsDirectory: 'tests/.output/coverage',
      // Set at what the suite reaches (run `npm run test:unit` to see the table); raise them, never lower them.
      thresholds: {
        'src/pipeline/{read,check,model,urls}/**/*.ts': logic,
        'src/pipeline/*.ts': logic,
        'src/site/**/*.ts': logic,
        [clientLogic]: logic,
        'src/integrations/**/*.ts': { lines: 100, statements: 100, functions: 100, branches: 100 },
        'src/pipeline/loader.ts': { lines: 100, statements: 100, functions: 100, branches: 100 },
        'src/schemas/**/*.ts': { lines: 97, statements: 97, functions: 100, branches: 83 },
      },
    },
  },
});
