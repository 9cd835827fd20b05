import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import {
  citeAttributes,
  citeSelectors,
  citeSubpointAttributes,
  citeWordsAttributes,
  readCited,
  type CiteTarget,
} from '../../src/client/cite-attributes';
import { escapeHtml } from '../../src/client/citation';
import { citeAttributesFor } from '../../src/site/cite';

/** An element as a page writes it: the attributes on it, and optionally its words inside. */
function element(attributes: Record<string, string>, inner = '') {
  const written = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const root = parse(`<li${written}>${inner} <button data-cite></button></li>`);
  const host = root.querySelector(citeSelectors.host);
  if (!host) throw new Error('no cited element');
  return host;
}

const words = (html: string) =>
  `<span${Object.keys(citeWordsAttributes())
    .map((name) => ` ${name}`)
    .join('')}>${html}</span>`;

describe('the attributes of a cited element', () => {
  it('round-trip: what a page writes, the scripts read as the same citation', () => {
    const target: CiteTarget = { url: '/levels/4/#clarify-the-vision', context: 'Level 4 · Key Behaviors' };
    const host = element(citeAttributes(target), words('Clarify the <em>vision</em>'));
    expect(readCited(host, 'https://handbook.example/levels/4/rubric/')).toEqual({
      words: { plain: 'Clarify the vision', html: 'Clarify the <em>vision</em>' },
      url: 'https://handbook.example/levels/4/#clarify-the-vision',
      context: 'Level 4 · Key Behaviors',
    });
  });

  it("carry an item's sub-points, in order, apart from its words", () => {
    const point = (html: string) =>
      `<li${Object.keys(citeSubpointAttributes())
        .map((name) => ` ${name}`)
        .join('')}>${html}</li>`;
    const host = element(
      citeAttributes({ url: '/levels/f/#a', context: 'Fixture' }),
      `${words('Designs <em>fixture</em> systems')}<ol>${point('Writes it down')}${point('Shares it')}</ol>`,
    );
    expect(readCited(host, 'https://handbook.example/')).toEqual({
      words: { plain: 'Designs fixture systems', html: 'Designs <em>fixture</em> systems' },
      subpoints: [
        { plain: 'Writes it down', html: 'Writes it down' },
        { plain: 'Shares it', html: 'Shares it' },
      ],
      url: 'https://handbook.example/levels/f/#a',
      context: 'Fixture',
    });
  });

  it('cite an element by its text when no element inside holds its words, escaped for HTML', () => {
    const host = element(citeAttributes({ url: '/levels/4/', text: 'Level 4: Partner & <lead>' }));
    expect(readCited(host, 'https://handbook.example/')).toEqual({
      words: { plain: 'Level 4: Partner & <lead>', html: 'Level 4: Partner &amp; &lt;lead&gt;' },
      url: 'https://handbook.example/levels/4/',
      context: '',
    });
  });

  it('write only what the citation has: no context for a level, no text where words are marked', () => {
    expect(citeAttributes({ url: '/levels/4/' })).toEqual({ 'data-cite-url': '/levels/4/' });
    expect(Object.keys(citeAttributes({ url: '/x/', context: 'Level 4' }))).toEqual([
      'data-cite-url',
      'data-cite-context',
    ]);
  });

  it('keep an absolute URL as it is', () => {
    const host = element(citeAttributes({ url: 'https://handbook.example/levels/4/#a' }), words('A'));
    expect(readCited(host, 'http://localhost:4321/handbook/').url).toBe(
      'https://handbook.example/levels/4/#a',
    );
  });

  it('are found by the selectors the scripts use', () => {
    const host = element(citeAttributes({ url: '/levels/4/' }), words('A'));
    expect(host.querySelector(citeSelectors.words)?.textContent).toBe('A');
    expect(host.querySelector(citeSelectors.button)).not.toBeNull();
  });
});

describe('citeAttributesFor', () => {
  it('makes the URL absolute when the site is configured', () => {
    expect(
      citeAttributesFor({ url: '/levels/4/#a', context: 'Level 4' }, 'https://handbook.example'),
    ).toEqual({
      'data-cite-url': `https://handbook.example${import.meta.env.BASE_URL.replace(/\/$/, '')}/levels/4/#a`,
      'data-cite-context': 'Level 4',
    });
  });

  it("keeps the base path when it is not, for the page to resolve against the reader's address", () => {
    expect(citeAttributesFor({ url: '/levels/4/', text: 'Level 4' }, undefined)).toEqual({
      'data-cite-url': `${import.meta.env.BASE_URL.replace(/\/$/, '')}/levels/4/`,
      'data-cite-text': 'Level 4',
    });
  });
});
