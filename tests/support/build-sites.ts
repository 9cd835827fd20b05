/**
 * Global setup of the product site tests (`built`, `browser`): builds the fixture handbooks, the
 * Level 4 fixture and the fixture ladder (at `/` and under `/handbook/`) and the versions fixture at its
 * last release (at `/`), with Astro's own `build()` (through tests/support/astro.ts),
 * once for each base path, exactly as a maintainer would. The two build side by side; each one's two
 * bases build one after the other, since they share a root and its caches. The content tests build
 * `content/` with tests/support/build-content-sites.ts, through the same `buildChanged()`.
 *
 * A build is reused while nothing it is built from has changed (tests/support/site-stamp.ts), so
 * `npm test` builds each site once for all its projects, and not at all when run again on the same
 * sources; while `content/` is the Level 4 fixture, the two are one build (tests/support/sites.ts).
 * `HANDBOOK_REBUILD=1` builds them afresh.
 */
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { clearStamp, inputsHash, isCurrent, writeStamp } from './site-stamp';
import {
  contentIsLevel4Fixture,
  ladderFixture,
  ladderRoot,
  ladderSites,
  level4Fixture,
  level4Root,
  level4Sites,
  repoRoot,
  versionsFixture,
  versionsRootSite,
  type BuiltSite,
} from './sites';

/**
 * The environment a maintainer's terminal has: without what Vitest sets in its workers (`VITEST*`,
 * `NODE_ENV=test`, and `BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR`, which would become the build's
 * `import.meta.env`: a build started from a test would link every page at `/` whatever its base).
 */
function maintainersEnvironment(): NodeJS.ProcessEnv {
  const vitest = /^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitest.test(name)));
}

/** Runs `astro build` for `site` in a child process, as a maintainer would; resolves with its exit code and output. */
export function runBuild(site: BuiltSite): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['tests/support/astro.ts', 'build', '--root', site.root, '--base', site.base, '--out', site.dir],
    {
      cwd: repoRoot,
      env: {
        ...maintainersEnvironment(),
        ASTRO_TELEMETRY_DISABLED: '1',
        HANDBOOK_SITE: site.site ?? '',
        HANDBOOK_REPOSITORY: site.repository ?? '',
        HANDBOOK_BRANCH: site.branch ?? '',
      },
    },
  );
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output: log })));
}

/** Builds `site` afresh; rejects with Astro's own output when the build fails. */
export async function buildSite(site: BuiltSite): Promise<void> {
  rmSync(site.dir, { recursive: true, force: true });
  const { code, output } = await runBuild(site);
  if (code !== 0) throw new Error(`Building ${site.name} failed:\n${output}`);
}

/** Builds those of `list` whose last complete build is not of `contentFrom`'s current content and code. */
export async function buildChanged(list: readonly BuiltSite[], contentFrom: string) {
  const stale = list
    .map((site) => ({ site, hash: inputsHash(site, contentFrom) }))
    .filter(({ site, hash }) => !isCurrent(site, hash));
  for (const { site, hash } of stale) {
    clearStamp(site);
    await buildSite(site);
    writeStamp(site, hash);
  }
  const reused = list.filter((site) => !stale.some((built) => built.site === site));
  if (reused.length)
    console.log(`Reusing the unchanged builds ${reused.map((site) => site.name).join(', ')}.`);
}

/** A fixture's content copied into `root`, so builds write nothing into tests/fixtures/; tests read the copy too. */
function copyFixture(fixture: string, root: string) {
  rmSync(root, { recursive: true, force: true });
  cpSync(join(fixture, 'content'), join(root, 'content'), { recursive: true });
}

export default async function buildFixtureSites(): Promise<void> {
  copyFixture(ladderFixture, ladderRoot);
  // While content/ is the Level 4 fixture, its sites are content/'s own, built from the project root.
  if (!contentIsLevel4Fixture) copyFixture(level4Fixture, level4Root);
  const versions = join(versionsFixture, '2026.3');
  copyFixture(versions, versionsRootSite.root);
  await Promise.all([
    buildChanged(level4Sites, contentIsLevel4Fixture ? repoRoot : level4Fixture),
    buildChanged(ladderSites, ladderFixture).then(() => buildChanged([versionsRootSite], versions)),
  ]);
}
