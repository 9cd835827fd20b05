/**
 * The anchors people paste into promotion documents, on the built fixtures (tests/support/checks/anchors.ts:
 * every item once on its level page and its section page, every section anchored, no id repeated),
 * and what each page gives search: the example searches the content offers, and each item's words,
 * place, weight and hidden search terms on section pages only.
 */
import { describe, expect, it } from 'vitest';
import { allItems } from '../../src/pipeline/model/model';
import { readItemTitle } from '../../src/client/item-title';
import { describeAnchors } from '../support/checks/anchors';
import { readModel } from '../support/content';
import { page, pagePath } from '../support/html';
import { ladderSites, level4Sites } from '../support/sites';

for (const site of [...level4Sites, ...ladderSites]) describeAnchors(site);

describe.each([...level4Sites, ...ladderSites])('search on the pages, $name', (site) => {
  const handbook = readModel(site.root);

  it("suggests, in the home page's search box, searches the content offers, never a framework's words from code", () => {
    const input = page(site, pagePath('/')).document.querySelector('#home-search-input');
    const [first, second] = handbook.searchExamples;
    expect(first, 'both fixtures offer examples').toBeDefined();
    expect(input?.getAttribute('placeholder')).toBe(`e.g. ${[first, second].filter(Boolean).join(', ')}`);
  });

  it('gives search, on section pages only, each item with its words, place, weight and hidden search terms', () => {
    for (const item of allItems(handbook)) {
      const indexed = page(site, pagePath(item.sectionUrl)).document.querySelector(`[id="${item.id}"]`);
      expect(readItemTitle(indexed?.getAttribute('data-pagefind-title') ?? '')).toEqual({
        text: item.text.plain,
        context: item.context,
        competency: item.competency,
        weight: item.searchWeight,
      });
      const terms = indexed?.querySelector('.search-terms');
      if (item.searchTerms.length === 0) expect(terms, item.sectionUrl).toBeNull();
      else {
        expect(terms?.hasAttribute('hidden'), item.sectionUrl).toBe(true);
        for (const term of item.searchTerms) expect(terms?.textContent).toContain(term);
      }
      // The level page is not where search finds items: none of that is sent there.
      const shown = page(site, pagePath(item.url)).document.querySelector(`[id="${item.id}"]`);
      expect(shown?.hasAttribute('data-pagefind-title'), item.url).toBe(false);
      expect(shown?.querySelector('.search-terms'), item.url).toBeNull();
    }
    expect(allItems(handbook).some((item) => item.searchTerms.length > 0)).toBe(true);
  });
});
