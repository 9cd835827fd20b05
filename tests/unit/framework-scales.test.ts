/**
 * A framework's scales where readers meet them: an item's values go into a citation's context, never
 * its words, and the rubric assesses on the framework's own scale when it declares one, else on the
 * default descriptive one.
 */
import { describe, expect, it } from 'vitest';
import { scale as defaultScale, scaleOf } from '../../src/client/scale';
import { ui } from '../../src/client/ui-words';
import { itemCiteContext } from '../../src/site/cite';
import { rubricScaleOf } from '../../src/site/rubric';

const proficiency = {
  id: 'proficiency',
  title: 'Fixture proficiency',
  values: ['Awareness', 'Expert'],
  searchFilter: true,
  rubric: true,
};

describe("an item's values on the framework's scales", () => {
  it("are its citation's context, after its place, in the framework's order of scales", () => {
    expect(
      itemCiteContext({
        context: 'Fixture 3 · Statements',
        attributes: [
          { scale: 'proficiency', title: 'Fixture proficiency', value: 'Expert', rank: 2 },
          { scale: 'impact', title: 'Fixture impact', value: 'Team', rank: 1 },
        ],
      }),
    ).toBe('Fixture 3 · Statements · Fixture proficiency: Expert · Fixture impact: Team');
  });

  it('leave the context as it is when an item has none', () => {
    expect(itemCiteContext({ context: 'Level 4 · Key Behaviors', attributes: [] })).toBe(
      'Level 4 · Key Behaviors',
    );
  });
});

describe("the rubric's scale", () => {
  it('is the default descriptive scale when the framework declares none for assessment', () => {
    const scale = rubricScaleOf({ rubricScale: undefined });
    expect(scale.points).toBe(defaultScale);
    expect(scale.heading).toBe(ui.rubric.seen);
    expect(scale.legend('KB-1')).toBe(ui.rubric.seenFor('KB-1'));
  });

  it("is the framework's, each value its own point, headed and announced by the scale's title", () => {
    const scale = rubricScaleOf({ rubricScale: proficiency });
    expect(scale.points).toEqual(scaleOf(proficiency.values));
    expect(scale.points.map((point) => point.value)).toEqual(['Awareness', 'Expert']);
    expect(scale.heading).toBe('Fixture proficiency');
    expect(scale.legend('ST-2')).toBe('Fixture proficiency for ST-2');
  });
});
