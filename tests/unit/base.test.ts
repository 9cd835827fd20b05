import { describe, expect, it } from 'vitest';
import { joinBase, withBase, withBaseIfRootRelative, withBaseInHtml, withSite } from '../../src/site/base';

describe('joinBase', () => {
  it.each([
    ['/', 'levels/4/', '/levels/4/'],
    ['/', '/levels/4/', '/levels/4/'],
    ['/handbook/', 'levels/4/', '/handbook/levels/4/'],
    ['/handbook', '/levels/4/#id', '/handbook/levels/4/#id'],
    ['/handbook/', '', '/handbook/'],
  ])('joins %s and %s into %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('withBase', () => {
  it("uses this build's base", () => {
    expect(withBase('levels/4/')).toBe(joinBase(import.meta.env.BASE_URL, 'levels/4/'));
  });
});

describe('withBaseIfRootRelative', () => {
  it('adds the base to root-relative links written in MDX', () => {
    expect(withBaseIfRootRelative('/levels/4/', '/handbook/')).toBe('/handbook/levels/4/');
  });
  it('leaves a link that already has the base alone', () => {
    expect(withBaseIfRootRelative('/handbook/levels/4/', '/handbook/')).toBe('/handbook/levels/4/');
  });
  it.each(['https://example.com/', '//example.com/x', '#anchor', 'relative/', 'mailto:a@b.c'])(
    'leaves %s alone',
    (href) => {
      expect(withBaseIfRootRelative(href, '/handbook/')).toBe(href);
    },
  );
  it('changes nothing at the root', () => {
    expect(withBaseIfRootRelative('/levels/4/', '/')).toBe('/levels/4/');
  });
});

describe('withSite', () => {
  it('makes a URL absolute for citing, from the configured site, with the base', () => {
    expect(withSite('/levels/4/#struggles-to-delegate', 'https://example.org')).toBe(
      'https://example.org/levels/4/#struggles-to-delegate',
    );
  });
  it('keeps the base-relative URL when no site is configured: the page makes it absolute', () => {
    expect(withSite('/levels/4/#struggles-to-delegate', undefined)).toBe('/levels/4/#struggles-to-delegate');
  });
});

describe('withBaseInHtml', () => {
  it("puts content's links to handbook pages under the base, and leaves other links alone", () => {
    const html =
      '<a href="/levels/4/#a">a</a> <a href="https://example.org/">b</a> <a href="//cdn.example/">c</a>';
    expect(withBaseInHtml(html, '/handbook/')).toBe(
      '<a href="/handbook/levels/4/#a">a</a> <a href="https://example.org/">b</a> <a href="//cdn.example/">c</a>',
    );
    expect(withBaseInHtml(html, '/')).toBe(html);
  });
});
