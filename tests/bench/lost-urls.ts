/**
 * The bench's row for a flood of content problems: the fixture ladder with 200,000 made-up lost URLs
 * added to its permalink manifest (written into a copy, removed by the bench's `removeCopies()`),
 * compiled as the build compiles it. Before the guard was made n log n this took 155 s; its shape is
 * tested without a clock in tests/content/permalink-scale.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compileContent } from '../../src/pipeline/compile';
import { MANIFEST_FILE } from '../../src/pipeline/content-files';
import { formatProblems } from '../../src/pipeline/problems';
import { copyContent } from '../support/content-copy';
import { ladderFixture, output } from '../support/sites';

const LOST = 200_000;

/** `[measure, value, notes]`: the median of 3 compilations, and how long printing the problems takes. */
export function lostUrlsBench(): string[] {
  const copy = copyContent(ladderFixture, output);
  const manifest = JSON.parse(copy.read(MANIFEST_FILE)) as { about: string; urls: string[] };
  const shapes = [
    (index: number) => `/levels/1/#fixture-gone-${index}`,
    (index: number) => `/levels/2/fixture-craft/#fixture-gone-${index}`,
    (index: number) => `/levels/1/fixture-gone-${index}/`,
    (index: number) => `/compare/1/fixture-gone-${index}/`,
  ];
  for (let index = 0; index < LOST; index += 1)
    manifest.urls.push(shapes[index % shapes.length]?.(index) ?? '');
  manifest.urls.sort();
  writeFileSync(copy.path(MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  let problems = 0;
  let printed = 0;
  const times = Array.from({ length: 3 }, () => {
    const start = performance.now();
    const compiled = compileContent(copy.root);
    problems = compiled.problems.length;
    printed = formatProblems(compiled.problems).split('\n').length;
    return (performance.now() - start) / 1000;
  }).sort((a, b) => a - b);
  return [
    '200,000 lost URLs: check time',
    `${(times[1] ?? 0).toFixed(2)} s`,
    `median of 3 compilations of the fixture ladder with 200,000 lost URLs in its manifest (${problems.toLocaleString('en-US')} problems, printed as ${printed} lines); min ${(times[0] ?? 0).toFixed(2)} s, max ${(times[2] ?? 0).toFixed(2)} s`,
  ];
}
