/**
 * Does search find what a reader means? Queries a reader would type, each with the item it means,
 * typed in Chromium into the search page's box (one page, loaded once) on the Level 4 fixture's built
 * index under /handbook/. Some use the framework's own words; others only the reader's ("push back",
 * "coaching"), whose words are not in the item at all: those find it through its thesaurus.yaml.
 * The wanted item must be in the top three every time, and first for at least 90% of the queries.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentions } from '../../src/pipeline/model/thesaurus';
import { readContentItems } from '../support/content';
import { useServedSite } from '../support/served';
import { level4HandbookSite } from '../support/sites';

/** Queries in the framework's words: [query, the id of the item it means]. */
const ownWords: [string, string][] = [
  ['delegate', 'struggles-to-delegate'],
  ['tradeoffs', 'under-communicates-tradeoffs'],
  ['anticipates needs', 'anticipates-product-needs'],
  ['product strategy', 'connects-work-to-strategy'],
  ['ambiguous', 'structures-ambiguous-discussions'],
  ['feasibility', 'ambition-versus-feasibility'],
  ['complex input', 'turns-input-into-work'],
  ['assumptions still true', 'questions-assumptions'],
  ['engineering influence vision', 'questions-engineering-influence'],
  ['diverse perspectives', 'synthesize-perspectives'],
  ['documentation', 'fill-direction-gaps'],
  ['strategic voice', 'strategic-voice'],
  ['empathy', 'raises-the-bar'],
  ['connect the dots', 'connect-the-dots'],
  ['product sense', 'lead-with-product-sense'],
  ['usability', 'advocate-product-health'],
  ['ignoring risks', 'feedback-ignored-risks'],
  ['why and how well', 'influences-what-why-how'],
  ['product fluency', 'uplifts-others'],
  ['customer needs', 'feedback-customer-alignment'],
];

/** Queries in the reader's words only, none of them in the item's text. */
const readersWords: [string, string][] = [
  ['push back', 'challenges-unclear-direction'],
  ['coaching', 'mentors-product-thinking'],
  ['tech debt', 'advocate-product-health'],
  ['technical debt', 'advocate-product-health'],
  ['prioritize', 'drives-clarity'],
  ['promotion', 'strategic-voice'],
  ['cross-functional', 'influences-direction'],
  ['quality', 'raises-the-bar'],
  ['stakeholders', 'influences-direction'],
  ['roadmap', 'connects-work-to-strategy'],
  ['proactive', 'anticipates-product-needs'],
  ['initiative', 'anticipates-product-needs'],
  ['big picture', 'connect-the-dots'],
  ['ux', 'advocate-product-health'],
];

const served = useServedSite(level4HandbookSite);
let page: Page;
/** The rank (1 = first) at which each query found its item; 0 when it did not find it. */
const ranks = new Map<string, number>();

beforeAll(async () => {
  page = await served.browser.newPage();
  await page.goto(`${served.site.url}search/`);
});
afterAll(async () => {
  await page.close();
});

/** The ids of the items the search page lists, in order, once `query` is typed into its box. */
async function found(query: string): Promise<string[]> {
  await page.locator('#search-page-input').fill(query);
  // The summary quotes the query whole, so it names this query and not the one before.
  const summary = page.locator('#search-page-results [data-search-summary]');
  await expect.poll(() => summary.textContent()).toContain(`“${query}”`);
  const hrefs = await page
    .locator('#search-page-results [data-search-list] a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('#')[1] ?? href);
}

describe('relevance', () => {
  const items = readContentItems(level4HandbookSite.root);
  const textOf = (id: string) => items.find((item) => item.id === id && item.level === '4')?.text.plain;

  it('names items that exist, and reader-word queries whose words are not in their item', () => {
    for (const [, id] of [...ownWords, ...readersWords]) expect(textOf(id), id).toBeDefined();
    for (const [query, id] of readersWords) {
      for (const word of query.split(/[\s-]+/))
        expect(mentions(textOf(id) ?? '', word), `${word} in ${id}`).toBe(false);
    }
    expect(ownWords.length + readersWords.length).toBeGreaterThanOrEqual(25);
    expect(readersWords.length).toBeGreaterThanOrEqual(8);
  });

  it.each([...ownWords, ...readersWords])('"%s" finds %s in the top three', async (query, id) => {
    const ids = await found(query);
    ranks.set(query, ids.indexOf(id) + 1);
    expect(ids.slice(0, 3), ids.join(', ')).toContain(id);
  });

  it('puts the wanted item first for at least 90% of the queries', () => {
    const all = ownWords.length + readersWords.length;
    expect(ranks.size).toBe(all);
    const first = [...ranks.values()].filter((rank) => rank === 1).length;
    const topThree = [...ranks.values()].filter((rank) => rank >= 1 && rank <= 3).length;
    const notFirst = [...ranks].filter(([, rank]) => rank !== 1).map(([query, rank]) => `"${query}" ${rank}`);
    console.info(
      `relevance: first ${first}/${all} (${Math.round((100 * first) / all)}%), top 3 ${topThree}/${all}; not first: ${notFirst.join(', ') || 'none'}`,
    );
    expect(first / all).toBeGreaterThanOrEqual(0.9);
  });
});
