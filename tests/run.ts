/**
 * `npm test`: every check, in order, then one summary. Runs them all even when one fails, so a single
 * run shows everything that needs fixing; exits non-zero if any failed.
 *
 *   types     astro check: .astro, .ts and content types, zero errors, warnings and hints
 *   lint      ESLint with typescript-eslint, eslint-plugin-astro and its jsx-a11y rules, zero warnings;
 *             its no-restricted-imports rules keep each stage of src/ to what it may import
 *   cycles    madge: no import cycle in src/, type-only imports included
 *   format    Prettier, check only (`npm run format` writes)
 *   unit      pure logic (tests/unit/) and the content pipeline on fixture files (tests/content/), run
 *             together for v8 coverage and its thresholds; the summary counts each apart
 *   handbook  the content tests: whatever content/ holds, compiled, built at / and /handbook/, its
 *             links, anchors, budgets, permalinks, axe on every page (tests/handbook/)
 *   built     the fixtures (Level 4, the ladder) built at / and /handbook/
 *   browser   the fixtures served in Chromium
 *   dev       the dev server while the fixture ladder's content is edited
 *   adopter   a copy of the project with a fixture framework as content/: the content tests pass there
 *
 * The test steps are product tests, on fixtures only, but `handbook`, which runs on content/. While
 * content/ is the Level 4 fixture, `handbook`, `built` and `browser` share one build of it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from './support/sites';

interface Step {
  name: string;
  command: string[];
  /** For test steps: where vitest writes its JSON report, to count tests. */
  report?: string;
  /** For test steps: the vitest projects it runs, each counted apart when there are several. */
  projects?: string[];
}

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { status: string }[] }[];
}

const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);
const reports = join(repoRoot, 'tests/.output/reports');
const vitest = (projects: string[], ...extra: string[]): Step => ({
  name: projects[0] ?? '',
  projects,
  report: join(reports, `${projects[0]}.json`),
  command: [
    bin('vitest'),
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, `${projects[0]}.json`)}`,
    ...extra,
  ],
});

const steps: Step[] = [
  { name: 'types', command: [bin('astro'), 'check', '--minimumFailingSeverity', 'warning'] },
  {
    name: 'lint',
    command: [bin('eslint'), '--max-warnings', '0', '.'],
  },
  {
    name: 'cycles',
    command: [bin('madge'), '--circular', '--extensions', 'ts', '--ts-config', 'tsconfig.json', 'src'],
  },
  { name: 'format', command: [bin('prettier'), '--check', '.'] },
  // One run, so coverage counts what the content tests reach too.
  vitest(['unit', 'content'], '--coverage'),
  vitest(['handbook']),
  vitest(['built']),
  vitest(['browser']),
  vitest(['dev']),
  vitest(['adopter']),
];

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const results = steps.map((step) => {
  console.log(`\n▶ ${step.name}: ${step.command.map((part) => part.replace(repoRoot, '')).join(' ')}\n`);
  const start = performance.now();
  const { status } = spawnSync(step.command[0] ?? '', step.command.slice(1), {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  const seconds = (performance.now() - start) / 1000;
  const counts =
    step.report && existsSync(step.report)
      ? (JSON.parse(readFileSync(step.report, 'utf8')) as Report)
      : undefined;
  return { name: step.name, ok: status === 0, seconds, counts, split: counts && split(step, counts) };
});

/** For a step of several projects: tests passed in each, by the folder its files are in (`tests/content/`). */
function split(step: Step, report: Report): string {
  if ((step.projects?.length ?? 0) < 2) return '';
  const passedIn = (project: string) =>
    report.testResults
      .filter((file) => file.name.startsWith(join(repoRoot, 'tests', project, '/')))
      .reduce(
        (sum, file) => sum + file.assertionResults.filter((test) => test.status === 'passed').length,
        0,
      );
  return ` (${(step.projects ?? []).map((project) => `${project} ${passedIn(project)}`).join(', ')})`;
}

const passed = results.reduce((sum, result) => sum + (result.counts?.numPassedTests ?? 0), 0);
const failed = results.reduce((sum, result) => sum + (result.counts?.numFailedTests ?? 0), 0);
console.log('\nSummary');
for (const result of results) {
  const tests = result.counts
    ? `${result.counts.numPassedTests} passed, ${result.counts.numFailedTests} failed${result.split ?? ''}`
    : '';
  console.log(
    `  ${result.ok ? '✓' : '✗'} ${result.name.padEnd(9)} ${result.seconds.toFixed(1).padStart(6)} s  ${tests}`,
  );
}
const failedSteps = results.filter((result) => !result.ok).map((result) => result.name);
console.log(failedSteps.length ? `\nFailed: ${failedSteps.join(', ')}` : '\nAll checks passed.');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
