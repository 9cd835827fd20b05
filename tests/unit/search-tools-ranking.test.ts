/**
 * A tool's page (the case, a rubric) in search results: one result with its title and purpose, ranked
 * by the words it matches, after the items that match as many (src/client/search-results.ts).
 */
import { describe, expect, it } from 'vitest';
import { itemTitle } from '../../src/client/item-title';
import { pickLinks, type PagefindResultData } from '../../src/client/search-results';

const rubric: PagefindResultData = {
  url: '/levels/4/rubric/',
  excerpt: 'Level 4 rubric. … <mark>promotion</mark> <mark>packet</mark> · self-assessment',
  meta: { title: 'Level 4 rubric', tool: 'Level 4 as a printable rubric and worksheet.' },
  sub_results: [{ title: 'Level 4 rubric', url: '/levels/4/rubric/', excerpt: 'x', locations: [3, 4] }],
};
const item = (words: string, excerpt: string): PagefindResultData => ({
  url: '/levels/4/signals/',
  excerpt,
  meta: { title: 'Signals · Level 4' },
  sub_results: [
    {
      title: itemTitle({ text: words, context: 'Level 4 · Signals', competency: 'craft', weight: 5 }),
      url: '/levels/4/signals/#an-item',
      excerpt,
      locations: [1],
    },
  ],
});
const intro: PagefindResultData = {
  url: '/levels/4/',
  excerpt: 'A <mark>promotion</mark> is …',
  meta: { title: 'Level 4' },
  sub_results: [],
};

describe('a tool page among search results', () => {
  it('is one link: its title, marked where it matched, and what it is for', () => {
    expect(pickLinks([rubric], 8, { query: 'promotion packet' })).toEqual([
      {
        url: '/levels/4/rubric/',
        text: 'Level 4 rubric',
        marks: ['promotion', 'packet'],
        context: 'Level 4 as a printable rubric and worksheet.',
        matched: ['promotion', 'packet'],
      },
    ]);
  });

  it('ranks ahead of items that match fewer of the words, and of pages', () => {
    const fewer = item('Ready for promotion', 'Ready for <mark>promotion</mark>');
    const urls = pickLinks([intro, fewer, rubric], 8, { query: 'promotion packet' }).map((link) => link.url);
    expect(urls).toEqual(['/levels/4/rubric/', '/levels/4/#an-item', '/levels/4/']);
  });

  it('ranks after items that match as many words: an item’s words find the item first', () => {
    const same = item('Writes the promotion packet', 'Writes the <mark>promotion</mark> <mark>packet</mark>');
    const urls = pickLinks([rubric, same], 8, { query: 'promotion packet' }).map((link) => link.url);
    expect(urls).toEqual(['/levels/4/#an-item', '/levels/4/rubric/']);
  });

  it('is left out when results are narrowed to a competency or a scale, as pages are', () => {
    expect(pickLinks([rubric], 8, { query: 'packet', competency: 'craft' })).toEqual([]);
  });
});
