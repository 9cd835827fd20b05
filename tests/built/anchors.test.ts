/**
 * The anchors people paste into promotion documents: every item is `#<id>` exactly once on each page
 * it appears on (its level page, the canonical one, and its section page), every section is anchored
 * on its level page, and no page repeats an id. For the real handbook and the fixture ladder.
 */
import { describe, expect, it } from 'vitest';
import { allItems } from '../../src/pipeline/model/model';
import { readItemTitle } from '../../src/client/item-title';
import { readModel } from '../support/content';
import { page, pagePath, readPages } from '../support/html';
import { ladderSites, sites } from '../support/sites';

describe.each([...sites, ...ladderSites])('anchors, $name', (site) => {
  const handbook = readModel(site.root);

  it('gives every item exactly one anchor on its level page and on its section page', () => {
    const items = allItems(handbook);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      for (const url of [item.url, item.sectionUrl]) {
        const matches = page(site, pagePath(url)).document.querySelectorAll(`[id="${item.id}"]`);
        expect(matches.length, url).toBe(1);
        expect(matches[0]?.querySelector(`a[href="#${item.id}"]`), `anchor link of ${url}`).toBeTruthy();
      }
    }
  });

  it("suggests, in the home page's search box, searches the content offers, never a framework's words from code", () => {
    const input = page(site, pagePath('/')).document.querySelector('#home-search-input');
    const [first, second] = handbook.searchExamples;
    expect(first, 'the fixture and the handbook both offer examples').toBeDefined();
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

  it('anchors every section on its level page', () => {
    for (const level of handbook.levels) {
      const document = page(site, pagePath(level.url)).document;
      for (const section of level.sections) {
        expect(document.querySelectorAll(`section[id="${section.anchor}"]`), section.url).toHaveLength(1);
      }
    }
  });

  it('repeats no id on any page', () => {
    for (const built of readPages(site)) {
      const ids = built.document.querySelectorAll('[id]').map((element) => element.id);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        built.path,
      ).toEqual([]);
    }
  });
});
