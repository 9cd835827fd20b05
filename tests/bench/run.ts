/**
 * `npm run bench`: what the handbook costs to build and to read. Prints a table and writes it to
 * BENCHMARKS.md. Times vary by machine; sizes are exact.
 *
 *   build time   median of 3 runs of Astro's build(), for the Level 4 fixture, the fixture ladder and the fixture matrix
 *   page weight  HTML + linked CSS of each page, gzip -9 (what a server sends compressed)
 *   JS on load   scripts Chromium fetches for a page before the reader touches search
 *   search cost  everything fetched after typing "delegate" in the search box
 *   the case     five items picked, then the case page: what it fetches, when it is ready, copying it (tests/bench/case.ts)
 *   lost URLs    checking the fixture ladder with 200,000 lost URLs in its manifest (tests/bench/lost-urls.ts)
 *   history      the changelog of 20 releases of 2,000 items, and since-the-first-release data (tests/bench/releases.ts)
 *
 * Every handbook it measures is a fixture, never `content/`: the Level 4 fixture
 * (tests/fixtures/level-4/), the fixture ladder, and for its search section (tests/bench/search.ts) generated handbooks
 * (tests/support/generated-handbook.ts: copies of the Level 4 fixture's level in a temporary content
 * root under tests/.output/, deleted afterwards) of about 100, 500 and 2,000 pages, built once each;
 * on the 2,000-page one it measures, in Chromium:
 *
 *   build time per page   seconds of one build over the HTML pages it wrote, at each size
 *   search index          bytes and files of pagefind/ in the output
 *   Pagefind before use   pagefind/ URLs fetched loading a level page, before the box is touched: 0
 *   first search          everything fetched after typing "delegate", gzip and raw, and file count
 *   search latency        for 20 queries typed a key at a time: from the last keystroke's input event
 *                         to the results summary naming the query (performance.now() in the page);
 *                         median and p95, after a first query on a fresh page, reported as "cold"
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { copyContent, removeCopies } from '../support/content-copy';
import { readPages } from '../support/html';
import { ladderFixture, level4Fixture, output, repoRoot, type BuiltSite } from '../support/sites';
import { gzip, kb, scriptCosts, timeBuilds } from './measure';
import { caseBench } from './case';
import { lostUrlsBench } from './lost-urls';
import { releasesBench } from './releases';
import { searchBench } from './search';

const started = performance.now();
// Other work on the machine slows builds and search: the report says how busy it was at the start.
const [load = 0] = loadavg();
const site: BuiltSite = {
  name: 'bench',
  base: '/',
  dir: join(repoRoot, 'tests/.output/bench'),
  // Copies of the fixtures' content inside the project, so builds write nothing into tests/fixtures/.
  root: copyContent(level4Fixture, output).root,
};

const ladderBench: BuiltSite = {
  name: 'bench ladder',
  base: '/',
  dir: join(repoRoot, 'tests/.output/bench-ladder'),
  root: copyContent(ladderFixture, output).root,
};

const matrixBench: BuiltSite = {
  name: 'bench matrix',
  base: '/',
  dir: join(repoRoot, 'tests/.output/bench-matrix'),
  root: copyContent(join(repoRoot, 'tests/fixtures/matrix'), output).root,
};

function pageWeights(built: BuiltSite = site) {
  return readPages(built)
    .map((page) => {
      const css = page.document
        .querySelectorAll('link[rel="stylesheet"]')
        .map((link) => readFileSync(join(built.dir, link.getAttribute('href') ?? '')));
      const html = Buffer.from(page.html);
      return {
        path: `/${page.path}`,
        raw: html.length + css.reduce((sum, b) => sum + b.length, 0),
        gzip: gzip(html) + css.reduce((sum, b) => sum + gzip(b), 0),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

const ladderTimes = timeBuilds(ladderBench, 3);
const ladderPages = readPages(ladderBench).length;
const matrixTimes = timeBuilds(matrixBench, 3);
const matrixWeights = pageWeights(matrixBench);
const matrixHeaviest = matrixWeights[0] ?? { path: '-', raw: 0, gzip: 0 };
const [fastest = 0, median = 0, slowest = 0] = timeBuilds(site, 3);
const weights = pageWeights();
const scripts = await scriptCosts(site, 'levels/4/');
const caseRows = await caseBench(site);
const heaviest = weights[0] ?? { path: '-', raw: 0, gzip: 0 };
const lightest = weights.at(-1) ?? heaviest;
const rows = [
  ['pages built', String(weights.length), 'HTML pages in dist/'],
  [
    'Level 4 fixture build time (median of 3)',
    `${median.toFixed(2)} s`,
    `min ${fastest.toFixed(2)} s, max ${slowest.toFixed(2)} s; Astro's build() from tests/support/astro.ts, Node start-up and Pagefind included`,
  ],
  [
    'heaviest page, HTML + CSS',
    `${kb(heaviest.gzip)} gzip`,
    `${heaviest.path}, ${kb(heaviest.raw)} uncompressed`,
  ],
  ['lightest page, HTML + CSS', `${kb(lightest.gzip)} gzip`, lightest.path],
  [
    'fixture ladder build time (median of 3)',
    `${(ladderTimes[1] ?? 0).toFixed(2)} s`,
    `${ladderPages} pages: 5 levels, 2 competencies, 4 compare pages; min ${(ladderTimes[0] ?? 0).toFixed(2)} s, max ${(ladderTimes[2] ?? 0).toFixed(2)} s`,
  ],
  [
    'fixture matrix build time (median of 3)',
    `${(matrixTimes[1] ?? 0).toFixed(2)} s`,
    `${matrixWeights.length} pages: 8 levels, 9 competencies, 72 statements, one declared kind; min ${(matrixTimes[0] ?? 0).toFixed(2)} s, max ${(matrixTimes[2] ?? 0).toFixed(2)} s`,
  ],
  [
    'fixture matrix heaviest page, HTML + CSS',
    `${kb(matrixHeaviest.gzip)} gzip`,
    `${matrixHeaviest.path}, ${kb(matrixHeaviest.raw)} uncompressed`,
  ],
  [
    'JS on load (level page)',
    `${kb(scripts.onLoad.gzip)} gzip`,
    `${scripts.onLoad.files} script(s), ${kb(scripts.onLoad.raw)} uncompressed; ${scripts.pagefindOnLoad === 0 ? 'no Pagefind code' : `${scripts.pagefindOnLoad} Pagefind file(s)!`}`,
  ],
  [
    'first search ("delegate")',
    `${kb(scripts.search.gzip)} gzip`,
    `${scripts.search.files} files fetched on demand, ${kb(scripts.search.raw)} uncompressed`,
  ],
  ...caseRows,
  lostUrlsBench(),
  ...releasesBench(),
  ...(await searchBench()),
];
const table = [
  '| measure | value | notes |',
  '| --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'} (load average ${load.toFixed(1)} at the start), Node ${process.version}`;
const runtime = `${((performance.now() - started) / 60_000).toFixed(1)} min`;
const report = `# Benchmarks\n\nWritten by \`npm run bench\` (tests/bench/run.ts) on ${new Date().toISOString().slice(0, 10)}, ${machine}, in ${runtime}.\nTimes vary by machine; sizes are exact.\n\n${table}\n`;
writeFileSync(join(repoRoot, 'BENCHMARKS.md'), report);
console.log(`\n${table}\n\nwritten to BENCHMARKS.md; the bench took ${runtime}`);
for (const dir of [site.dir, ladderBench.dir, matrixBench.dir]) rmSync(dir, { recursive: true, force: true });
removeCopies();
