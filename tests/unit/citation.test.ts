import { describe, expect, it } from 'vitest';
import {
  citationHtml,
  citationMarkdown,
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownUrl,
} from '../../src/client/citation';

const cited = {
  words: {
    plain: 'Anticipates product needs and advocates for solutions before they’re requested',
    html: 'Anticipates product needs and advocates for solutions before they’re requested',
  },
  url: 'https://handbook.example/levels/4/#anticipates-product-needs',
  context: 'Level 4 · Key Behaviors',
};

describe('a citation', () => {
  it('links the words to the canonical URL and says where they are from, in Markdown', () => {
    expect(citationMarkdown(cited)).toBe(
      '[Anticipates product needs and advocates for solutions before they’re requested](https://handbook.example/levels/4/#anticipates-product-needs) (Level 4 · Key Behaviors)',
    );
  });

  it('does the same in HTML for rich-text editors, keeping the emphasis of the words', () => {
    const html = citationHtml({
      ...cited,
      words: {
        plain: 'You influence not just what gets built',
        html: 'You influence not just <em>what</em> gets built',
      },
    });
    expect(html).toBe(
      '<a href="https://handbook.example/levels/4/#anticipates-product-needs">You influence not just <em>what</em> gets built</a> (Level 4 · Key Behaviors)',
    );
  });

  it('names a level by its words alone, without a context', () => {
    const level = {
      words: { plain: 'Level 4: strategic product partner', html: 'Level 4: strategic product partner' },
      url: 'https://h.example/levels/4/',
      context: '',
    };
    expect(citationMarkdown(level)).toBe('[Level 4: strategic product partner](https://h.example/levels/4/)');
    expect(citationHtml(level)).toBe(
      '<a href="https://h.example/levels/4/">Level 4: strategic product partner</a>',
    );
  });

  it("lists an item's sub-points after it, one numbered line each, in Markdown and HTML", () => {
    const withPoints = {
      ...cited,
      subpoints: [
        { plain: 'Writes the  fixture\n down', html: 'Writes the <em>fixture</em> down' },
        { plain: '3 reviews a week', html: '3 reviews a week' },
      ],
    };
    expect(citationMarkdown(withPoints).split('\n')).toEqual([
      citationMarkdown(cited),
      '1. Writes the fixture down',
      '2. 3 reviews a week',
    ]);
    expect(citationHtml(withPoints)).toBe(
      `${citationHtml(cited)}<ol><li>Writes the <em>fixture</em> down</li><li>3 reviews a week</li></ol>`,
    );
  });

  it('joins words broken over lines', () => {
    expect(citationMarkdown({ ...cited, words: { plain: '  Clarify\n  the vision ', html: 'x' } })).toMatch(
      /^\[Clarify the vision\]/,
    );
  });
});

describe('escaping', () => {
  it('keeps Markdown from reading *, _, [, ], <, &, ` and \\ in the words as markup', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> & `g` \\h')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\& \\`g\\` \\\\h',
    );
    expect(
      citationMarkdown({ ...cited, words: { plain: 'Ship [v2] *now*', html: '' }, context: 'R&D · <Ops>' }),
    ).toBe(
      '[Ship \\[v2\\] \\*now\\*](https://handbook.example/levels/4/#anticipates-product-needs) (R\\&D · \\<Ops\\>)',
    );
  });

  it('keeps quotes, <, > and & from breaking the HTML, in attributes and text', () => {
    expect(escapeHtml(`"a" & 'b' <c>`)).toBe('&quot;a&quot; &amp; &#39;b&#39; &lt;c&gt;');
    expect(citationHtml({ ...cited, url: 'https://x.example/?a="1"&b=2', context: 'Q&A · "Feedback"' })).toBe(
      `<a href="https://x.example/?a=&quot;1&quot;&amp;b=2">${cited.words.html}</a> (Q&amp;A · &quot;Feedback&quot;)`,
    );
  });

  it('keeps spaces and parentheses in a URL from ending the Markdown link', () => {
    expect(escapeMarkdownUrl('https://x.example/a b/(c)')).toBe('https://x.example/a%20b/%28c%29');
  });
});
