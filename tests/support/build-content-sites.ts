/**
 * Global setup of the content tests (`handbook`): builds whatever `content/` holds, at `/` and under
 * `/handbook/`, as tests/support/build-sites.ts builds the fixtures, and reuses a build whose inputs
 * have not changed (tests/support/site-stamp.ts). While `content/` is the Level 4 fixture, these are
 * the fixture's builds too, so the product tests reuse them.
 */
import { buildChanged } from './build-sites';
import { contentSites, repoRoot } from './sites';

export default async function buildContentSites(): Promise<void> {
  await buildChanged(contentSites, repoRoot);
}
