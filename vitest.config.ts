import { defineConfig } from 'vitest/config';

/** Builds the fixtures (the Level 4 fixture, the fixture ladder) for the product site tests. */
const fixtureSites = 'tests/support/build-sites.ts';
/** Builds whatever content/ holds for the content tests; the same builds as the Level 4 fixture's while they are equal. */
const contentSites = 'tests/support/build-content-sites.ts';

/** Tests that read built handbooks: they share one build of each base path, made by `globalSetup`. */
const siteProject = (
  name: string,
  include: string,
  globalSetup: string,
  options: { isolate?: boolean; fileParallelism?: boolean; maxWorkers?: number } = {},
) => ({
  extends: true as const,
  test: {
    name,
    include: [include],
    globalSetup: [globalSetup],
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

/**
 * Browser tests: two workers, each running its files one after another with one Chromium and one server
 * per site (not isolated, so its files share them: tests/support/served.ts). Much of a browser test is
 * waiting, so two workers keep two cores busy.
 */
const browserOptions = { isolate: false, fileParallelism: true, maxWorkers: 2 };

/** The pure helpers shipped to readers; the DOM scripts beside them are tested in the browser. */
const clientLogic =
  'src/client/{base-path,citation,cite-attributes,excerpts,item-title,query-words,scale,search-results,selectors,ui-words,worksheet,worksheet-attributes,worksheet-import,case,case-index,case-export,case-share,case-store,calibration,explain,shorten,spelling,stop-words,suggest-link,words/*}.ts';
/** The bar pure logic is held to. */
const logic = { lines: 99, statements: 98, functions: 99, branches: 87 };

/**
 * Seven projects, each runnable alone (`--project unit`). Two kinds: product tests, on fixtures in
 * tests/fixtures/ only, and content tests, on whatever content/ holds (ARCHITECTURE.md, "Which test layer").
 *
 * Product tests:
 * - `unit`: pure logic in src/pipeline, src/site and src/client, the schemas, the content loader and the integrations; no
 *   build, no content files.
 * - `content`: the content pipeline on fixture files: the fixture ladder (tests/fixtures/ladder/), copied and spoiled
 *   with the mistakes in tests/fixtures/invalid/, and the Level 4 fixture (tests/fixtures/level-4/), compiled as the
 *   build compiles it. `unit` and `content` run together for coverage (`npm run test:unit`): the thresholds count both.
 * - `built`: the Level 4 fixture and the fixture ladder, built at `/` and under `/handbook/`: fidelity to the Level 4
 *   source, anchors, links, citations, rubrics, the ladder, budgets, bad content.
 * - `browser`: those sites served in Chromium: search, citing, printing, the worksheet, no-JS, keyboard, layout, axe.
 * - `dev`: `astro dev` while the fixture ladder's content is edited.
 * - `adopter`: copies the project with a fixture framework as its content/ and runs `handbook` there: it passes.
 *
 * Content tests:
 * - `handbook`: content/ compiled, its permalink guard, built at `/` and under `/handbook/`: every page it publishes,
 *   links and fragments, anchors, budgets, axe on every page in light and dark; fidelity to the Level 4 source while
 *   content/ holds the Level 4 handbook.
 */
export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      siteProject('handbook', 'tests/handbook/**/*.test.ts', contentSites, browserOptions),
      siteProject('built', 'tests/built/**/*.test.ts', fixtureSites),
      siteProject('browser', 'tests/browser/**/*.test.ts', fixtureSites, browserOptions),
      { extends: true, test: { name: 'dev', include: ['tests/dev/**/*.test.ts'], testTimeout: 60_000 } },
      // One test that runs `handbook` in a copy of the project, builds and Chromium included.
      {
        extends: true,
        test: { name: 'adopter', include: ['tests/adopter/**/*.test.ts'], testTimeout: 20 * 60_000 },
      },
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
        'src/pipeline/{read,check,model,releases,urls,search}/**/*.ts': logic,
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
