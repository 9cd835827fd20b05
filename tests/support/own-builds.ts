/**
 * Sites a browser test builds for itself, apart from the four every site test shares
 * (tests/support/build-sites.ts): each under `/handbook/` in tests/.output/, from a content root there,
 * and reused, as those are, while nothing it is built from has changed (tests/support/site-stamp.ts).
 *
 * - the wide fixture, generated (tests/support/wide-handbook.ts): 8 levels, 10 competencies;
 * - the committed fixture competency matrix (tests/fixtures/matrix/), copied first, so a build writes
 *   nothing into tests/fixtures/.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build-sites';
import { clearStamp, inputsHash, isCurrent, writeStamp } from './site-stamp';
import { output, repoRoot, versionsFixture, versionsSite, type BuiltSite, type VersionStep } from './sites';
import { writeWideHandbook } from './wide-handbook';

/** Builds `site` from the content root `site.root`, unless its last complete build is of the same inputs. */
export async function buildOnce(site: BuiltSite): Promise<BuiltSite> {
  const hash = inputsHash(site, site.root);
  if (!isCurrent(site, hash)) {
    clearStamp(site);
    await buildSite(site);
    writeStamp(site, hash);
  }
  return site;
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

/** Writes the wide fixture and builds it (or reuses its build). */
export function buildWideHandbook(): Promise<BuiltSite> {
  writeWideHandbook(wideSite.root);
  return buildOnce(wideSite);
}

/** Copies the fixture matrix and builds it (or reuses its build). */
export function buildMatrixHandbook(): Promise<BuiltSite> {
  rmSync(matrixSite.root, { recursive: true, force: true });
  cpSync(join(matrixFixture, 'content'), join(matrixSite.root, 'content'), { recursive: true });
  return buildOnce(matrixSite);
}

/** Copies the versions fixture at `step` and builds it (or reuses its build). */
export function buildVersionsHandbook(
  step: VersionStep,
  base: '/' | '/handbook/' = '/handbook/',
): Promise<BuiltSite> {
  const site = versionsSite(step, base);
  rmSync(join(site.root, 'content'), { recursive: true, force: true });
  cpSync(join(versionsFixture, step, 'content'), join(site.root, 'content'), { recursive: true });
  return buildOnce(site);
}
