/**
 * `npm run bench`: what the handbook costs to build and to read. Prints a table and writes it to
 * BENCHMARKS.md. Times vary by machine; sizes are exact.
 *
 *   build time   median of 3 runs of Astro's build(), for the handbook and for the fixture ladder
 *   page weight  HTML + linked CSS of each page, gzip -9 (what a server sends compressed)
 *   JS on load   scripts Chromium fetches for a page before the reader touches search
 *   search cost  everything fetched after typing "delegate" in the search box
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser';
import { readPages } from '../support/html';
import { serve } from '../support/serve';
import { ladderFixture, repoRoot, type BuiltSite } from '../support/sites';

const site: BuiltSite = {
  name: 'bench',
  base: '/',
  dir: join(repoRoot, 'tests/.output/bench'),
  root: repoRoot,
};
const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const fileAt = (url: string) => readFileSync(join(site.dir, decodeURIComponent(new URL(url).pathname)));

/** Seconds for each of `runs` builds of `built`, fastest first: Astro's build() through tests/support/astro.ts. */
function timeBuilds(built: BuiltSite, runs: number): number[] {
  return Array.from({ length: runs }, () => {
    rmSync(built.dir, { recursive: true, force: true });
    const start = performance.now();
    execFileSync(
      join(repoRoot, 'node_modules/.bin/tsx'),
      ['tests/support/astro.ts', 'build', '--root', built.root, '--out', built.dir],
      { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
    return (performance.now() - start) / 1000;
  }).sort((a, b) => a - b);
}

const ladderBench: BuiltSite = {
  name: 'bench ladder',
  base: '/',
  dir: join(repoRoot, 'tests/.output/bench-ladder'),
  root: join(repoRoot, 'tests/.output/bench-ladder-root'),
};

function pageWeights() {
  return readPages(site)
    .map((page) => {
      const css = page.document
        .querySelectorAll('link[rel="stylesheet"]')
        .map((link) => readFileSync(join(site.dir, link.getAttribute('href') ?? '')));
      const html = Buffer.from(page.html);
      return {
        path: `/${page.path}`,
        raw: html.length + css.reduce((sum, b) => sum + b.length, 0),
        gzip: gzip(html) + css.reduce((sum, b) => sum + gzip(b), 0),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

async function scriptCosts() {
  const server = await serve(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('response', (response) => fetched.push(response.url()));
    await page.goto(`${server.url}levels/4/`, { waitUntil: 'networkidle' });
    // Astro inlines small scripts into the page; count those and any script files fetched.
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    const onLoad = [
      ...inline.map((code) => Buffer.from(code)),
      ...fetched.filter((url) => url.endsWith('.js')).map(fileAt),
    ];
    const before = fetched.length;
    await page.locator('#site-search-input').fill('delegate');
    await page.locator('#site-search-results a').first().waitFor();
    await page.waitForLoadState('networkidle');
    const search = fetched.slice(before).map(fileAt);
    const sum = (files: Buffer[], measure: (b: Buffer) => number) =>
      files.reduce((total, file) => total + measure(file), 0);
    return {
      onLoad: { files: onLoad.length, raw: sum(onLoad, (b) => b.length), gzip: sum(onLoad, gzip) },
      search: { files: search.length, raw: sum(search, (b) => b.length), gzip: sum(search, gzip) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

rmSync(ladderBench.root, { recursive: true, force: true });
cpSync(join(ladderFixture, 'content'), join(ladderBench.root, 'content'), { recursive: true });
const ladderTimes = timeBuilds(ladderBench, 3);
const ladderPages = readPages(ladderBench).length;
const [fastest = 0, median = 0, slowest = 0] = timeBuilds(site, 3);
const weights = pageWeights();
const scripts = await scriptCosts();
const heaviest = weights[0] ?? { path: '-', raw: 0, gzip: 0 };
const lightest = weights.at(-1) ?? heaviest;
const rows = [
  ['pages built', String(weights.length), 'HTML pages in dist/'],
  [
    'handbook build time (median of 3)',
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
    'JS on load (level page)',
    `${kb(scripts.onLoad.gzip)} gzip`,
    `${scripts.onLoad.files} script(s), ${kb(scripts.onLoad.raw)} uncompressed; no Pagefind code`,
  ],
  [
    'first search ("delegate")',
    `${kb(scripts.search.gzip)} gzip`,
    `${scripts.search.files} files fetched on demand, ${kb(scripts.search.raw)} uncompressed`,
  ],
];
const table = [
  '| measure | value | notes |',
  '| --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
const report = `# Benchmarks\n\nWritten by \`npm run bench\` (tests/bench/run.ts) on ${new Date().toISOString().slice(0, 10)}, ${machine}.\nTimes vary by machine; sizes are exact.\n\n${table}\n`;
writeFileSync(join(repoRoot, 'BENCHMARKS.md'), report);
console.log(`\n${table}\n\nwritten to BENCHMARKS.md`);
for (const dir of [site.dir, ladderBench.dir, ladderBench.root])
  rmSync(dir, { recursive: true, force: true });
