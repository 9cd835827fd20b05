import { describe, expect, it } from 'vitest';
import { compareLevels } from '../../src/site/compare';
import { findLevel, levelById, levelNeighbours, trackTitle } from '../../src/site/navigation';
import { overviewCell } from '../../src/site/overview';
import { readModel } from '../support/content';
import { ladderFixture, level4Fixture, repoRoot } from '../support/sites';

const ladder = readModel(ladderFixture);
const level4 = readModel(level4Fixture);

describe('levelNeighbours', () => {
  it('lands on the same section of a neighbouring level where it has one, else on its page', () => {
    const { previous, next } = levelNeighbours(ladder, levelById(ladder, '2'), 'key-behaviors');
    expect(previous.map(({ url, section }) => [url, section])).toEqual([
      ['/levels/1/key-behaviors/', 'Fixture Key Behaviors'],
    ]);
    expect(next.map(({ url, track }) => [url, track])).toEqual([
      ['/levels/3-ic/key-behaviors/', 'Fixture IC track'],
      ['/levels/3-manager/key-behaviors/', 'Fixture manager track'],
    ]);
    const fromIndicators = levelNeighbours(ladder, levelById(ladder, '2'), 'success-indicators');
    expect(fromIndicators.previous.map(({ url, section }) => [url, section])).toEqual([
      ['/levels/1/', undefined],
    ]);
  });

  it('leads from a level page to level pages, and a one-level handbook nowhere', () => {
    expect(levelNeighbours(ladder, levelById(ladder, '3-ic')).next.map(({ url }) => url)).toEqual([
      '/levels/fixture-principal/',
    ]);
    expect(levelNeighbours(level4, levelById(level4, '4'))).toEqual({ previous: [], next: [] });
  });

  it('finds levels and tracks by id', () => {
    expect(findLevel(ladder, 'nope')).toBeUndefined();
    expect(() => levelById(ladder, 'nope')).toThrow('The handbook has no level nope.');
    expect(trackTitle(ladder, undefined)).toBeUndefined();
    expect(trackTitle(ladder, 'manager')).toBe('Fixture manager track');
  });
});

describe('compareLevels', () => {
  it('lines up two levels section by section within each competency, with gaps where a level lacks one', () => {
    const groups = compareLevels(ladder, levelById(ladder, '2'), levelById(ladder, '3-manager'));
    expect(
      groups.map(({ competency, sections }) => [
        competency.id,
        sections.map(({ kind, from, to }) => `${kind}:${from ? 'from' : '-'}/${to ? 'to' : '-'}`),
      ]),
    ).toEqual([
      [
        'fixture-craft',
        [
          'key-behaviors:from/-',
          'success-indicators:from/-',
          'build-these-habits:from/-',
          'signals-youre-ready-to-level-up:from/-',
          'focus-summary:from/to',
        ],
      ],
      [
        'fixture-people',
        [
          'key-behaviors:-/to',
          'common-struggles:from/-',
          'questions-to-ask-yourself:from/-',
          'seek-feedback:from/-',
          'signals-youre-ready-to-level-up:-/to',
        ],
      ],
    ]);
  });

  it('leaves out a competency neither level describes', () => {
    const groups = compareLevels(ladder, levelById(ladder, '3-ic'), levelById(ladder, 'fixture-principal'));
    expect(groups.map(({ competency }) => competency.id)).toEqual(['fixture-craft', 'fixture-people']);
    const principalOnly = compareLevels(
      ladder,
      levelById(ladder, 'fixture-principal'),
      levelById(ladder, 'fixture-principal'),
    );
    expect(principalOnly.map(({ competency }) => competency.id)).toEqual(['fixture-craft']);
  });
});

describe('overviewCell', () => {
  it("shows a level's focus summary for a competency, else how many items it has, else nothing", () => {
    expect(overviewCell(levelById(ladder, '1'), 'fixture-people')).toEqual({
      url: '/levels/1/#fixture-people',
      words: ['Fixture focus, listen', 'Fixture focus, learn'],
    });
    expect(overviewCell(levelById(ladder, '3-ic'), 'fixture-people')?.words).toEqual(['1 item']);
    expect(overviewCell(levelById(ladder, '2'), 'fixture-people')?.words).toEqual(['3 items']);
    expect(overviewCell(levelById(ladder, 'fixture-principal'), 'fixture-people')).toBeUndefined();
  });

  it("shows where a level's items sit on the framework's scale, when every item there has a value", () => {
    const matrix = readModel(`${repoRoot}tests/fixtures/matrix`);
    const level = levelById(matrix, 'fixture-3');
    const [item] = level.sections.find((section) => section.competency === 'fixture-coding')?.items ?? [];
    expect(overviewCell(level, 'fixture-coding')?.words).toEqual([
      `Fixture proficiency: ${item?.attributes[0]?.value ?? ''}`,
    ]);
    // Several values: the lowest and the highest; one item without a value: the count.
    const section = level.sections[0];
    const first = section?.items[0];
    if (!section || !first) throw new Error('no item');
    const at = (value: string, rank: number) => ({
      ...first,
      attributes: [{ scale: 'proficiency', title: 'P', value, rank, searchFilter: false }],
    });
    const spread = { ...level, sections: [{ ...section, items: [at('Expert', 4), at('Awareness', 1)] }] };
    expect(overviewCell(spread, section.competency)?.words).toEqual(['P: Awareness – Expert']);
    const gap = { ...level, sections: [{ ...section, items: [at('Expert', 4), { ...first, attributes: [] }] }] };
    expect(overviewCell(gap, section.competency)?.words).toEqual(['2 items']);
  });
});
