/**
 * Sites a browser test builds for itself, apart from the four every site test shares
 * (tests/support/build-sites.ts): each under `/handbook/` in tests/.output/, from a content root there,
 * and reused, as those are, while nothing it is built from has changed (tests/support/site-stamp.ts);
 * one worker at a time writes and builds each, so two test files that need one site never race.
 *
 * - the wide fixture, generated (tests/support/wide-handbook.ts): 8 levels, 10 competencies;
 * - the committed fixture competency matrix (tests/fixtures/matrix/), copied first, so a build writes
 *   nothing into tests/fixtures/.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite } from './build-sites';
import { clearStamp, inputsHash, isCurrent, writeStamp } from './site-stamp';
import {
  contentIsLevel4Fixture,
  level4Fixture,
  level4HandbookSite,
  output,
  repoRoot,
  versionsFixture,
  versionsSite,
  type BuiltSite,
  type VersionStep,
} from './sites';
import { writeWideHandbook } from './wide-handbook';

/** A lock older than this was left by a run that died: it is taken over. */
const STALE_LOCK_MS = 10 * 60_000;

/**
 * Runs `work` holding a lock on `site` (a folder beside its output, made atomically), so two test
 * files in two workers never write one content root or build one site at the same time: the second
 * waits, then finds the build current and reuses it.
 */
async function withLock<Result>(site: BuiltSite, work: () => Promise<Result>): Promise<Result> {
  const lock = `${site.dir}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Writes `site`'s content root (`prepare`) and builds it, unless its last complete build is of the
 * same inputs; one worker at a time. Where the root is a copy of a fixture (`source`, a folder
 * holding `content/`), the inputs are the fixture's, and a current build's root is left as it is:
 * another worker may be reading it (a test reads the model of the site it serves).
 */
export function buildOnce(
  site: BuiltSite,
  prepare: () => void = () => undefined,
  source?: string,
  stage: () => void = () => undefined,
): Promise<BuiltSite> {
  return withLock(site, async () => {
    stage();
    if (source === undefined) prepare();
    const hash = inputsHash(site, source ?? site.root);
    if (isCurrent(site, hash) && existsSync(join(site.root, 'content'))) return site;
    if (source !== undefined) prepare();
    clearStamp(site);
    await buildSite(site);
    writeStamp(site, hash);
    return site;
  });
}

export const wideSite: BuiltSite = {
  name: 'the wide fixture',
  base: '/handbook/',
  dir: `${output}/wide-handbook`,
  root: `${output}/wide-root`,
};

export const matrixFixture = `${repoRoot}tests/fixtures/matrix`;
export const matrixSite: BuiltSite = {
  name: 'the fixture matrix',
  base: '/handbook/',
  dir: `${output}/matrix-handbook`,
  root: `${output}/matrix-root`,
};

/**
 * Writes the wide fixture and builds it (or reuses its build). It is written beside its root first,
 * and takes the root's place only when it differs from what was built.
 */
export function buildWideHandbook(): Promise<BuiltSite> {
  const staged = `${wideSite.root}.next`;
  return buildOnce(
    wideSite,
    () => {
      rmSync(wideSite.root, { recursive: true, force: true });
      renameSync(staged, wideSite.root);
    },
    staged,
    () => writeWideHandbook(staged),
  );
}

/** Copies the fixture matrix and builds it (or reuses its build). */
export function buildMatrixHandbook(): Promise<BuiltSite> {
  return buildOnce(
    matrixSite,
    () => {
      rmSync(matrixSite.root, { recursive: true, force: true });
      cpSync(join(matrixFixture, 'content'), join(matrixSite.root, 'content'), { recursive: true });
    },
    matrixFixture,
  );
}

/** Copies the versions fixture at `step` and builds it (or reuses its build). */
export function buildVersionsHandbook(
  step: VersionStep,
  base: '/' | '/handbook/' = '/handbook/',
): Promise<BuiltSite> {
  const site = versionsSite(step, base);
  return buildOnce(
    site,
    () => {
      rmSync(join(site.root, 'content'), { recursive: true, force: true });
      cpSync(join(versionsFixture, step, 'content'), join(site.root, 'content'), { recursive: true });
    },
    join(versionsFixture, step),
  );
}

/** The Level 4 handbook built with a source repository (HANDBOOK_REPOSITORY, HANDBOOK_BRANCH): edit links. */
export const repositorySite: BuiltSite = {
  name: 'the Level 4 fixture with a repository',
  base: '/handbook/',
  dir: `${output}/level-4-repository`,
  root: level4HandbookSite.root,
  repository: 'https://github.com/fixture-org/fixture-handbook',
  branch: 'fixture-branch',
};

/** Builds the Level 4 handbook with a repository (or reuses its build). */
export function buildRepositoryHandbook(): Promise<BuiltSite> {
  return buildOnce(repositorySite, () => undefined, contentIsLevel4Fixture ? repoRoot : level4Fixture);
}
