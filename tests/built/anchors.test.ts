/**
 * The anchors people paste into promotion documents: every item is `#<id>` exactly once on each page
 * it appears on (its level page and its section page), and no page repeats an id.
 */
import { describe, expect, it } from 'vitest';
import { sectionKinds } from '../../src/schemas/content';
import { page, readPages } from '../support/html';
import { sites } from '../support/sites';
import { readContentItems } from '../support/content';

const items = readContentItems();

describe.each(sites)('anchors, $name', (site) => {
  it('gives every item exactly one anchor on its level page and on its section page', () => {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      for (const path of [`levels/${item.level}/`, `levels/${item.level}/${item.section}/`]) {
        const matches = page(site, path).document.querySelectorAll(`[id="${item.id}"]`);
        expect(matches.length, `#${item.id} on ${path}`).toBe(1);
        expect(matches[0]?.getAttribute('data-pagefind-title'), `#${item.id} on ${path}`).toBeTruthy();
        expect(matches[0]?.querySelector(`a[href="#${item.id}"]`), `anchor link of #${item.id}`).toBeTruthy();
      }
    }
  });

  it('anchors every section on its level page', () => {
    const level = page(site, 'levels/4/').document;
    for (const kind of sectionKinds) expect(level.querySelectorAll(`section[id="${kind}"]`)).toHaveLength(1);
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
