/**
 * Does search find what a reader means? The public relevance set (tests/support/relevance-queries.ts),
 * each query typed in Chromium into the search page's box (one page, loaded once) on the Level 4
 * fixture's built index under /handbook/. What each query of the tuning part means must be in the top
 * three; what a query means must come first for at least 90% of the tuning part and 80% of the
 * held-out part, which was written by someone who had not seen the thesaurus or the expansion, and be
 * in the top three for at least 80% of it. The figures are printed.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind';
import { mentions } from '../../src/pipeline/model/thesaurus';
import { readContentItems } from '../support/content';
import { heldOut } from '../support/relevance-held-out';
import { tuning, type RelevanceQuery } from '../support/relevance-queries';
import { useServedSite } from '../support/served';
import { level4HandbookSite, output } from '../support/sites';

/** The same site indexed without the items' dictionary words: what the expansion is measured against. */
const plainSite = {
  ...level4HandbookSite,
  name: 'Level 4, no dictionary words',
  dir: `${output}/handbook-no-dictionary`,
};
beforeAll(async () => {
  rmSync(plainSite.dir, { recursive: true, force: true });
  cpSync(level4HandbookSite.dir, plainSite.dir, { recursive: true });
  rmSync(join(plainSite.dir, 'pagefind'), { recursive: true, force: true });
  await indexSite(plainSite.dir, { expand: () => [] });
}, 120_000);

const served = useServedSite(level4HandbookSite);
const plain = useServedSite(plainSite);
let page: Page;
/** The rank (1 = first) at which each query found what it means, by part; 0 when not in the results. */
const ranks = { tuning: new Map<string, number>(), heldOut: new Map<string, number>() };

beforeAll(async () => {
  page = await served.browser.newPage();
  await page.goto(`${served.site.url}search/`);
});
afterAll(async () => {
  await page.close();
});

/** What the search page lists once `query` is typed: item ids, or `page:<path>` for a page. */
async function found(query: string, on = page, siteUrl = served.site.url): Promise<string[]> {
  await on.locator('#search-page-input').fill(query);
  const results = on.locator('#search-page-results');
  // The results say which query they are for once they are shown.
  await expect.poll(() => results.getAttribute('data-search-for')).toBe(query);
  const hrefs = await on
    .locator('#search-page-results [data-search-list] a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const base = new URL(siteUrl).pathname;
  return hrefs.map((href) =>
    href.includes('#') ? (href.split('#')[1] ?? href) : `page:/${href.slice(base.length)}`,
  );
}

const rankOf = (ids: readonly string[], { wanted }: RelevanceQuery) => {
  const accepted = typeof wanted === 'string' ? [wanted] : wanted;
  const index = ids.findIndex((id) => accepted.includes(id));
  return index + 1;
};

function figures(part: Map<string, number>) {
  const all = part.size;
  const first = [...part.values()].filter((rank) => rank === 1).length;
  const topThree = [...part.values()].filter((rank) => rank >= 1 && rank <= 3).length;
  const notFirst = [...part].filter(([, rank]) => rank !== 1).map(([query, rank]) => `"${query}" ${rank}`);
  return { all, first, topThree, share: first / all, notFirst };
}

const printed = (name: string, part: Map<string, number>) => {
  const { all, first, topThree, share, notFirst } = figures(part);
  return `${name}: first ${first}/${all} (${Math.round(100 * share)}%), top 3 ${topThree}/${all}; not first: ${notFirst.join(', ') || 'none'}`;
};

describe('relevance', () => {
  const items = readContentItems(level4HandbookSite.root);
  const textOf = (id: string) => items.find((item) => item.id === id && item.level === '4')?.text.plain;

  it('has at least 60 queries, 20 of them held out, each meaning an item that exists', () => {
    expect(tuning.length + heldOut.length).toBeGreaterThanOrEqual(60);
    expect(heldOut.length).toBeGreaterThanOrEqual(20);
    const queries = [...tuning, ...heldOut].map(({ query }) => query.toLowerCase());
    expect(new Set(queries).size, 'each query once').toBe(queries.length);
    for (const { query, wanted } of [...tuning, ...heldOut])
      for (const id of typeof wanted === 'string' ? [wanted] : wanted)
        if (!id.startsWith('page:')) expect(textOf(id), `${query}: ${id}`).toBeDefined();
  });

  it('has reader-word queries whose words are not in their item', () => {
    const readers = tuning.filter(({ kind }) => kind === 'reader words');
    expect(readers.length).toBeGreaterThanOrEqual(8);
    for (const { query, wanted } of readers) {
      for (const id of typeof wanted === 'string' ? [wanted] : wanted)
        for (const word of query.split(/[\s-]+/).filter((word) => word.length > 3))
          expect(mentions(textOf(id) ?? '', word), `${word} in ${id}`).toBe(false);
    }
  });

  describe('tuning', () => {
    it.each(tuning.map((entry) => [entry.query, entry] as const))(
      '"%s" finds what it means in the top three',
      async (query, entry) => {
        const ids = await found(query);
        ranks.tuning.set(query, rankOf(ids, entry));
        expect(rankOf(ids.slice(0, 3), entry), ids.join(', ')).toBeGreaterThan(0);
      },
    );
  });

  // Measured, never tuned on: a miss here is reported in the figures, not fixed query by query.
  it('runs the held-out part', async () => {
    for (const entry of heldOut) ranks.heldOut.set(entry.query, rankOf(await found(entry.query), entry));
    expect(ranks.heldOut.size).toBe(heldOut.length);
  });

  // Precision: the dictionary words may find more, never put a wrong result above a right one.
  it('ranks what each query means no lower than search without the dictionary words does', async () => {
    const without = await served.browser.newPage();
    try {
      await without.goto(`${plain.site.url}search/`);
      const worse: string[] = [];
      const worst = (rank: number) => (rank === 0 ? Infinity : rank);
      for (const entry of [...tuning, ...heldOut]) {
        const rank = rankOf(await found(entry.query, without, plain.site.url), entry);
        const withDictionary = ranks.tuning.get(entry.query) ?? ranks.heldOut.get(entry.query) ?? 0;
        if (worst(withDictionary) > worst(rank)) worse.push(`"${entry.query}" ${rank} → ${withDictionary}`);
      }
      expect(worse).toEqual([]);
    } finally {
      await without.close();
    }
  });

  it('puts what the query means first for 90% of the tuning part and 80% of the held-out part', () => {
    expect(ranks.tuning.size).toBe(tuning.length);
    console.info(`relevance\n  ${printed('tuning', ranks.tuning)}\n  ${printed('held out', ranks.heldOut)}`);
    expect(figures(ranks.tuning).share).toBeGreaterThanOrEqual(0.9);
    expect(figures(ranks.heldOut).share).toBeGreaterThanOrEqual(0.8);
    // The goal is the top three for every held-out query; this keeps what was reached from slipping.
    expect(figures(ranks.heldOut).topThree / heldOut.length).toBeGreaterThanOrEqual(0.8);
  });
});
