/**
 * Section kinds as data (src/schemas/section-kinds.ts, `sectionKinds` in the framework file): the
 * default kinds are complete and well formed, a framework's declared kinds are checked like all
 * content, the section schema accepts exactly a framework's kinds with the fields of their layouts,
 * and the model carries each kind onto its sections and items, in the declared order, with its default
 * title where a file has none.
 */
import { describe, expect, it } from 'vitest';
import {
  frameworkSchema,
  kindsOf,
  sectionSchemaFor,
  type FrameworkData,
  type SectionData,
} from '../../src/schemas/content';
import {
  defaultSectionKinds,
  rubricRoles,
  sectionLayouts,
  type SectionKindSpec,
} from '../../src/schemas/section-kinds';
import { buildModel } from '../../src/pipeline/model/build-model';
import type { ContentFiles, SourceDocument } from '../../src/pipeline/read/read-content';

const document = <Data>(file: string, data: Data): SourceDocument<Data> => ({
  file,
  data,
  body: '',
  bodyLine: 1,
  locate: () => ({ line: 1, column: 1 }),
});

const framework: FrameworkData = { name: 'N', summary: 'S', competencies: [{ id: 'only', title: 'Only' }] };

/** One level of one competency with these sections, under `declared` (the framework's own fields). */
function handbookOf(sections: SectionData[], declared: Partial<FrameworkData> = {}) {
  const files: ContentFiles = {
    framework: [document('f.mdx', { ...framework, ...declared })],
    levels: [document('l.mdx', { id: '1', rank: 1, title: 'L1' })],
    sections: sections.map((data, index) => document(`s${index}.mdx`, data)),
    manifest: undefined,
    thesaurus: undefined,
    releases: [],
    counts: { framework: 1, levels: 1, sections: sections.length },
    problems: [],
  };
  return buildModel(files);
}

/** A valid, untitled section file of each of `kinds`: the fields its layout asks for. */
const untitledOf = (kinds: readonly SectionKindSpec[]) =>
  kinds.map(
    (spec, index) =>
      sectionSchemaFor(kinds, []).parse({
        level: 1,
        kind: spec.id,
        ...(spec.layout === 'shift'
          ? { from: 'a', to: 'b' }
          : { items: [{ id: `item-${index}`, text: 'Words' }] }),
        ...(spec.layout === 'lead-list' ? { lead: 'When you:' } : {}),
      }) as SectionData,
  );

/** Kinds a competency matrix might declare: one of statements, one of prompts, none in the rubric. */
const declared: SectionKindSpec[] = [
  {
    id: 'statements',
    title: 'Statements',
    layout: 'statements',
    rubricRole: 'criterion',
    refPrefix: 'ST',
    searchWeight: 3,
  },
  {
    id: 'reflect',
    title: 'Reflect',
    layout: 'quotations',
    rubricRole: 'prompt',
    refPrefix: 'R',
    searchWeight: 1,
  },
  { id: 'notes', title: 'Notes', layout: 'list', rubricRole: 'none', refPrefix: 'N', searchWeight: 0.5 },
];

describe('the default section kinds', () => {
  it('give every kind every property, of its type', () => {
    expect(defaultSectionKinds.length).toBeGreaterThan(0);
    for (const row of defaultSectionKinds) {
      expect(Object.keys(row).sort(), row.id).toEqual(
        [
          'id',
          'layout',
          'refPrefix',
          'rubricRole',
          'searchWeight',
          'title',
          ...('leadsToNextLevel' in row ? ['leadsToNextLevel'] : []),
        ].sort(),
      );
      expect(frameworkSchema.shape.sectionKinds.unwrap().element.safeParse(row).success, row.id).toBe(true);
    }
  });

  it('name each kind, title and reference prefix once', () => {
    for (const property of ['id', 'title', 'refPrefix'] as const) {
      const values = defaultSectionKinds.map((row) => row[property]);
      expect(new Set(values).size, property).toBe(values.length);
    }
  });

  it('are the kinds of a framework that declares none, and only then', () => {
    expect(kindsOf(framework)).toBe(defaultSectionKinds);
    expect(kindsOf(undefined)).toBe(defaultSectionKinds);
    expect(kindsOf({ ...framework, sectionKinds: declared })).toBe(declared);
  });
});

describe('declared section kinds', () => {
  const check = (sectionKinds: unknown) =>
    frameworkSchema
      .safeParse({ ...framework, sectionKinds })
      .error?.issues.map(({ path, message }) => `${path.join('.')} ${message}`) ?? [];

  it('are accepted with every property', () => {
    expect(check(declared)).toEqual([]);
  });

  it('name each kind and reference prefix once, with the first use in the message', () => {
    expect(check([declared[0], { ...declared[1], id: 'statements' }])).toEqual([
      'sectionKinds.1.id duplicate id "statements": [0] already uses it',
    ]);
    expect(check([declared[0], { ...declared[1], refPrefix: 'ST' }])).toEqual([
      'sectionKinds.1.refPrefix duplicate refPrefix "ST": [0] already uses it',
    ]);
  });

  it('refuse an unknown layout or rubric role, a lower-case prefix, a weight of 0 and a missing title', () => {
    const [kind] = declared;
    const issues = check([
      { ...kind, layout: 'table', rubricRole: 'score', refPrefix: 'st', searchWeight: 0, title: undefined },
    ]);
    expect(issues.map((issue) => issue.split(' ')[0]).sort()).toEqual(
      ['layout', 'refPrefix', 'rubricRole', 'searchWeight', 'title'].map(
        (field) => `sectionKinds.0.${field}`,
      ),
    );
    expect(sectionLayouts).toContain('statements');
    expect(rubricRoles).toContain('none');
  });

  it("are what a section's kind may be, each with its layout's fields", () => {
    const schema = sectionSchemaFor(declared, []);
    expect(schema.safeParse({ level: 1, kind: 'statements', items: [{ id: 'a', text: 'A' }] }).success).toBe(
      true,
    );
    expect(
      schema.safeParse({ level: 1, kind: 'key-behaviors', items: [{ id: 'a', text: 'A' }] }).success,
    ).toBe(false);
    expect(schema.safeParse({ level: 1, kind: 'statements', from: 'a', to: 'b' }).success).toBe(false);
    const issue = schema.safeParse({ level: 1, kind: 'key-behaviors', items: [] }).error?.issues[0];
    expect(issue?.code).toBe('invalid_union');
  });
});

describe('the model of a section, from its kind', () => {
  it('orders sections as the framework orders its kinds, titled by their kind where a file gives no title', () => {
    for (const kinds of [defaultSectionKinds, declared]) {
      const handbook = handbookOf(
        untitledOf(kinds).toReversed(),
        kinds === declared ? { sectionKinds: declared } : {},
      );
      const [level] = handbook.levels;
      expect(level?.sections.map(({ kind }) => kind)).toEqual(kinds.map(({ id }) => id));
      expect(level?.sections.map(({ title }) => title)).toEqual(kinds.map(({ title }) => title));
      expect(level?.sectionPages.map(({ title }) => title)).toEqual(kinds.map(({ title }) => title));
      expect(handbook.sectionKinds).toEqual(kinds);
    }
  });

  it('keeps a title the file writes', () => {
    const [written] = untitledOf(defaultSectionKinds);
    if (!written) throw new Error('no section');
    const titled = handbookOf([{ ...written, title: 'As Written' }]);
    expect(titled.levels[0]?.sections[0]?.title).toBe('As Written');
    expect(titled.levels[0]?.sections[0]?.items[0]?.context).toBe('L1 · As Written');
  });

  it("carries each kind's layout, rubric role and reference prefix, and weighs its items by it", () => {
    const handbook = handbookOf(untitledOf(declared), { sectionKinds: declared });
    for (const section of handbook.levels[0]?.sections ?? []) {
      const spec = declared.find(({ id }) => id === section.kind);
      expect(section, section.kind).toMatchObject({
        layout: spec?.layout,
        rubricRole: spec?.rubricRole,
        refPrefix: spec?.refPrefix,
      });
      for (const item of section.items) expect(item.searchWeight, item.id).toBe(spec?.searchWeight);
    }
  });
});
