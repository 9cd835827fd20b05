import { describe, expect, it } from 'vitest';
import { compareUrl, itemUrl, levelUrl, sectionPageUrl, withFragment } from '../../src/pipeline/urls/urls';

describe('urls', () => {
  it('builds page URLs from a level id and a section kind only', () => {
    expect(levelUrl('4')).toBe('/levels/4/');
    expect(levelUrl('principal-ic')).toBe('/levels/principal-ic/');
    expect(sectionPageUrl('4', 'mindset-shift')).toBe('/levels/4/mindset-shift/');
    expect(compareUrl('4', '5')).toBe('/compare/4/5/');
  });

  it("gives an item's canonical URL on its level page, from its id", () => {
    expect(itemUrl('4', 'struggles-to-delegate')).toBe('/levels/4/#struggles-to-delegate');
    expect(withFragment('/levels/4/common-struggles/', 'struggles-to-delegate')).toBe(
      '/levels/4/common-struggles/#struggles-to-delegate',
    );
  });
});
