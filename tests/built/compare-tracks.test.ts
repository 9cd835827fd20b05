/**
 * Compare across tracks, on the built fixture ladder (at `/` and under `/handbook/`): the two levels of
 * rank 3, on the fixture IC and manager tracks, have a page side by side, linked from both levels as the
 * other track at their rank (not as a next level), whose heading never says "from" one "to" the other.
 */
import { describe, expect, it } from 'vitest';
import { find, page, readableText, textOf } from '../support/html';
import { ladderSites } from '../support/sites';

const hrefs = (element: ReturnType<typeof find>, selector: string) =>
  element.querySelectorAll(selector).map((link) => link.getAttribute('href'));

describe.each(ladderSites)('the compare page across tracks, $name', (site) => {
  const base = site.base;
  const across = `${base}compare/3-ic/3-manager/`;

  it('is linked from both levels of the rank, in words that say it is the other track', () => {
    for (const level of ['3-ic', '3-manager']) {
      const nav = find(page(site, `levels/${level}/`).document, 'nav[aria-label="Other levels"]');
      const line = find(nav, '.compare-tracks');
      expect(readableText(line), level).toBe(
        'The other track at this rank, side by side: Fixture Level 3 (IC) and Fixture Level 3 (Manager)',
      );
      expect(hrefs(line, 'a'), level).toEqual([across]);
      // Not offered as a neighbour on the ladder, nor among the adjacent levels' compare pages.
      expect(hrefs(nav, 'li a'), level).not.toContain(
        `${base}levels/${level === '3-ic' ? '3-manager' : '3-ic'}/`,
      );
      expect(hrefs(nav, '.compare:not(.compare-tracks) a'), level).not.toContain(across);
    }
  });

  it('is linked from no level of a rank that does not fork', () => {
    for (const level of ['1', '2', 'fixture-principal']) {
      expect(page(site, `levels/${level}/`).document.querySelector('.compare-tracks'), level).toBeNull();
    }
  });

  it('sets the two tracks side by side, first track first, and says neither "from" nor "to"', () => {
    const compare = page(site, 'compare/3-ic/3-manager/').document;
    expect(textOf(compare, 'h1')).toBe('Fixture Level 3 (IC) ↔ compared with Fixture Level 3 (Manager)');
    expect(textOf(compare, 'main header .roles')).toBe(
      'The same rank on two tracks: Fixture IC track (fixture expert) and Fixture manager track (fixture lead).',
    );
    expect(readableText(find(compare, 'main header'))).not.toMatch(/\bfrom\b|→/i);
    expect(find(compare, 'meta[name="description"]').getAttribute('content')).toBe(
      'How Fixture Level 3 (IC) and Fixture Level 3 (Manager), one rank on two tracks, differ, section by section.',
    );
    expect(find(compare, 'title').text).toMatch(
      /^Fixture Level 3 \(IC\) and Fixture Level 3 \(Manager\), side by side/,
    );
    const rows = compare.querySelectorAll('section.row');
    expect(rows[0]?.querySelectorAll('.column h4').map(readableText)).toEqual([
      'Fixture Level 3 (IC)',
      'Fixture Level 3 (Manager)',
    ]);
    expect(rows[0] && hrefs(rows[0], '.column h4 a')).toEqual([
      `${base}levels/3-ic/#fixture-craft--key-behaviors`,
    ]);
    expect(rows[0]?.querySelectorAll('.column').map(readableText)[1]).toBe(
      'Fixture Level 3 (Manager) Fixture Level 3 (Manager) has no Fixture Key Behaviors.',
    );
  });

  it('leaves the adjacent compare pages saying where a level leads, from one role to the next', () => {
    const compare = page(site, 'compare/2/3-ic/').document;
    expect(textOf(compare, 'h1')).toBe('Fixture Level 2 → compared with Fixture Level 3 (IC)');
    expect(textOf(compare, 'main header .roles')).toBe('From fixture practitioner to fixture expert.');
  });
});
