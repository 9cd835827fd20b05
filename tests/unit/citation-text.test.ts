/** The plain-text citation (src/client/citation.ts): what `text/plain` holds, read where nothing is rendered. */
import { describe, expect, it } from 'vitest';
import { citationText, type Cited } from '../../src/client/citation';

const cited: Cited = {
  words: { plain: 'Anticipates fixture needs', html: 'Anticipates <em>fixture</em> needs' },
  url: 'https://h.example/levels/4/#anticipates',
  context: 'Fixture Level 4 · Fixture Key Behaviors',
};

describe('a plain-text citation', () => {
  it('gives the words in quotes, where they are from, and the link, with no Markdown', () => {
    expect(citationText(cited)).toBe(
      '“Anticipates fixture needs” (Fixture Level 4 · Fixture Key Behaviors) https://h.example/levels/4/#anticipates',
    );
  });

  it('names the version, and its link carries it', () => {
    expect(citationText({ ...cited, version: '2026.3' })).toBe(
      '“Anticipates fixture needs” (Fixture Level 4 · Fixture Key Behaviors · version 2026.3) https://h.example/levels/4/?v=2026.3#anticipates',
    );
  });

  it('cites a level, which names itself, with its version alone', () => {
    expect(
      citationText({
        words: { plain: 'Fixture Level 2', html: '' },
        url: 'https://h.example/levels/2/',
        context: '',
        version: '1.0',
      }),
    ).toBe('“Fixture Level 2” (version 1.0) https://h.example/levels/2/?v=1.0');
    expect(
      citationText({ words: { plain: 'Fixture Level 2', html: '' }, url: '/levels/2/', context: '' }),
    ).toBe('“Fixture Level 2” /levels/2/');
  });

  it('puts sub-points one per line, numbered, and keeps Markdown characters as they are', () => {
    expect(
      citationText({
        ...cited,
        words: { plain: 'Ships *fixture* [v2]\n  now', html: '' },
        subpoints: [
          { plain: 'First fixture point', html: '' },
          { plain: 'Second  fixture\npoint', html: '' },
        ],
      }).split('\n'),
    ).toEqual([
      '“Ships *fixture* [v2] now” (Fixture Level 4 · Fixture Key Behaviors) https://h.example/levels/4/#anticipates',
      '1. First fixture point',
      '2. Second fixture point',
    ]);
  });
});
