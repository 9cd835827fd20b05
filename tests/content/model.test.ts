/**
 * The model every view reads, built from the fixture ladder (tests/fixtures/ladder/) and from small
 * made-up files: ordering, canonical URLs, competencies, neighbours, section pages, and that it is
 * plain data a store or an export can hold.
 */
import { describe, expect, it } from 'vitest';
import type { SectionData } from '../../src/schemas/content';
import { compileContent } from '../../src/pipeline/compile';
import { buildModel } from '../../src/pipeline/model/build-model';
import { allItems, sectionsByCompetency, sectionsOfKind } from '../../src/pipeline/model/model';
import type { ContentFiles, SourceDocument } from '../../src/pipeline/read/read-content';
import { readModel } from '../support/content';
import { ladderFixture } from '../support/sites';

const ladder = readModel(ladderFixture);
const level = (id: string) => {
  const found = ladder.levels.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no level ${id} in the fixture ladder`);
  return found;
};

const document = <Data>(file: string, data: Data, body = ''): SourceDocument<Data> => ({
  file,
  data,
  body,
  bodyLine: 1,
  locate: () => ({ line: 1, column: 1 }),
});
const list = (kind: 'key-behaviors' | 'focus-summary', ids: string[]): SectionData => ({
  level: '1',
  kind,
  title: kind,
  items: ids.map((id) => ({ id, text: `Fixture *${id}*` })),
});
function files(sections: SectionData[]): ContentFiles {
  return {
    framework: [
      document(
        'f.mdx',
        { name: 'N', summary: 'S', competencies: [{ id: 'only', title: 'Only' }] },
        'Guide.\n',
      ),
    ],
    levels: [document('l.mdx', { id: '1', rank: 1, title: 'L1', role: 'r', closing: 'c' }, '\nIntro.\n')],
    sections: sections.map((data, index) => document(`s${index}.mdx`, data)),
    manifest: undefined,
    thesaurus: undefined,
    releases: [],
    counts: { framework: 1, levels: 1, sections: sections.length },
    problems: [],
  };
}

describe('buildModel', () => {
  it('orders levels by rank and track, sections by competency then kind, items as written', () => {
    expect(ladder.levels.map(({ id }) => id)).toEqual(['1', '2', '3-ic', '3-manager', 'fixture-principal']);
    expect(level('2').sections.map((section) => `${section.competency}/${section.kind}`)).toEqual([
      'fixture-craft/key-behaviors',
      'fixture-craft/success-indicators',
      'fixture-craft/build-these-habits',
      'fixture-craft/signals-youre-ready-to-level-up',
      'fixture-craft/focus-summary',
      'fixture-people/common-struggles',
      'fixture-people/questions-to-ask-yourself',
      'fixture-people/seek-feedback',
    ]);
    const handbook = buildModel(files([list('focus-summary', ['b']), list('key-behaviors', ['z', 'a'])]));
    expect(allItems(handbook).map(({ id }) => id)).toEqual(['z', 'a', 'b']);
  });

  it("gives every item its level, competency, kind, canonical URL and its section page's URL", () => {
    const item = allItems(ladder).find(
      ({ id, level: of }) => id === 'fixture-mentors-experts' && of === '3-ic',
    );
    expect(item).toMatchObject({
      level: '3-ic',
      competency: 'fixture-people',
      kind: 'key-behaviors',
      url: '/levels/3-ic/#fixture-mentors-experts',
      sectionUrl: '/levels/3-ic/key-behaviors/#fixture-mentors-experts',
      source: { file: 'content/sections/level-3-ic/fixture-people/key-behaviors.mdx', line: 7 },
    });
  });

  it('keeps the text as Markdown, HTML and plain words', () => {
    const [item] = allItems(buildModel(files([list('key-behaviors', ['they-re'])])));
    expect(item?.text).toEqual({
      markdown: 'Fixture *they-re*',
      html: 'Fixture <em>they-re</em>',
      plain: 'Fixture they-re',
    });
  });

  it('keeps an item at the same canonical URL whatever competency or section it moves to', () => {
    const before = allItems(ladder).find(({ id }) => id === 'fixture-listens');
    expect(before?.url).toBe('/levels/1/#fixture-listens');
    const moved = buildModel(files([list('focus-summary', ['fixture-listens'])]));
    expect(allItems(moved)[0]?.url).toBe(before?.url);
  });

  it('anchors sections by kind with one competency, and by competency and kind with several', () => {
    const one = buildModel(files([list('key-behaviors', ['a'])]));
    expect(one.levels[0]?.sections[0]).toMatchObject({
      anchor: 'key-behaviors',
      url: '/levels/1/#key-behaviors',
    });
    expect(level('2').sections[5]).toMatchObject({
      anchor: 'fixture-people--common-struggles',
      url: '/levels/2/#fixture-people--common-struggles',
      pageUrl: '/levels/2/common-struggles/',
    });
    expect(one.levels.flatMap((only) => sectionsByCompetency(one, only))).toEqual([]);
    expect(sectionsByCompetency(ladder, level('2')).map(({ competency }) => competency.id)).toEqual([
      'fixture-craft',
      'fixture-people',
    ]);
  });

  it('flags once whether the framework has several competencies, the one test of whether they are shown', () => {
    expect(buildModel(files([list('key-behaviors', ['a'])])).severalCompetencies).toBe(false);
    expect(ladder.severalCompetencies).toBe(true);
    expect(ladder.competencies.length).toBeGreaterThan(1);
  });

  it('makes one section page per kind a level has, in order, each linked to its neighbours', () => {
    const pages = level('1').sectionPages ?? [];
    expect(pages.map((page) => [page.kind, page.position, page.previous?.url, page.next?.url])).toEqual([
      ['key-behaviors', 1, undefined, '/levels/1/mindset-shift/'],
      ['mindset-shift', 2, '/levels/1/key-behaviors/', '/levels/1/signals-youre-ready-to-level-up/'],
      ['signals-youre-ready-to-level-up', 3, '/levels/1/mindset-shift/', '/levels/1/focus-summary/'],
      ['focus-summary', 4, '/levels/1/signals-youre-ready-to-level-up/', undefined],
    ]);
    expect(sectionsOfKind(level('1'), 'key-behaviors').map(({ competency }) => competency)).toEqual([
      'fixture-craft',
      'fixture-people',
    ]);
  });

  it('links each level to its neighbours on its track and to the pages comparing them', () => {
    expect(level('2').previousLevels.map(({ id }) => id)).toEqual(['1']);
    expect(level('2').nextLevels.map(({ id }) => id)).toEqual(['3-ic', '3-manager']);
    expect(level('3-manager').nextLevels).toEqual([]);
    expect(level('2').comparisons.map(({ url }) => url)).toEqual([
      '/compare/1/2/',
      '/compare/2/3-ic/',
      '/compare/2/3-manager/',
    ]);
    expect(ladder.comparisons).toHaveLength(5); // four adjacent pairs, and 3-ic with 3-manager
  });

  it('keeps the lead of success indicators, the two outlooks of a mindset shift and the MDX bodies', () => {
    expect(level('2').sections[1]?.lead?.plain).toBe(
      'Fixture lead-in: you know you’re a fixture success when you:',
    );
    expect(level('1').sections[1]?.shift?.to.plain).toBe(
      'Fixture outlook, after. I understand fixture widgets.',
    );
    expect(level('1').introduction).toMatch(/^Fixture introduction of Fixture Level 1/);
    expect(ladder.guide).toMatch(/^Fixture guide/);
  });

  it("gives items their own search terms and the thesaurus's, and offers the terms as examples", () => {
    const item = (levelId: string, id: string) =>
      allItems(ladder).find((candidate) => candidate.level === levelId && candidate.id === id);
    expect(item('3-manager', 'fixture-grows-quokkas')?.searchTerms).toEqual(['fixture marsupials']);
    expect(item('3-ic', 'fixture-mentors-experts')?.searchTerms).toEqual(['fixture coaching']);
    expect(item('2', 'fixture-designs-widgets')?.searchTerms).toEqual(['fixture gadgets']);
    expect(item('1', 'fixture-listens')?.searchTerms).toEqual([]);
    expect(ladder.searchExamples).toEqual(['fixture gadgets', 'fixture coaching', 'fixture marsupials']);
  });

  it('is plain data: no cycles, no functions, the same after a trip through JSON', () => {
    const { handbook } = compileContent(ladderFixture);
    expect(JSON.parse(JSON.stringify(handbook))).toEqual(JSON.parse(JSON.stringify(ladder)));
    expect(() => structuredClone(handbook)).not.toThrow();
  });
});
