/**
 * An adopter replaces content/ with their own framework, and `npm test` must pass on it. This does
 * that to a copy of the project: every file git knows in it (tracked, or new and not ignored) copied
 * into tests/.output/adopter-clone/, node_modules linked, content/ replaced by a fixture framework's.
 * The content tests (`vitest run --project handbook`) then run there, builds and Chromium included,
 * and must pass on the fixture's pages. The clone's own tests/.output/ is kept between runs, so its
 * builds are reused while nothing they are built from changed, as in the project.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { readModel } from '../support/content';
import { output, repoRoot } from '../support/sites';

/**
 * The framework the adopter brings, named once: the fixture competency matrix, shaped like a real one
 * (declared kinds and scales, sub-points, UUID ids, a fork, nine competencies, no roles).
 */
const adopterFixture = `${repoRoot}tests/fixtures/matrix`;

const clone = `${output}/adopter-clone`;
const report = join(clone, 'tests/.output/reports/handbook.json');

/** What vitest puts in a worker's environment, beside its VITEST_* variables. */
const vitestSets = new Set(['TEST', 'NODE_ENV', 'FORCE_TTY', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

/**
 * The project's files as git knows them (tracked, or new and not ignored), relative to the root: all
 * but content/, and but the CI machinery (.ci/, .github/), which runs tests and needs none of its own.
 */
function projectFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (listed.status !== 0)
    throw new Error(`the adopter test copies the files git lists, in a git checkout: ${listed.stderr}`);
  return listed.stdout
    .split('\0')
    .filter((file) => file && !/^(content|\.ci|\.github)\//.test(file) && existsSync(join(repoRoot, file)));
}

/** Makes the clone afresh, keeping only its tests/.output/ (its stamped builds). */
function makeClone(): void {
  if (existsSync(clone)) {
    for (const entry of readdirSync(clone)) {
      if (entry !== 'tests') rmSync(join(clone, entry), { recursive: true, force: true });
    }
    for (const entry of existsSync(join(clone, 'tests')) ? readdirSync(join(clone, 'tests')) : []) {
      if (entry !== '.output') rmSync(join(clone, 'tests', entry), { recursive: true, force: true });
    }
  }
  for (const file of projectFiles()) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    copyFileSync(join(repoRoot, file), join(clone, file));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');
  cpSync(join(adopterFixture, 'content'), join(clone, 'content'), { recursive: true });
}

/** Runs the content tests in the clone, on the Node running this test; resolves with the exit code and output. */
function runContentTests(): Promise<{ code: number | null; log: string }> {
  rmSync(report, { force: true });
  // The nested run is a fresh vitest, as from a shell: without what vitest sets in this worker (its own
  // variables, and import.meta.env's, whose BASE_URL=/ would become the base of the clone's builds).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vitestSets.has(key) && !key.startsWith('VITEST')),
  );
  // Tools it starts find this Node first.
  env['PATH'] = [dirname(process.execPath), env['PATH']].join(delimiter);
  const child = spawn(
    process.execPath,
    [
      join(clone, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--project',
      'handbook',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: clone, env },
  );
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, log })));
}

it("passes the content tests with a fixture framework as content/, on that framework's pages", async () => {
  makeClone();
  const { code, log } = await runContentTests();
  expect(code, log.slice(-6000)).toBe(0);
  const results = JSON.parse(readFileSync(report, 'utf8')) as Report;
  const titles = results.testResults.flatMap((file) => file.assertionResults.map((test) => test.fullName));
  console.log(
    `adopter: the content tests passed on ${adopterFixture.slice(repoRoot.length)}: ${results.numPassedTests} passed, ${results.numFailedTests} failed`,
  );
  expect(results.numFailedTests).toBe(0);
  // They ran on the fixture's own pages: axe saw every level page of it, and nothing of Level 4's.
  for (const level of readModel(adopterFixture).levels) {
    expect(
      titles.filter((title) => title.endsWith(`violation on ${level.url}`)),
      level.url,
    ).toHaveLength(2);
  }
  expect(titles.filter((title) => title.includes('Level 4 fidelity'))).toEqual([]);
});
