/** "Edit this page" and "Suggest an edit": addresses in the source repository, none without one. */
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, editPageUrl, shorten, suggestEditUrl, suggestionBody } from '../../src/site/edit-links';

const repository = 'https://github.com/org/handbook';

describe('editPageUrl', () => {
  it('opens the file in the web editor on the branch', () => {
    expect(editPageUrl(repository, 'main', 'content/levels/level-4.mdx')).toBe(
      'https://github.com/org/handbook/edit/main/content/levels/level-4.mdx',
    );
    expect(editPageUrl(`${repository}/`, 'release/1', 'content/sections/a b/x.mdx')).toBe(
      'https://github.com/org/handbook/edit/release%2F1/content/sections/a%20b/x.mdx',
    );
  });

  it('is nothing without a repository', () => {
    expect(editPageUrl('', 'main', 'content/levels/level-4.mdx')).toBeUndefined();
  });
});

describe('shorten', () => {
  it('keeps short words and cuts long ones at a word with an ellipsis', () => {
    expect(shorten('a  short\ntitle', 20)).toBe('a short title');
    const cut = shorten('one two three four five six seven', 16);
    expect(cut).toBe('one two three…');
    expect(cut.length).toBeLessThanOrEqual(16);
  });
});

const suggested = {
  cited: 'Key Behaviors, Level 4',
  url: 'https://handbook.example/levels/4/#key-behaviors',
  version: '2026.3',
  words: ['kb-one: Does the first thing.', 'kb-two: Does the second thing.'],
};

describe('suggestEditUrl', () => {
  it('opens a new issue titled with the citation, the words, version and link in its body', () => {
    const url = new URL(suggestEditUrl(repository, suggested) ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/org/handbook/issues/new');
    expect(url.searchParams.get('title')).toBe('Suggest an edit: Key Behaviors, Level 4');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('Link: https://handbook.example/levels/4/#key-behaviors');
    expect(body).toContain('Framework version: 2026.3');
    expect(body).toContain('> kb-one: Does the first thing.');
    expect(body).toContain('> kb-two: Does the second thing.');
  });

  it('names no version where the framework has none', () => {
    expect(suggestionBody({ ...suggested, version: undefined })).not.toContain('Framework version');
  });

  it('shortens a long title', () => {
    const url = new URL(suggestEditUrl(repository, { ...suggested, cited: 'word '.repeat(40) }) ?? '');
    const title = url.searchParams.get('title') ?? '';
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title.endsWith('…')).toBe(true);
  });

  it('keeps the body within its limit, saying how many words it left out', () => {
    const words = Array.from({ length: 200 }, (_, index) => `id-${index}: ${'long words '.repeat(10)}`);
    const body = suggestionBody({ ...suggested, words });
    expect(encodeURIComponent(body).length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body).toMatch(/…and \d+ more/);
    expect(body).toContain('> id-0:');
  });

  it('is nothing without a repository', () => {
    expect(suggestEditUrl('', suggested)).toBeUndefined();
  });
});
