import { describe, expect, it } from 'vitest';
import { itemTitle, UNWEIGHTED } from '../../src/client/item-title';
import { coverage } from '../../src/client/query-words';
import {
  canonicalItemUrl,
  coversAll,
  mergeResults,
  pickLinks,
  type PagefindResultData,
  type PagefindSubResult,
} from '../../src/client/search-results';
import { defaultSectionKinds } from '../../src/schemas/section-kinds';

const struggles: PagefindResultData = {
  url: '/levels/4/common-struggles/',
  excerpt: 'May struggle to <mark>delegate</mark> ownership',
  meta: { title: 'Common Struggles · Level 4' },
  sub_results: [
    {
      title: 'Common Struggles',
      url: '/levels/4/common-struggles/',
      excerpt: 'Common Struggles',
      locations: [],
    },
    {
      title: 'May struggle to delegate ownership of product details',
      url: '/levels/4/common-struggles/#struggles-to-delegate',
      excerpt: 'May struggle to <mark>delegate</mark> ownership of product details.',
      locations: [4],
    },
    { title: 'Other item', url: '/levels/4/common-struggles/#other', excerpt: 'Other item.', locations: [] },
  ],
};
const level: PagefindResultData = {
  url: '/levels/4/',
  excerpt: 'You help <mark>define</mark> product direction &amp; more.',
  meta: { title: 'Level 4: strategic product partner' },
  sub_results: [{ title: 'Level 4', url: '/levels/4/', excerpt: 'x', locations: [1] }],
};

describe('pickLinks', () => {
  it("lands on the matching item, with the item's own words", () => {
    expect(pickLinks([struggles], 8, { query: 'delegate' })).toEqual([
      {
        url: '/levels/4/#struggles-to-delegate',
        text: 'May struggle to delegate ownership of product details',
        marks: ['delegate'],
        context: 'Common Struggles · Level 4',
        matched: ['delegate'],
      },
    ]);
  });

  it('falls back to the page, under its own title, with its excerpt, when no item matched', () => {
    expect(pickLinks([level], 8, { query: 'define' })).toEqual([
      {
        url: '/levels/4/',
        text: 'Level 4: strategic product partner',
        marks: ['define'],
        context: 'You help define product direction & more.',
        matched: ['define'],
      },
    ]);
  });

  it('puts the items with most hits first, at most three per page, and at most max links', () => {
    const many: PagefindResultData = {
      ...struggles,
      sub_results: [1, 3, 2, 5].map((hits) => ({
        title: `t${hits}`,
        url: `/p/#i${hits}`,
        excerpt: '',
        locations: Array<number>(hits).fill(0),
      })),
    };
    expect(pickLinks([many], 8).map((link) => link.text)).toEqual(['t5', 't3', 't2']);
    expect(pickLinks([many, level], 2)).toHaveLength(2);
  });

  it('keeps items that Pagefind gives no hit locations for, after those it does', () => {
    const unknown: PagefindResultData = {
      ...struggles,
      sub_results: [
        { title: 'no locations', url: '/p/#a', excerpt: '' },
        { title: 'one hit', url: '/p/#b', excerpt: '', locations: [0] },
      ],
    };
    expect(pickLinks([unknown], 8).map((link) => link.text)).toEqual(['one hit', 'no locations']);
  });

  it('uses the URL when a page has no title', () => {
    expect(pickLinks([{ ...level, meta: {} }], 1)[0]?.text).toBe('/levels/4/');
  });
});

describe('canonicalItemUrl', () => {
  it('lands an item found on its section page at its canonical URL on its level page, under any base', () => {
    expect(canonicalItemUrl('/levels/4/common-struggles/#struggles-to-delegate')).toBe(
      '/levels/4/#struggles-to-delegate',
    );
    expect(canonicalItemUrl('/handbook/levels/3-ic/key-behaviors/#x')).toBe('/handbook/levels/3-ic/#x');
  });
  it('leaves pages and level-page anchors alone', () => {
    expect(canonicalItemUrl('/levels/4/')).toBe('/levels/4/');
    expect(canonicalItemUrl('/levels/4/#closing')).toBe('/levels/4/#closing');
  });
});

/** A sub-result for an item of `kind` on Level 4, as Item.astro titles it: weighed as its kind is. */
function item(id: string, kind: string, excerpt: string, extra: Partial<PagefindSubResult> = {}) {
  return {
    title: itemTitle({
      text: `text of ${id}`,
      context: `Level 4 · ${kind}`,
      competency: 'product',
      weight: defaultSectionKinds.find((spec) => spec.id === kind)?.searchWeight ?? 0,
    }),
    url: `/levels/4/${kind}/#${id}`,
    excerpt,
    locations: [1],
    ...extra,
  };
}
const sectionPage = (kind: string, sub_results: PagefindSubResult[]): PagefindResultData => ({
  url: `/levels/4/${kind}/`,
  excerpt: '',
  meta: { title: kind },
  sub_results,
});

describe('coversAll', () => {
  it('is true when a page or one of its parts has every word of the query', () => {
    const both = sectionPage('key-behaviors', [
      item('a', 'key-behaviors', '<mark>customer</mark> <mark>needs</mark>'),
    ]);
    expect(coversAll(pickLinks([both], 30, { query: 'customer needs' }), 'customer needs')).toBe(true);
    expect(
      coversAll(
        pickLinks([{ ...both, excerpt: '<mark>customer</mark> <mark>needs</mark>', sub_results: [] }], 30, {
          query: 'customer needs',
        }),
        'customer needs',
      ),
    ).toBe(true);
  });
  it('is false when Pagefind left out a word it found nowhere', () => {
    const one = sectionPage('common-struggles', [item('a', 'common-struggles', '<mark>delegate</mark>')]);
    expect(coversAll(pickLinks([one], 30, { query: 'delegate xyzzy' }), 'delegate xyzzy')).toBe(false);
    expect(coversAll(pickLinks([], 30, { query: 'delegate' }), 'delegate')).toBe(false);
  });
});

describe('pickLinks ranking', () => {
  const ids = (links: { url: string }[]) => links.map((link) => link.url.split('#')[1] ?? link.url);

  it('puts an item with more of the query words ahead of one with fewer, whatever its kind', () => {
    const results = [
      sectionPage('key-behaviors', [item('customer-only', 'key-behaviors', '<mark>customer</mark> impact')]),
      sectionPage('seek-feedback', [
        item('customer-needs', 'seek-feedback', '<mark>customer</mark> <mark>needs</mark>'),
      ]),
    ];
    expect(ids(pickLinks(results, 8, { query: 'customer needs' }))).toEqual([
      'customer-needs',
      'customer-only',
    ]);
  });

  it('puts a key behavior ahead of a feedback prompt that merely mentions the word', () => {
    const results = [
      sectionPage('seek-feedback', [item('prompt', 'seek-feedback', '<mark>clarity</mark>')]),
      sectionPage('key-behaviors', [item('behavior', 'key-behaviors', '<mark>clarity</mark>')]),
    ];
    expect(ids(pickLinks(results, 8, { query: 'clarity' }))).toEqual(['behavior', 'prompt']);
  });

  it('puts an item ahead of a heading that names the word, and pages after both', () => {
    const heading = {
      title: 'Common Struggles',
      url: '/levels/4/common-struggles/#common-struggles',
      excerpt: 'Common <mark>Struggles</mark>',
      locations: [1, 2],
    };
    const results = [
      sectionPage('common-struggles', [
        heading,
        item('delegate', 'common-struggles', 'May <mark>struggle</mark>'),
      ]),
      level,
    ];
    expect(ids(pickLinks(results, 8, { query: 'struggle' }))).toEqual([
      'delegate',
      'common-struggles',
      '/levels/4/',
    ]);
  });

  it('ranks by the weight each item carries in its title, whatever page it was found on', () => {
    const weighing = (id: string, weight: number) => ({
      ...item(id, 'common-struggles', '<mark>scope</mark>'),
      title: itemTitle({ text: id, context: 'Level 4 · Common Struggles', competency: 'product', weight }),
    });
    const results = [sectionPage('common-struggles', [weighing('light', 2), weighing('heavy', 20)])];
    expect(ids(pickLinks(results, 8, { query: 'scope' }))).toEqual(['heavy', 'light']);
  });

  it('weighs a heading, which carries no weight, as the lightest item', () => {
    const heading = (kind: string, hits: number[]) => ({
      title: kind,
      url: `/levels/4/${kind}/#${kind}`,
      excerpt: `<mark>${kind}</mark>`,
      locations: hits,
    });
    const lightest = Math.min(...defaultSectionKinds.map(({ searchWeight }) => searchWeight));
    expect(UNWEIGHTED).toBe(lightest);
    // Equal weights: the heading with more hits first, then Pagefind's order.
    const results = [
      sectionPage('seek-feedback', [heading('seek-feedback', [1])]),
      sectionPage('key-behaviors', [heading('key-behaviors', [1, 2])]),
      sectionPage('common-struggles', [heading('common-struggles', [1])]),
    ];
    expect(ids(pickLinks(results, 8))).toEqual(['key-behaviors', 'seek-feedback', 'common-struggles']);
  });

  it('gives each item its place, as its title says, and its competency', () => {
    const [first] = pickLinks([sectionPage('key-behaviors', [item('a', 'key-behaviors', 'x')])], 8);
    expect(first).toEqual({
      url: '/levels/4/#a',
      text: 'text of a',
      marks: [],
      context: 'Level 4 · key-behaviors',
      competency: 'product',
      matched: [],
    });
  });

  it("keeps only a competency's items, and no pages, when filtered by it", () => {
    const people = {
      ...item('people-item', 'key-behaviors', 'x'),
      title: itemTitle({ text: 'p', context: 'Level 4 · People', competency: 'people', weight: 9 }),
    };
    const results = [sectionPage('key-behaviors', [item('craft-item', 'key-behaviors', 'x'), people]), level];
    expect(ids(pickLinks(results, 8, { competency: 'people' }))).toEqual(['people-item']);
  });

  it("keeps only items with a scale's value, and no pages, when filtered by the framework's scales", () => {
    const at = (id: string, attributes?: Record<string, string>) => ({
      ...item(id, 'key-behaviors', 'x'),
      title: itemTitle({ text: id, context: 'Fixture 3', competency: 'people', weight: 5, attributes }),
    });
    const results = [
      sectionPage('statements', [
        at('expert', { proficiency: 'Expert' }),
        at('aware', { proficiency: 'Awareness' }),
        at('none'),
      ]),
      level,
    ];
    expect(ids(pickLinks(results, 8, { attributes: { proficiency: 'Expert' } }))).toEqual(['expert']);
    expect(pickLinks(results, 8, { attributes: { proficiency: 'Expert' } })[0]?.attributes).toEqual({
      proficiency: 'Expert',
    });
    expect(
      ids(pickLinks(results, 8, { attributes: { proficiency: 'Expert' }, competency: 'craft' })),
    ).toEqual([]);
    expect(pickLinks(results, 8, { attributes: {} })).toHaveLength(4);
  });
});

describe('mergeResults', () => {
  it('keeps each page once, in the order first found, with every part and every hit', () => {
    const a = sectionPage('key-behaviors', [item('x', 'key-behaviors', '<mark>feedback</mark>')]);
    const b = sectionPage('key-behaviors', [
      item('x', 'key-behaviors', '<mark>questions</mark>', { locations: [7] }),
      item('y', 'key-behaviors', '<mark>questions</mark>'),
    ]);
    const merged = mergeResults([[a, level], [b]]);
    expect(merged.map((data) => data.url)).toEqual(['/levels/4/key-behaviors/', '/levels/4/']);
    const [x, y] = merged[0]?.sub_results ?? [];
    expect(x?.locations).toEqual([1, 7]);
    expect(coverage('feedback questions', x?.excerpt ?? '')).toBe(2);
    expect(y?.url).toBe('/levels/4/key-behaviors/#y');
    // The lists it was given are left as they were.
    expect(a.sub_results).toHaveLength(1);
    expect(a.sub_results[0]?.locations).toEqual([1]);
  });
});
