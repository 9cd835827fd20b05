import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Two projects:
 * - `unit`: pure logic in `src/lib`, `src/schemas` and the integrations; no build, runs in seconds.
 * - `site`: builds the handbook twice (at `/` and under `/handbook/`) with `astro build`, then checks
 *   the built HTML and drives it in Chromium.
 */
export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
