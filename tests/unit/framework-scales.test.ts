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
import { frameworkSchema, levelSchema, sectionSchemaFor } from '../../src/schemas/content';
import { defaultSectionKinds } from '../../src/schemas/section-kinds';

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
          {
            scale: 'proficiency',
            title: 'Fixture proficiency',
            value: 'Expert',
            rank: 2,
            searchFilter: true,
          },
          { scale: 'impact', title: 'Fixture impact', value: 'Team', rank: 1, searchFilter: false },
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

describe('scales in the framework file', () => {
  const base = { name: 'N', summary: 'S', competencies: [{ id: 'only', title: 'Only' }] };
  const issues = (scales: unknown) =>
    frameworkSchema
      .safeParse({ ...base, scales })
      .error?.issues.map(({ path, message }) => `${path.join('.')} ${message}`) ?? [];

  it('are accepted with ordered, distinct values', () => {
    expect(issues([proficiency])).toEqual([]);
  });

  it('refuse a repeated value, a single value, a second rubric scale and a repeated id', () => {
    expect(issues([{ ...proficiency, values: ['Awareness', 'Awareness'] }])).toEqual([
      'scales.0.values.1 duplicate value "Awareness": [0] already is it',
    ]);
    expect(issues([{ ...proficiency, values: ['Awareness'] }])).toEqual([
      'scales.0.values must list at least two values, in order',
    ]);
    expect(issues([proficiency, { ...proficiency, id: 'other' }])).toEqual([
      "scales.1.rubric only one scale can be the rubric's: [0] already is",
    ]);
    expect(issues([proficiency, { ...proficiency, rubric: false }])).toEqual([
      'scales.1.id duplicate id "proficiency": [0] already uses it',
    ]);
  });

  it("make an item's attributes one of each scale's values, by the scale's id", () => {
    const schema = sectionSchemaFor(defaultSectionKinds, [proficiency]);
    const section = (attributes: unknown) => ({
      level: 1,
      kind: 'key-behaviors',
      items: [{ id: 'a', text: 'A', attributes }],
    });
    expect(schema.safeParse(section({ proficiency: 'Expert' })).success).toBe(true);
    expect(schema.safeParse(section({ proficiency: 'Guru' })).success).toBe(false);
    expect(schema.safeParse(section({ seniority: 'Expert' })).success).toBe(false);
    expect(
      sectionSchemaFor(defaultSectionKinds, []).safeParse(section({ proficiency: 'Expert' })).success,
    ).toBe(false);
  });
});

describe('a level file', () => {
  it('needs no role, closing words or introduction', () => {
    expect(levelSchema.safeParse({ id: 'fixture-1', rank: 1, title: 'Fixture 1' }).success).toBe(true);
  });
});
