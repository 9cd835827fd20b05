import { describe, expect, it } from 'vitest';
import { allItems } from '../../src/pipeline/model/model';
import { rubricOf, rubricRefOf, rubricRows } from '../../src/site/rubric';
import { readModel } from '../support/content';
import { ladderFixture, level4Fixture } from '../support/sites';

describe("an item's rubric reference, as the level and section pages show it", () => {
  it('is the reference the rubric gives it, for every item of every level', () => {
    for (const root of [level4Fixture, ladderFixture]) {
      const handbook = readModel(root);
      for (const level of handbook.levels)
        for (const { ref, item } of rubricRows(rubricOf(handbook, level)))
          expect(rubricRefOf(handbook, item), item.url).toBe(ref);
    }
  });

  it('names the Level 4 items as the rubric says them aloud', () => {
    const handbook = readModel(level4Fixture);
    const ref = (id: string) => {
      const item = allItems(handbook).find((candidate) => candidate.id === id && candidate.level === '4');
      if (!item) throw new Error(`no item ${id}`);
      return rubricRefOf(handbook, item);
    };
    expect(ref('anticipates-product-needs')).toBe('KB-1');
    expect(ref('mentors-product-thinking')).toBe('KB-5');
    expect(ref('clarify-the-vision')).toMatch(/^FS-\d$/);
  });

  it('is undefined for an item no rubric lists', () => {
    const handbook = readModel(ladderFixture);
    expect(rubricRefOf(handbook, { id: 'no-such-item', level: '1' })).toBeUndefined();
    expect(rubricRefOf(handbook, { id: 'no-such-item', level: 'no-such-level' })).toBeUndefined();
  });
});
