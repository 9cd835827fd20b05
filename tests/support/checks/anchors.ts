/**
 * The anchors people paste into promotion documents: every item is `#<id>` exactly once on each page
 * it appears on (its level page, the canonical one, and its section page), every section is anchored
 * on its level page, and no page repeats an id. Everything is derived from the content's model, so
 * it holds for any framework: the product tests run it on the fixtures, the content tests on `content/`.
 */
import { describe, expect, it } from 'vitest';
import { allItems } from '../../../src/pipeline/model/model';
import { readModel } from '../content';
import { page, pagePath, readPages } from '../html';
import type { BuiltSite } from '../sites';

export function describeAnchors(site: BuiltSite): void {
  describe(`anchors, ${site.name}`, () => {
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

    it('anchors every section on its level page', () => {
      for (const level of handbook.levels) {
        const document = page(site, pagePath(level.url)).document;
        for (const section of level.sections) {
          expect(document.querySelectorAll(`[id="${section.anchor}"]`), section.url).toHaveLength(1);
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
}
