import { describe, expect, it } from 'vitest';
import { rubricOf, rubricRows } from '../../src/site/rubric';
import { levelById } from '../../src/site/navigation';
import { readModel } from '../support/content';
import { ladderFixture, level4Fixture } from '../support/sites';

describe('the rubric of a level', () => {
  const handbook = readModel(level4Fixture);
  const [group] = rubricOf(handbook, levelById(handbook, '4'));

  it('gathers evidence against behaviors, indicators, habits and signals, and heads them with the focus', () => {
    expect(group?.criteria.map(({ section }) => section.kind)).toEqual([
      'key-behaviors',
      'success-indicators',
      'build-these-habits',
      'signals-youre-ready-to-level-up',
    ]);
    expect(group?.focus.map(({ ref, item }) => `${ref} ${item.text.plain}`)).toEqual([
      'FS-1 Clarify the vision',
      'FS-2 Connect the dots',
      'FS-3 Lead with product sense',
    ]);
  });

  it('shows the mindset shift, struggles, questions and feedback prompts as prompts, never as criteria', () => {
    expect(group?.prompts.map(({ section }) => section.kind)).toEqual([
      'common-struggles',
      'mindset-shift',
      'questions-to-ask-yourself',
      'seek-feedback',
    ]);
  });

  it('gives every item a reference to say aloud, unique in the level, and keeps its canonical URL', () => {
    const rows = rubricRows(rubricOf(handbook, levelById(handbook, '4')));
    expect(rows).toHaveLength(27);
    expect(new Set(rows.map(({ ref }) => ref)).size).toBe(27);
    expect(rows.find(({ item }) => item.id === 'mentors-product-thinking')).toMatchObject({
      ref: 'KB-5',
      item: { url: '/levels/4/#mentors-product-thinking' },
    });
  });

  it('groups by competency where there are several, numbering each kind across the level', () => {
    const ladder = readModel(ladderFixture);
    const groups = rubricOf(ladder, levelById(ladder, '1'));
    expect(groups.map(({ competency }) => competency?.id)).toEqual(['fixture-craft', 'fixture-people']);
    expect(
      rubricRows(groups)
        .filter(({ ref }) => ref.startsWith('KB-'))
        .map(({ ref, item }) => `${ref} ${item.competency}`),
    ).toEqual(['KB-1 fixture-craft', 'KB-2 fixture-craft', 'KB-3 fixture-people']);
  });
});
