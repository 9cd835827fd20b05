/**
 * The built handbooks the site tests read: the real handbook and the fixture ladder
 * (`tests/fixtures/ladder/`, made-up content), each at `/` and under `/handbook/`.
 */
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const output = `${repoRoot}tests/.output`;

export interface BuiltSite {
  /** A short name for test titles. */
  name: string;
  /** The base path the site was built for. */
  base: string;
  /** Where `astro build` wrote it. */
  dir: string;
  /** The project root whose `content/` it was built from. */
  root: string;
  /** The site's address (HANDBOOK_SITE), which makes citations and canonical links absolute. */
  site?: string;
}

/** The address the root builds are given, so citations there are absolute; the /handbook/ builds have none. */
export const testSite = 'https://handbook.example';

/** The fixture's content is copied here before building, so builds write nothing into tests/fixtures/. */
export const ladderRoot = `${output}/ladder-root`;
export const ladderFixture = `${repoRoot}tests/fixtures/ladder`;

export const sites: BuiltSite[] = [
  { name: 'at the root', base: '/', dir: `${output}/root`, root: repoRoot, site: testSite },
  { name: 'under /handbook/', base: '/handbook/', dir: `${output}/handbook`, root: repoRoot },
];

export const ladderSites: BuiltSite[] = [
  {
    name: 'fixture ladder at the root',
    base: '/',
    dir: `${output}/ladder`,
    root: ladderRoot,
    site: testSite,
  },
  {
    name: 'fixture ladder under /handbook/',
    base: '/handbook/',
    dir: `${output}/ladder-handbook`,
    root: ladderRoot,
  },
];

export const [rootSite, handbookSite] = sites as [BuiltSite, BuiltSite];
export const [ladderRootSite, ladderHandbookSite] = ladderSites as [BuiltSite, BuiltSite];
