/**
 * The case index (`/case/items.json`, src/site/case-index.ts) on the fixtures: every rubric row of
 * every level, with the rubric's reference, the citation's words and context, its section, and the
 * canonical URL under the base path or the site's address.
 */
import { describe, expect, it } from 'vitest';
import { caseIndexOf } from '../../src/site/case-index';
import { rubricOf, rubricRows } from '../../src/site/rubric';
import { levelById } from '../../src/site/navigation';
import { levelOf, rowOf } from '../../src/client/case-index';
import { join } from 'node:path';
import { compileContent } from '../../src/pipeline/compile';
import { notesId } from '../../src/site/rubric';
import { readModel } from '../support/content';
import { ladderFixture, level4Fixture, repoRoot } from '../support/sites';

describe('the case index', () => {
  const handbook = readModel(level4Fixture);
  const index = caseIndexOf(handbook, undefined, '/handbook/');

  it('holds every rubric row of the level, with the rubric’s references, in the rubric’s order', () => {
    const rows = rubricRows(rubricOf(handbook, levelById(handbook, '4')));
    const items = index.rows.filter((row) => row.key !== 'mindset-shift');
    expect(items.map((row) => row.ref)).toEqual(rows.map((row) => row.ref));
    expect(items.map((row) => row.key)).toEqual(rows.map((row) => row.item.id));
    expect(index.version).toBe(handbook.version);
    expect(index.levels.map((level) => [level.id, level.url])).toEqual([['4', '/handbook/levels/4/']]);
  });

  it('cites an item as the page does: its words, context and canonical URL under the base', () => {
    const item = handbook.levels[0]?.sections.find((s) => s.kind === 'key-behaviors')?.items[0];
    const row = item && rowOf(index, '4', item.id);
    expect(row).toMatchObject({
      role: 'criterion',
      words: { plain: item?.text.plain },
      context: item?.context,
      url: `/handbook/levels/4/#${item?.id}`,
      section: { anchor: 'key-behaviors', title: 'Key Behaviors' },
    });
  });

  it('holds the mindset shift as one prompt, cited as its from → to sentence', () => {
    const shift = index.rows.find((row) => row.ref === 'MS');
    expect(shift?.role).toBe('prompt');
    expect(shift?.words.plain).toMatch(/^Mindset Shift: from ‘.+’ to ‘.+’$/);
    expect(shift?.url).toBe('/handbook/levels/4/#mindset-shift');
  });

  it('makes URLs absolute with the site’s address, and finds levels and rows by former ids', () => {
    const absolute = caseIndexOf(handbook, 'https://h.example', '/');
    expect(absolute.levels[0]?.url).toBe('https://h.example/levels/4/');
    expect(levelOf(absolute, '4')?.title).toBe('Level 4');
    expect(levelOf(absolute, 'nope')).toBeUndefined();
    expect(rowOf(absolute, '4', 'nope')).toBeUndefined();
  });

  it('names each row’s competency where the framework has several', () => {
    const ladder = caseIndexOf(readModel(ladderFixture), undefined, '/');
    expect(ladder.levels.length).toBeGreaterThan(1);
    expect(new Set(ladder.rows.map((row) => row.level)).size).toBe(ladder.levels.length);
    const several = readModel(ladderFixture).severalCompetencies;
    expect(ladder.rows.every((row) => (row.competency !== '') === several)).toBe(true);
  });
});

it('carries an item’s sub-points and its values on the framework’s scales, as its citation does', () => {
  const { handbook } = compileContent(join(repoRoot, 'tests/fixtures/matrix'));
  if (!handbook) throw new Error('the matrix fixture does not compile');
  const index = caseIndexOf(handbook, undefined, '/');
  const row = index.rows.find((candidate) => candidate.subpoints.length > 0);
  expect(row?.subpoints[0]?.plain).toMatch(/^Fixture sub-point/);
  expect(row?.competency).not.toBe('');
});

it('names the box for notes on a row by its key', () => {
  expect(notesId('anticipates-product-needs')).toBe('notes--anticipates-product-needs');
});
