/**
 * The bench's search section: generated handbooks of about 100, 500 and 2,000 pages (levels shaped
 * like Level 4, from tests/support/generated-handbook.ts), each built once; on the largest, the
 * Pagefind index, what a first query fetches, and keystroke-to-results latency in Chromium.
 */
import { globSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { writeGeneratedHandbook } from '../support/generated-handbook';
import { serve } from '../support/serve';
import { output, type BuiltSite } from '../support/sites';
import { kb, scriptCosts, timeBuilds } from './measure';

/** Levels per generated handbook: each level makes 12 pages (level, rubric, 9 sections, a compare page), plus 2 more. */
const sizes = [8, 42, 166];
/** The first query on a fresh page, while Pagefind loads: reported apart, as "cold". */
const coldQuery = 'feedback';
/** Words a reader might try, from the Level 4 fixture's text and its thesaurus.yaml. */
const queries = [
  'delegate',
  'tradeoffs',
  'stakeholder',
  'roadmap',
  'push back',
  'prioritize',
  'decisions',
  'mentor',
  'coaching',
  'customer',
  'strategy',
  'alignment',
  'technical debt',
  'promotion',
  'risk',
  'ambiguous',
  'user goals',
  'collaboration',
  'vision',
  'quality',
  // Round 2: a misspelling (corrected, with the vocabulary fetched), a question, a dictionary word.
  'stratgic',
  'how do I delegate better',
  'assign',
];
/** Milliseconds between keystrokes: a quick typist. */
const TYPING_DELAY = 100;

const generated = (levels: number): BuiltSite => ({
  name: `generated handbook of ${levels} levels`,
  base: '/',
  dir: `${output}/bench-generated-${levels}`,
  root: `${output}/bench-generated-${levels}-root`,
});

interface Recorded {
  inputs: { value: string; at: number }[];
  /** Each change of the results: their summary, and the query they say they are for. */
  renders: { text: string; for: string; at: number }[];
}
/** The page's window, with what `recorder` keeps (a type only: page functions cannot share code). */
type BenchWindow = Window & { benchSearch: Recorded };

/**
 * Runs in the page before its own scripts: records each `input` event of the header search box and
 * each change of its results summary, with performance.now(). A string, so the bundler's helpers stay out.
 */
const recorder = `
  window.benchSearch = { inputs: [], renders: [] };
  document.addEventListener('input', (event) => {
    if (event.target.id === 'site-search-input')
      window.benchSearch.inputs.push({ value: event.target.value, at: performance.now() });
  }, true);
  document.addEventListener('DOMContentLoaded', () => {
    const results = document.querySelector('#site-search-results');
    const summary = results.querySelector('[data-search-summary]');
    new MutationObserver(() =>
      window.benchSearch.renders.push({
        text: summary.textContent,
        for: results.dataset.searchFor,
        at: performance.now(),
      }),
    ).observe(results, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['data-search-for'] });
  });
`;

/** Types `query` into the header box (focusing it); resolves with ms from its first and its last keystroke to its results. */
async function typeAndTime(page: Page, query: string): Promise<{ first: number; last: number }> {
  const from = await page.evaluate(() => (window as unknown as BenchWindow).benchSearch.inputs.length);
  await page.locator('#site-search-input').pressSequentially(query, { delay: TYPING_DELAY });
  const timing = await page.waitForFunction(
    ({ query, from }) => {
      const { inputs, renders } = (window as unknown as BenchWindow).benchSearch;
      const typed = inputs.slice(from);
      const last = typed.findLast((input) => input.value === query);
      const shown = renders.find((render) => last && render.at >= last.at && render.for === query);
      return shown && last && typed[0] && { first: shown.at - typed[0].at, last: shown.at - last.at };
    },
    { query, from },
  );
  return (await timing.jsonValue()) as { first: number; last: number };
}

/** Keystroke-to-results latency on the level page of `built`: the cold first query, then each of `queries`. */
async function latency(built: BuiltSite, path: string) {
  const server = await serve(built);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.addInitScript(recorder);
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    const cold = await typeAndTime(page, coldQuery);
    const warm: number[] = [];
    for (const query of queries) {
      await page.locator('#site-search-input').fill('');
      await page.waitForTimeout(300);
      warm.push((await typeAndTime(page, query)).last);
    }
    return { cold, warm: warm.sort((a, b) => a - b) };
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (value: number) => `${Math.round(value)} ms`;
const median = (sorted: number[]) =>
  ((sorted[Math.floor((sorted.length - 1) / 2)] ?? 0) + (sorted[Math.ceil((sorted.length - 1) / 2)] ?? 0)) /
  2;
/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) => sorted[Math.ceil((p / 100) * sorted.length) - 1] ?? 0;

/** Builds each generated handbook and measures the largest; returns the table's rows. Deletes what it wrote. */
export async function searchBench(): Promise<string[][]> {
  const rows: string[][] = [];
  const sites = sizes.map(generated);
  try {
    for (const [index, site] of sites.entries()) {
      const levels = sizes[index] ?? 0;
      writeGeneratedHandbook(site.root, levels);
      const [seconds = 0] = timeBuilds(site, 1);
      const pages = globSync('**/*.html', { cwd: site.dir }).length;
      rows.push([
        `generated handbook build, ${pages} pages`,
        `${seconds.toFixed(2)} s`,
        `${((seconds * 1000) / pages).toFixed(1)} ms per page; ${levels} levels shaped like Level 4, one build`,
      ]);
      if (index < sites.length - 1) rmSync(site.dir, { recursive: true, force: true });
    }
    const largest = sites.at(-1);
    if (!largest) return rows;
    const pages = globSync('**/*.html', { cwd: largest.dir }).length;
    const index = globSync('pagefind/**/*', { cwd: largest.dir, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    const indexBytes = index.reduce(
      (sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size,
      0,
    );
    const costs = await scriptCosts(largest, 'levels/g1/');
    const timing = await latency(largest, 'levels/g1/');
    rows.push(
      [`search index, ${pages} pages`, kb(indexBytes), `${index.length} files in pagefind/`],
      [
        `search vocabulary, ${pages} pages`,
        `${kb(gzipSync(readFileSync(join(largest.dir, 'search/words.json')), { level: 9 }).length)} gzip`,
        '/search/words.json: fetched only by a query with a word no result has, or a result found through its search terms',
      ],
      [
        `Pagefind fetched before search is used, ${pages} pages`,
        String(costs.pagefindOnLoad),
        'pagefind/ URLs Chromium fetched loading a level page, before the search box is touched',
      ],
      [
        `first search ("delegate"), ${pages} pages`,
        `${kb(costs.search.gzip)} gzip`,
        `${costs.search.files} files fetched on demand, ${kb(costs.search.raw)} uncompressed`,
      ],
      [
        `search latency, ${pages} pages (median of ${timing.warm.length})`,
        ms(median(timing.warm)),
        `p95 ${ms(percentile(timing.warm, 95))}; last keystroke's input event to the results summary, Chromium, ${TYPING_DELAY} ms between keystrokes, ${timing.warm.length} different queries`,
      ],
      [
        `first query, cold, ${pages} pages`,
        ms(timing.cold.last),
        `"${coldQuery}" typed on a fresh page, Pagefind loading from the first keystroke (focus); ${ms(timing.cold.first)} from the first keystroke, of which ${(coldQuery.length - 1) * TYPING_DELAY} ms typing`,
      ],
    );
    return rows;
  } finally {
    for (const site of sites) {
      for (const dir of [site.dir, site.root]) rmSync(dir, { recursive: true, force: true });
    }
  }
}
