/**
 * `npm test`: every check, in order, then one summary. Runs them all even when one fails, so a single
 * run shows everything that needs fixing; exits non-zero if any failed.
 *
 *   types    astro check: .astro, .ts and content types, zero errors, warnings and hints
 *   lint     ESLint with typescript-eslint, eslint-plugin-astro and its jsx-a11y rules, zero warnings;
 *            its no-restricted-imports rules keep each stage of src/ to what it may import
 *   cycles   madge: no import cycle in src/, type-only imports included
 *   format   Prettier, check only (`npm run format` writes)
 *   unit     pure logic, with v8 coverage and its thresholds
 *   built    the built site at / and /handbook/
 *   browser  the served site in Chromium
 *   dev      the dev server while content is edited
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
}

const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);
const reports = join(repoRoot, 'tests/.output/reports');
const vitest = (project: string, ...extra: string[]): Step => ({
  name: project,
  report: join(reports, `${project}.json`),
  command: [
    bin('vitest'),
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, `${project}.json`)}`,
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
  vitest('unit', '--coverage'),
  vitest('built'),
  vitest('browser'),
  vitest('dev'),
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
      ? (JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number })
      : undefined;
  return { name: step.name, ok: status === 0, seconds, counts };
});

const passed = results.reduce((sum, result) => sum + (result.counts?.numPassedTests ?? 0), 0);
const failed = results.reduce((sum, result) => sum + (result.counts?.numFailedTests ?? 0), 0);
console.log('\nSummary');
for (const result of results) {
  const tests = result.counts
    ? `${result.counts.numPassedTests} passed, ${result.counts.numFailedTests} failed`
    : '';
  console.log(
    `  ${result.ok ? '✓' : '✗'} ${result.name.padEnd(8)} ${result.seconds.toFixed(1).padStart(6)} s  ${tests}`,
  );
}
const failedSteps = results.filter((result) => !result.ok).map((result) => result.name);
console.log(failedSteps.length ? `\nFailed: ${failedSteps.join(', ')}` : '\nAll checks passed.');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
