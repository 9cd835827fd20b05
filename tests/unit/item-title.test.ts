import { describe, expect, it } from 'vitest';
import { itemTitle, readItemTitle } from '../../src/client/item-title';

describe('itemTitle and readItemTitle', () => {
  it("carry an item's words, place, competency and weight through Pagefind's title", () => {
    const title = {
      text: 'Mentors "others"',
      context: 'Level 4 · Key Behaviors',
      competency: 'product',
      weight: 9,
    };
    expect(readItemTitle(itemTitle(title))).toEqual(title);
  });
  it('carry its values on the scales search filters by, and write none when it has none', () => {
    const title = {
      text: 'T',
      context: 'F',
      competency: 'c',
      weight: 1,
      attributes: { proficiency: 'Expert' },
    };
    expect(readItemTitle(itemTitle(title))).toEqual(title);
    expect(itemTitle({ ...title, attributes: {} })).not.toContain('attributes');
  });
  it('read no weight from a title whose weight is not a number', () => {
    expect(readItemTitle('{"text": "t", "context": "c", "weight": "9"}')).toEqual({
      text: 't',
      context: 'c',
    });
  });
  it('read any other title (a heading, a page) as its text', () => {
    expect(readItemTitle('Common Struggles')).toEqual({ text: 'Common Struggles' });
    expect(readItemTitle('{"not": "an item"}')).toEqual({ text: '{"not": "an item"}' });
    expect(readItemTitle('42')).toEqual({ text: '42' });
  });
});
