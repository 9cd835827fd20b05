import { describe, expect, it } from 'vitest';
import { itemPath, itemUrl, levelPath, sectionAnchorPath, sectionPath } from '../../src/lib/urls';

const ref = { level: 4, section: 'common-struggles', id: 'struggles-to-delegate' } as const;

describe('public URLs', () => {
  it('puts a level at levels/<number>/', () => {
    expect(levelPath(4)).toBe('levels/4/');
  });
  it('puts a section at levels/<number>/<kind>/ and anchors it on the level page', () => {
    expect(sectionPath(4, 'signals-youre-ready-to-level-up')).toBe(
      'levels/4/signals-youre-ready-to-level-up/',
    );
    expect(sectionAnchorPath(4, 'mindset-shift')).toBe('levels/4/#mindset-shift');
  });
  it('puts an item at its section page and #id', () => {
    expect(itemPath(ref)).toBe('levels/4/common-struggles/#struggles-to-delegate');
  });
  it('makes an item URL from site, base, level, section and id', () => {
    expect(itemUrl(ref, { base: '/handbook/', site: 'https://example.org' })).toBe(
      'https://example.org/handbook/levels/4/common-struggles/#struggles-to-delegate',
    );
    expect(itemUrl(ref, { base: '/' })).toBe('/levels/4/common-struggles/#struggles-to-delegate');
  });
});
