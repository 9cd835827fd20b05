/**
 * The pages as search indexes them (src/integrations/pagefind.ts): each item with its dictionary
 * words, hidden and weighted below its own; dashes between words spaced so Pagefind reads two words;
 * and nothing else of the page changed.
 */
import { describe, expect, it } from 'vitest';
import { itemTitle } from '../../src/client/item-title';
import { EXPANSION_WEIGHTS, indexedPage, spacedDashes, withExpansion } from '../../src/integrations/pagefind';
import type { ExpansionTerm } from '../../src/pipeline/search/expansion';

const title = (text: string) =>
  itemTitle({ text, context: 'Fixture Level · Key Behaviors', competency: 'craft', weight: 5 }).replace(
    /"/g,
    '&quot;',
  );
const page = (...items: string[]) =>
  `<html lang="en"><body><main data-pagefind-body><h1 data-pagefind-title="Fixture">Fixture</h1><ul>${items
    .map((text, index) => `<li id="item-${index}" data-pagefind-title="${title(text)}">${text}</li>`)
    .join('')}</ul></main></body></html>`;
const expand = (text: string): ExpansionTerm[] => [
  { term: `${text.split(' ')[0]?.toLowerCase()}-synonym`.replace('-', ''), tier: 'synonym', source: 'x' },
  { term: 'glossword', tier: 'gloss', source: 'x' },
];

describe('withExpansion', () => {
  it("adds each item's dictionary words at its end, one hidden span per tier, weighted below its own", () => {
    const html = withExpansion(page('Delegates fixture work', 'Mentors fixture people'), expand);
    expect(html).toContain(
      `Delegates fixture work<span hidden data-pagefind-weight="${EXPANSION_WEIGHTS.synonym}"> delegatessynonym </span><span hidden data-pagefind-weight="${EXPANSION_WEIGHTS.gloss}"> glossword </span></li>`,
    );
    expect(html).toContain('Mentors fixture people<span hidden');
    expect(EXPANSION_WEIGHTS.synonym).toBeLessThan(0.8);
    expect(EXPANSION_WEIGHTS.gloss).toBeLessThan(EXPANSION_WEIGHTS.synonym);
  });

  it('leaves a heading, an item without dictionary words and a page without items as they are', () => {
    expect(withExpansion(page('Fixture'), () => [])).toBe(page('Fixture'));
    const plain = '<html><body><p>Fixture page.</p></body></html>';
    expect(withExpansion(plain, expand)).toBe(plain);
    expect(withExpansion(page('Fixture'), expand)).not.toContain('Fixture</h1><span');
  });

  it('leaves out a tier with no words', () => {
    const html = withExpansion(page('Fixture'), () => [{ term: 'only', tier: 'gloss', source: 'x' }]);
    expect(html).toContain(
      `<span hidden data-pagefind-weight="${EXPANSION_WEIGHTS.gloss}"> only </span></li>`,
    );
    expect(html).not.toContain(`data-pagefind-weight="${EXPANSION_WEIGHTS.synonym}"`);
  });

  it('adds nothing to an element whose closing tag it cannot find where the parser says', () => {
    const unclosed = `<ul><li data-pagefind-title="${title('Fixture')}">Fixture</ul>`;
    expect(withExpansion(unclosed, expand)).toBe(unclosed);
  });
});

describe('spacedDashes', () => {
  it('spaces dashes and slashes between words in text, never in attributes', () => {
    expect(spacedDashes('<p title="a—b">clarity—and how–why and/or</p>')).toBe(
      '<p title="a—b">clarity — and how – why and / or</p>',
    );
    expect(spacedDashes('<p>a — b, self-made</p>')).toBe('<p>a — b, self-made</p>');
  });
});

describe('indexedPage', () => {
  it('spaces dashes and adds the dictionary words', () => {
    const html = indexedPage(page('Fixture clarity—and more'), expand);
    expect(html).toContain('Fixture clarity — and more<span hidden');
    expect(html).toContain('&quot;Fixture clarity—and more&quot;');
  });
});
