import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { citationHtml, citationMarkdown, versionedUrl } from '../../src/client/citation';
import { citeAttributes, citeWordsAttributes, readCited } from '../../src/client/cite-attributes';
import { pageAttributes, readPage } from '../../src/client/page-attributes';

const cited = {
  words: { plain: 'Ships fixture widgets', html: 'Ships <em>fixture</em> widgets' },
  url: 'https://h.example/levels/2/#ships-widgets',
  context: 'Level 2 · Key Behaviors',
  version: '2026.3',
};

describe('versionedUrl', () => {
  it('puts v in the query, before the fragment', () => {
    expect(versionedUrl('https://h.example/levels/2/#ships-widgets', '2026.3')).toBe(
      'https://h.example/levels/2/?v=2026.3#ships-widgets',
    );
    expect(versionedUrl('/handbook/levels/2/', '2026.3')).toBe('/handbook/levels/2/?v=2026.3');
  });

  it('keeps any other query, and replaces a v it had', () => {
    expect(versionedUrl('https://h.example/levels/2/?a=1&v=2025.1&b=x%20y#id', '2026.3')).toBe(
      'https://h.example/levels/2/?a=1&b=x%20y&v=2026.3#id',
    );
    expect(versionedUrl('/x/?vv=1#id', '1')).toBe('/x/?vv=1&v=1#id');
  });

  it('encodes a version that is not plain', () => {
    expect(versionedUrl('/x/', '1.0.0+build 2')).toBe('/x/?v=1.0.0%2Bbuild%202');
  });

  it('leaves the URL alone without a version', () => {
    expect(versionedUrl('https://h.example/levels/2/?a=1#id', undefined)).toBe(
      'https://h.example/levels/2/?a=1#id',
    );
  });
});

describe('a citation of a version', () => {
  it('names the version after where the words are from, and links to that version, in Markdown', () => {
    expect(citationMarkdown(cited)).toBe(
      '[Ships fixture widgets](https://h.example/levels/2/?v=2026.3#ships-widgets) (Level 2 · Key Behaviors · version 2026.3)',
    );
  });

  it('does the same in HTML', () => {
    expect(citationHtml(cited)).toBe(
      '<a href="https://h.example/levels/2/?v=2026.3#ships-widgets">Ships <em>fixture</em> widgets</a> (Level 2 · Key Behaviors · version 2026.3)',
    );
  });

  it('names the version alone for a level, which has no context', () => {
    const level = {
      ...cited,
      words: { plain: 'Level 2', html: 'Level 2' },
      url: 'https://h.example/levels/2/',
      context: '',
    };
    expect(citationMarkdown(level)).toBe('[Level 2](https://h.example/levels/2/?v=2026.3) (version 2026.3)');
    expect(citationHtml(level)).toBe(
      '<a href="https://h.example/levels/2/?v=2026.3">Level 2</a> (version 2026.3)',
    );
  });

  it('keeps sub-points after the versioned line', () => {
    const lines = citationMarkdown({ ...cited, subpoints: [{ plain: 'One', html: 'One' }] }).split('\n');
    expect(lines).toEqual([citationMarkdown(cited), '1. One']);
  });

  it('is unchanged from an unversioned citation when the framework names no version', () => {
    const plain = { words: cited.words, url: cited.url, context: cited.context };
    expect(citationMarkdown({ ...plain, version: undefined })).toBe(citationMarkdown(plain));
    expect(citationMarkdown(plain)).not.toContain('version');
    expect(citationHtml(plain)).not.toContain('?v=');
  });
});

describe("the page's version, as the copy reads it", () => {
  it('is written on <html> and read back with the cited element, into the citation', () => {
    const html = `<html${Object.entries(pageAttributes({ version: '2026.3', level: '2', base: '/handbook/' }))
      .map(([name, value]) => ` ${name}="${value}"`)
      .join(
        '',
      )}><body><li data-cite-url="${citeAttributes({ url: '/handbook/levels/2/#ships-widgets' })['data-cite-url']}"><span ${Object.keys(citeWordsAttributes())[0]}>Ships widgets</span></li></body></html>`;
    const document = parse(html);
    const root = document.querySelector('html');
    const host = document.querySelector('[data-cite-url]');
    if (!root || !host) throw new Error('no page');
    const page = readPage(root);
    expect(page).toEqual({ version: '2026.3', level: '2', base: '/handbook/' });
    expect(citationMarkdown(readCited(host, 'https://h.example/handbook/levels/2/', page.version))).toBe(
      '[Ships widgets](https://h.example/handbook/levels/2/?v=2026.3#ships-widgets) (version 2026.3)',
    );
  });

  it('is absent, with the level, where the page has none', () => {
    expect(pageAttributes({ base: '/' })).toEqual({ 'data-base': '/' });
    const root = parse('<html data-base="/"></html>').querySelector('html');
    expect(root && readPage(root)).toEqual({ version: undefined, level: undefined, base: '/' });
  });
});
