/**
 * Citing, in the built HTML: every item, section and level carries its canonical URL (absolute where
 * the site's address is configured), where it is from, and a Copy citation button named after it; old
 * ids and old level pages still land; threads link both ways; and no hidden label sits in the text a
 * reader selects.
 */
import { describe, expect, it } from 'vitest';
import { allItems } from '../../src/pipeline/model/model';
import { readModel } from '../support/content';
import { find, page, pagePath, readPages } from '../support/html';
import { ladderHandbookSite, ladderSites, level4Sites } from '../support/sites';

describe.each([...level4Sites, ...ladderSites])('citations, $name', (site) => {
  const handbook = readModel(site.root);
  const cited = (url: string) =>
    site.site ? new URL(url.slice(1), `${site.site}${site.base}`).href : `${site.base}${url.slice(1)}`;

  it('gives every item its canonical URL, its place and a Copy citation button named after it', () => {
    for (const item of allItems(handbook)) {
      for (const url of [item.url, item.sectionUrl]) {
        const element = find(page(site, pagePath(url)).document, `li[id="${item.id}"]`);
        expect(element.getAttribute('data-cite-url'), url).toBe(cited(item.url));
        expect(element.getAttribute('data-cite-context'), url).toBe(item.context);
        expect(
          element.querySelectorAll('button[data-cite]').map((button) => button.getAttribute('aria-label')),
        ).toEqual([`Copy citation: ${item.text.plain}`]);
        expect(find(element, '.anchor-link').getAttribute('aria-label')).toBe(`Link to: ${item.text.plain}`);
      }
    }
  });

  it('lets every section and level be cited too', () => {
    for (const level of handbook.levels) {
      const document = page(site, pagePath(level.url)).document;
      expect(find(document, 'header[data-cite-url]').getAttribute('data-cite-url')).toBe(cited(level.url));
      for (const section of level.sections) {
        const element = find(document, `section[id="${section.anchor}"]`);
        expect(element.getAttribute('data-cite-url')).toBe(cited(section.url));
        expect(element.querySelector(':scope > .heading-row button[data-cite]')).not.toBeNull();
      }
    }
  });

  it('keeps hidden labels out of the text a reader selects: names are aria-labels, not hidden words', () => {
    for (const built of readPages(site).filter(({ path }) => path.startsWith('levels/'))) {
      expect(
        built.document.querySelectorAll('main li.item .sr-only, main .heading-row .sr-only'),
        built.path,
      ).toEqual([]);
    }
  });

  it('names its canonical address in each page when the site address is configured', () => {
    const canonical = page(site, 'levels/' + (handbook.levels[0]?.id ?? '') + '/').document.querySelector(
      'link[rel="canonical"]',
    );
    if (site.site) expect(canonical?.getAttribute('href')).toBe(cited(handbook.levels[0]?.url ?? ''));
    else expect(canonical).toBeNull();
  });
});

describe.each(level4Sites)('threads in the Level 4 fixture, $name', (site) => {
  it('links each related item, and each item back to the items that name it', () => {
    const level = page(site, 'levels/4/').document;
    const links = (id: string, label: string) =>
      level
        .querySelectorAll(`li[id="${id}"] .threads p`)
        .filter((p) => p.querySelector('.label')?.text === label)
        .flatMap((p) => p.querySelectorAll('a').map((a) => a.getAttribute('href')));
    expect(links('connects-work-to-strategy', 'Related:')).toEqual([
      `${site.base}levels/4/#connect-the-dots`,
      `${site.base}levels/4/#under-communicates-tradeoffs`,
    ]);
    expect(links('under-communicates-tradeoffs', 'Referenced by:')).toEqual([
      `${site.base}levels/4/#connects-work-to-strategy`,
    ]);
  });
});

describe('old links in the fixture ladder', () => {
  const site = ladderHandbookSite;

  it('land on an item through the id it had before, on its level page and its section page', () => {
    for (const path of ['levels/2/', 'levels/2/build-these-habits/']) {
      const former = find(page(site, path).document, '#fixture-habit-decisions');
      expect(former.parentNode?.getAttribute('id'), path).toBe('fixture-habit-two');
    }
  });

  it("redirect a level's former pages, keeping the fragment", () => {
    for (const [from, to] of [
      ['levels/4-ic/', '/handbook/levels/fixture-principal/'],
      ['levels/4-ic/key-behaviors/', '/handbook/levels/fixture-principal/key-behaviors/'],
    ] as const) {
      const moved = page(site, from);
      expect(moved.document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
        `0; url=${to}`,
      );
      expect(moved.document.querySelector('body')?.getAttribute('data-moved-to')).toBe(to);
      expect(moved.html).toMatch(/location\.replace\(\w+ \+ location\.hash\)|location\.hash/);
    }
  });
});
