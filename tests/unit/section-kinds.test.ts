/**
 * The table of section kinds (src/schemas/section-kinds.ts): every kind has every property, the
 * schemas accept exactly its kinds with the fields of their layouts, and the model carries each kind's
 * row onto its sections and items, in the table's order, with its default title where a file has none.
 */
import { describe, expect, it } from 'vitest';
import { sectionSchema, type SectionData } from '../../src/schemas/content';
import {
  kindsLaidOut,
  rubricRoles,
  sectionKinds,
  sectionKindSpecs,
  sectionKindTable,
  sectionLayouts,
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

/** One level of one competency with these sections. */
function handbookOf(sections: SectionData[]) {
  const files: ContentFiles = {
    framework: [
      document('f.mdx', { name: 'N', summary: 'S', competencies: [{ id: 'only', title: 'Only' }] }),
    ],
    levels: [document('l.mdx', { id: '1', rank: 1, title: 'L1', role: 'r', closing: 'c' })],
    sections: sections.map((data, index) => document(`s${index}.mdx`, data)),
    manifest: undefined,
    thesaurus: undefined,
    counts: { framework: 1, levels: 1, sections: sections.length },
    problems: [],
  };
  return buildModel(files);
}

/** A valid section file of each kind, untitled: the fields its layout asks for. */
const untitled = sectionKinds.map((kind, index) =>
  sectionSchema.parse({
    level: 1,
    kind,
    ...(sectionKindSpecs[kind].layout === 'shift'
      ? { from: 'a', to: 'b' }
      : { items: [{ id: `item-${index}`, text: 'Words' }] }),
    ...(sectionKindSpecs[kind].layout === 'lead-list' ? { lead: 'When you:' } : {}),
  }),
);

describe('the table of section kinds', () => {
  it('gives every kind every property, of its type', () => {
    expect(sectionKindTable.length).toBeGreaterThan(0);
    for (const row of sectionKindTable) {
      expect(Object.keys(row).sort(), row.kind).toEqual(
        ['kind', 'layout', 'refPrefix', 'rubricRole', 'searchWeight', 'title'].sort(),
      );
      expect(row.title.trim(), row.kind).not.toBe('');
      expect(sectionLayouts, row.kind).toContain(row.layout);
      expect(rubricRoles, row.kind).toContain(row.rubricRole);
      expect(row.refPrefix, row.kind).toMatch(/^[A-Z]+$/);
      expect(row.searchWeight, row.kind).toBeGreaterThan(0);
      expect(sectionKindSpecs[row.kind], row.kind).toBe(row);
    }
  });

  it('names each kind, title and reference prefix once', () => {
    for (const property of ['kind', 'title', 'refPrefix'] as const) {
      const values = sectionKindTable.map((row) => row[property]);
      expect(new Set(values).size, property).toBe(values.length);
    }
  });

  it('orders the kinds as the table does, each laid out one way', () => {
    expect(sectionKinds).toEqual(sectionKindTable.map(({ kind }) => kind));
    const byLayout = sectionLayouts.flatMap((layout) => kindsLaidOut(layout));
    expect([...byLayout].sort()).toEqual([...sectionKinds].sort());
  });

  it('is what the schema accepts: each layout its kinds, in the order of the table', () => {
    const accepted = sectionSchema.options.map((option) => option.shape.kind.options);
    expect(accepted).toEqual(sectionLayouts.map((layout) => kindsLaidOut(layout)));
    for (const kinds of accepted) {
      const listed: readonly string[] = kinds;
      expect(listed).toEqual(sectionKinds.filter((kind) => listed.includes(kind)));
    }
  });

  it('refuses an unknown kind', () => {
    expect(sectionSchema.safeParse({ level: 1, kind: 'key-behaviours', items: [] }).success).toBe(false);
  });
});

describe('the model of a section, from its kind', () => {
  const handbook = handbookOf(untitled.toReversed());
  const sections = handbook.levels[0]?.sections ?? [];

  it('orders sections as the table orders kinds', () => {
    expect(sections.map(({ kind }) => kind)).toEqual(sectionKinds);
  });

  it("titles a section its kind's default title when its file gives none, and keeps a written one", () => {
    expect(sections.map(({ title }) => title)).toEqual(sectionKindTable.map(({ title }) => title));
    expect(handbook.levels[0]?.sectionPages.map(({ title }) => title)).toEqual(
      sectionKindTable.map(({ title }) => title),
    );
    const [written] = untitled;
    if (!written) throw new Error('no section');
    const titled = handbookOf([{ ...written, title: 'As Written' }]);
    expect(titled.levels[0]?.sections[0]?.title).toBe('As Written');
    expect(titled.levels[0]?.sections[0]?.items[0]?.context).toBe('L1 · As Written');
  });

  it("carries each kind's layout, rubric role and reference prefix, and weighs its items by it", () => {
    for (const section of sections) {
      const spec = sectionKindSpecs[section.kind];
      expect(section, section.kind).toMatchObject({
        layout: spec.layout,
        rubricRole: spec.rubricRole,
        refPrefix: spec.refPrefix,
      });
      for (const item of section.items) expect(item.searchWeight, item.id).toBe(spec.searchWeight);
    }
  });
});
