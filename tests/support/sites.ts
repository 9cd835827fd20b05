/**
 * The built handbooks the site tests read, each at `/` and under `/handbook/`:
 *
 * - `contentSites`: whatever `content/` holds. Only the content tests (tests/handbook/) read them.
 * - `level4Sites`: the Level 4 fixture (`tests/fixtures/level-4/`, a copy of the Level 4 handbook), for
 *   product tests that name Level 4's URLs and words.
 * - `ladderSites`: the fixture ladder (`tests/fixtures/ladder/`, made-up content).
 *
 * While `content/` is byte for byte the Level 4 fixture, `level4Sites` are `contentSites`: the same
 * folders, built once.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
  /** The source repository (HANDBOOK_REPOSITORY) and its branch (HANDBOOK_BRANCH), for edit links. */
  repository?: string;
  branch?: string;
}

/** The address the root builds are given, so citations there are absolute; the /handbook/ builds have none. */
export const testSite = 'https://handbook.example';

/** A fixture's content is copied here before building, so builds write nothing into tests/fixtures/. */
export const ladderRoot = `${output}/ladder-root`;
export const ladderFixture = `${repoRoot}tests/fixtures/ladder`;
export const level4Root = `${output}/level-4-root`;
export const level4Fixture = `${repoRoot}tests/fixtures/level-4`;

/** Every file under `folder`, as sorted paths relative to it; none if there is no such folder. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

/** The files (relative paths) that one of two folders lacks or that differ in a byte; none when they are equal. */
export function differingFiles(a: string, b: string): string[] {
  const inA = filesUnder(a);
  const inB = filesUnder(b);
  const all = [...new Set([...inA, ...inB])].sort();
  return all.filter(
    (file) =>
      !inA.includes(file) ||
      !inB.includes(file) ||
      !readFileSync(join(a, file)).equals(readFileSync(join(b, file))),
  );
}

/** Whether `content/` is, byte for byte, the Level 4 fixture's: then the two are built once. */
export const contentIsLevel4Fixture =
  differingFiles(join(repoRoot, 'content'), join(level4Fixture, 'content')).length === 0;

export const contentSites: BuiltSite[] = [
  { name: 'content/ at the root', base: '/', dir: `${output}/root`, root: repoRoot, site: testSite },
  { name: 'content/ under /handbook/', base: '/handbook/', dir: `${output}/handbook`, root: repoRoot },
];

export const level4Sites: BuiltSite[] = contentIsLevel4Fixture
  ? contentSites.map((site) => ({
      ...site,
      name: site.name.replace('content/', 'Level 4 fixture (content/)'),
    }))
  : [
      {
        name: 'Level 4 fixture at the root',
        base: '/',
        dir: `${output}/level-4`,
        root: level4Root,
        site: testSite,
      },
      {
        name: 'Level 4 fixture under /handbook/',
        base: '/handbook/',
        dir: `${output}/level-4-handbook`,
        root: level4Root,
      },
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

export const [contentRootSite, contentHandbookSite] = contentSites as [BuiltSite, BuiltSite];
export const [level4RootSite, level4HandbookSite] = level4Sites as [BuiltSite, BuiltSite];
export const [ladderRootSite, ladderHandbookSite] = ladderSites as [BuiltSite, BuiltSite];

export const versionsFixture = `${repoRoot}tests/fixtures/versions`;
/** The releases of the versions fixture, oldest first: each a content root in tests/fixtures/versions/. */
export const versionSteps = ['2026.1', '2026.2', '2026.3'] as const;
export type VersionStep = (typeof versionSteps)[number];

/**
 * The versions fixture as released at `step`, built at `/` (with the test site's address, so feeds and
 * citations are absolute) or under `/handbook/`, as a reader meets it.
 */
export function versionsSite(step: VersionStep, base: '/' | '/handbook/' = '/handbook/'): BuiltSite {
  const name = base === '/' ? step : `${step}-handbook`;
  return {
    name: `the versions fixture at ${step}${base === '/' ? '' : ' under /handbook/'}`,
    base,
    dir: `${output}/versions-${name}`,
    root: `${output}/versions-${step}-root`,
    ...(base === '/' ? { site: testSite } : {}),
  };
}

/** The versions fixture at its last release, built at `/` with the site tests' other fixtures. */
export const versionsRootSite = versionsSite('2026.3', '/');
