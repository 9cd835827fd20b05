/** A level's link-preview image (src/site/social-image.ts): its words wrapped and escaped, a 1200 × 630 PNG. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOCIAL_HEIGHT, SOCIAL_WIDTH, socialPng, socialSvg, wrap } from '../../src/site/social-image';

const font = fileURLToPath(new URL('../../src/assets/fonts/DejaVuSans-Bold.ttf', import.meta.url));

describe('the link-preview image', () => {
  it('wraps words into lines, cutting the last with an ellipsis', () => {
    expect(wrap('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrap('one two three four', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrap('unbreakableword', 5, 1)).toEqual(['unbreakableword']);
  });

  it('draws the handbook, the level, its role and version, escaped', () => {
    const svg = socialSvg({
      handbook: 'Fixture <handbook>',
      title: 'Fixture Level 1',
      role: 'a & b',
      version: '2026.2',
    });
    expect(svg).toContain('Fixture &lt;handbook&gt;');
    expect(svg).toContain('>a &amp; b<');
    expect(svg).toContain('>Version 2026.2<');
    expect(socialSvg({ handbook: 'H', title: 'T' })).not.toContain('Version');
  });

  it('renders a PNG of 1200 × 630', () => {
    const png = socialPng({ handbook: 'Fixture handbook', title: 'Fixture Level 1' }, font);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SOCIAL_WIDTH, SOCIAL_HEIGHT]);
  });
});
