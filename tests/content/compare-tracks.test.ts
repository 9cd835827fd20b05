/**
 * Compare pages across tracks, in the fixture ladder's model: 3-ic and 3-manager share rank 3, so they
 * are compared with each other besides their adjacent levels, and the page says "two tracks", never
 * "from one to the other"; nothing empty is said where a level has no role.
 */
import { describe, expect, it } from 'vitest';
import { acrossTracks, compareIntro, comparisonsOf } from '../../src/site/compare';
import { levelById } from '../../src/site/navigation';
import { readModel } from '../support/content';
import { ladderFixture } from '../support/sites';

const ladder = readModel(ladderFixture);
const level = (id: string) => levelById(ladder, id);
const urls = (list: readonly { url: string }[]) => list.map(({ url }) => url);

describe('the compare pages across tracks', () => {
  it('compare the levels of a forked rank, first track first, besides every adjacent pair', () => {
    expect(urls(ladder.comparisons)).toEqual([
      '/compare/1/2/',
      '/compare/2/3-ic/',
      '/compare/2/3-manager/',
      '/compare/3-ic/fixture-principal/',
      '/compare/3-ic/3-manager/',
    ]);
    expect(ladder.comparisons.filter(acrossTracks).map(({ from, to }) => [from.id, to.id])).toEqual([
      ['3-ic', '3-manager'],
    ]);
  });

  it('are listed on both levels, apart from the adjacent ones', () => {
    for (const id of ['3-ic', '3-manager']) {
      const { adjacent, acrossTracks: across } = comparisonsOf(level(id).comparisons);
      expect(urls(across), id).toEqual(['/compare/3-ic/3-manager/']);
      expect(urls(adjacent), id).not.toContain('/compare/3-ic/3-manager/');
    }
    expect(urls(comparisonsOf(level('2').comparisons).acrossTracks)).toEqual([]);
  });

  it('name the two tracks and their roles, not "from" one "to" the other', () => {
    const intro = compareIntro(ladder, level('3-ic'), level('3-manager'));
    expect(intro).toEqual({
      acrossTracks: true,
      description:
        'How Fixture Level 3 (IC) and Fixture Level 3 (Manager), one rank on two tracks, differ, section by section.',
      lead: 'The same rank on two tracks: Fixture IC track (fixture expert) and Fixture manager track (fixture lead).',
    });
    expect(`${intro.description} ${intro.lead ?? ''}`).not.toMatch(/\bfrom\b/i);
  });

  it('leave out a role that is absent, and never say "from" a role to itself', () => {
    const noRole = { ...level('3-manager'), role: undefined };
    expect(compareIntro(ladder, level('3-ic'), noRole).lead).toBe(
      'The same rank on two tracks: Fixture IC track (fixture expert) and Fixture manager track.',
    );
    expect(compareIntro(ladder, level('2'), level('3-ic')).lead).toBe('From fixture practitioner to fixture expert.');
    expect(compareIntro(ladder, level('2'), { ...level('3-ic'), role: undefined }).lead).toBeUndefined();
    expect(compareIntro(ladder, level('2'), { ...level('3-ic'), role: 'fixture practitioner' }).lead).toBeUndefined();
    expect(compareIntro(ladder, level('2'), level('3-ic')).description).toBe(
      'What changes from Fixture Level 2 to Fixture Level 3 (IC), section by section.',
    );
  });

  it('fall back to the level title for a level on no declared track', () => {
    const untracked = { ...level('3-manager'), track: 'fixture-gone', role: undefined };
    expect(compareIntro(ladder, level('3-ic'), untracked).lead).toBe(
      'The same rank on two tracks: Fixture IC track (fixture expert) and Fixture Level 3 (Manager).',
    );
  });
});
