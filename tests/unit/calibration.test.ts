/**
 * Calibration (src/client/calibration.ts): several people's case files side by side against a made-up
 * case index: who has evidence, how marks spread, grouping per level, files that cannot be read, and
 * notes under ids the framework no longer has.
 */
import { describe, expect, it } from 'vitest';
import type { CaseIndex, IndexRow } from '../../src/client/case-index';
import { newCase, serialiseCase, withCaseEntry, withPick, type Case } from '../../src/client/case';
import {
  calibrationOf,
  isoDate,
  levelsOf,
  levelView,
  namesOf,
  paragraphs,
  personName,
  readCaseFile,
  spreadOf,
  spreadText,
  type Person,
} from '../../src/client/calibration';

function row(level: string, key: string, ref: string, formerIds: string[] = []): IndexRow {
  return {
    level,
    key,
    ref,
    role: 'criterion',
    words: { plain: `Fixture words of ${key}`, html: `Fixture words of ${key}` },
    subpoints: [],
    context: `Fixture level ${level}`,
    section: { anchor: 'fixture-section', title: 'Fixture section' },
    competency: '',
    url: `/levels/${level}/#${key}`,
    formerIds,
  };
}

const index: CaseIndex = {
  handbook: 'Fixture handbook',
  scale: {
    heading: 'How often',
    points: [
      { value: 'not-yet', label: 'Not yet seen' },
      { value: 'sometimes', label: 'Sometimes' },
      { value: 'consistently', label: 'Consistently' },
    ],
  },
  levels: [
    { id: 'fixture-1', title: 'Fixture 1', role: '', url: '/levels/fixture-1/', formerIds: [] },
    { id: 'fixture-2', title: 'Fixture 2', role: '', url: '/levels/fixture-2/', formerIds: ['old-2'] },
  ],
  rows: [
    row('fixture-1', 'a', 'F-1'),
    row('fixture-2', 'b', 'F-1', ['old-b']),
    row('fixture-2', 'c', 'F-2'),
    row('fixture-2', 'd', 'F-3'),
  ],
};

const blank = (name = 'Fixture case') => newCase({ id: `id-${name}`, name, date: '2026-11-30' });
const note = (c: Case, level: string, key: string, notes: string, seen?: string) =>
  withCaseEntry(c, level, key, { notes, seen });
const person = (c: Case, file = 'fixture.json', id = file): Person => ({ id, file, case: c });

describe('reading files', () => {
  it('reads a case file as a person, and says why another cannot be read, naming the file', () => {
    const read = readCaseFile('1', 'ada.json', serialiseCase({ ...blank(), person: 'Fixture Ada' }));
    expect('person' in read && personName(read.person)).toBe('Fixture Ada');
    expect(readCaseFile('2', 'broken.json', '{ not json')).toEqual({
      file: 'broken.json',
      reason: 'it is not valid JSON',
    });
    expect(readCaseFile('3', 'other.json', '{"format":"fixture"}')).toEqual({
      file: 'other.json',
      reason: 'it is not a handbook case or worksheet',
    });
  });

  it('names a person by the case’s person, else its name, else the file; a worksheet by its file', () => {
    expect(personName(person({ ...blank('Fixture name'), person: ' ' }))).toBe('Fixture name');
    expect(personName(person({ ...blank(''), person: '' }, 'fixture-file.json'))).toBe('fixture-file.json');
    const worksheet = readCaseFile(
      '1',
      'level-4-worksheet.json',
      JSON.stringify({
        format: 'handbook-worksheet',
        version: 2,
        level: '4',
        entries: { a: { notes: 'x' } },
      }),
    );
    expect('person' in worksheet && personName(worksheet.person)).toBe('level-4-worksheet.json');
  });

  it('tells two people of one name apart by their files', () => {
    const same = { ...blank(), person: 'Fixture Sam' };
    expect(
      namesOf([
        person(same, 'one.json'),
        person(same, 'two.json'),
        person({ ...blank(), person: 'Fixture Bo' }),
      ]),
    ).toEqual(['Fixture Sam (one.json)', 'Fixture Sam (two.json)', 'Fixture Bo']);
  });
});

describe('notes as paragraphs', () => {
  it('keeps each line its own paragraph and drops blank ones', () => {
    expect(paragraphs('First line\nSecond line\r\n\r\n  Third, after a blank line  \n')).toEqual([
      'First line',
      'Second line',
      'Third, after a blank line',
    ]);
    expect(paragraphs('  \n ')).toEqual([]);
  });
});

describe('side by side', () => {
  const ada = person(
    note(
      note(withPick(blank(), 'fixture-2', 'd', true), 'fixture-2', 'b', 'Ada on b\nsecond', 'consistently'),
      'fixture-2',
      'c',
      '',
      'sometimes',
    ),
    'ada.json',
  );
  const bo = person(note(blank(), 'fixture-2', 'b', 'Bo on b', 'consistently'), 'bo.json');
  const cy = person(note(blank(), 'fixture-2', 'b', '', 'sometimes'), 'cy.json');

  it('counts who has evidence and spreads the marks from the scale’s top down', () => {
    const [level] = calibrationOf(index, [ada, bo, cy]);
    const b = level?.rows.find((view) => view.row.key === 'b');
    expect(b?.evidence).toBe(2);
    expect(b?.spread).toEqual([
      { label: 'Consistently', count: 2 },
      { label: 'Sometimes', count: 1 },
    ]);
    expect(b?.cells.map((cell) => cell.notes)).toEqual([['Ada on b', 'second'], ['Bo on b'], []]);
    expect(b?.cells.map((cell) => cell.mark)).toEqual(['Consistently', 'Consistently', 'Sometimes']);
  });

  it('marks rows no one picked or wrote about, and a picked row without evidence as touched', () => {
    const view = levelView(index, [ada, bo], 'fixture-2');
    expect(view.rows.map((row) => [row.row.key, row.touched])).toEqual([
      ['b', true],
      ['c', true],
      ['d', true],
    ]);
    expect(levelView(index, [bo], 'fixture-2').rows.map((row) => row.touched)).toEqual([true, false, false]);
    expect(view.rows.find((row) => row.row.key === 'd')?.cells[0]).toEqual({
      picked: true,
      mark: undefined,
      notes: [],
    });
  });

  it('groups by level, in the handbook’s order, only levels some case holds something of', () => {
    const both = person(note(note(blank(), 'fixture-2', 'c', 'x'), 'fixture-1', 'a', 'y'));
    expect(levelsOf(index, [both])).toEqual(['fixture-1', 'fixture-2']);
    expect(levelsOf(index, [bo])).toEqual(['fixture-2']);
    expect(calibrationOf(index, [person(blank())])).toEqual([]);
    expect(calibrationOf(index, [both]).map((level) => [level.id, level.title, level.rows.length])).toEqual([
      ['fixture-1', 'Fixture 1', 1],
      ['fixture-2', 'Fixture 2', 3],
    ]);
  });

  it('reads a level saved under a former id as today’s, and keeps a level the handbook lost apart', () => {
    const old = person(note(note(blank(), 'old-2', 'c', 'Under the old level'), 'gone', 'z', 'Lost level'));
    expect(levelsOf(index, [old])).toEqual(['fixture-2', 'gone']);
    const [current, gone] = calibrationOf(index, [old]);
    expect(current?.rows.find((row) => row.row.key === 'c')?.cells[0]?.notes).toEqual([
      'Under the old level',
    ]);
    expect(gone).toMatchObject({ id: 'gone', title: 'Level “gone” (no longer in the framework)', url: '' });
    expect(gone?.rows).toEqual([]);
    // Saved under both the old id and today's: today's note is the one shown.
    const twice = person(note(note(blank(), 'old-2', 'c', 'Old'), 'fixture-2', 'c', 'New'));
    expect(levelView(index, [twice], 'fixture-2').rows[1]?.cells[0]?.notes).toEqual(['New']);
    expect(gone?.former).toEqual([
      { key: 'z', cells: [{ picked: true, mark: undefined, notes: ['Lost level'] }] },
    ]);
  });

  it('carries a note under a former id to its item, and keeps one under an unknown id apart', () => {
    const renamed = person(
      note(note(blank(), 'fixture-2', 'old-b', 'Under old-b'), 'fixture-2', 'gone', 'Gone'),
    );
    const view = levelView(index, [renamed, bo], 'fixture-2');
    expect(view.rows.find((row) => row.row.key === 'b')?.cells.map((cell) => cell.notes)).toEqual([
      ['Under old-b'],
      ['Bo on b'],
    ]);
    expect(view.former).toEqual([
      {
        key: 'gone',
        cells: [
          { picked: true, mark: undefined, notes: ['Gone'] },
          { picked: false, mark: undefined, notes: [] },
        ],
      },
    ]);
  });

  it('keeps a note under a former id apart when the item has its own', () => {
    const both = person(
      note(note(blank(), 'fixture-2', 'old-b', 'Under old-b'), 'fixture-2', 'b', 'Under b'),
    );
    const view = levelView(index, [both], 'fixture-2');
    expect(view.rows[0]?.cells[0]?.notes).toEqual(['Under b']);
    expect(view.former.map((former) => [former.key, former.cells[0]?.notes])).toEqual([
      ['old-b', ['Under old-b']],
    ]);
  });

  it('works for ids every object inherits', () => {
    const odd = person(
      note(note(blank(), 'fixture-2', 'constructor', 'Fixture c'), 'fixture-2', '__proto__', 'Fixture p'),
    );
    expect(
      levelView(index, [odd], 'fixture-2')
        .former.map((former) => former.key)
        .sort(),
    ).toEqual(['__proto__', 'constructor']);
  });
});

describe('spread in words', () => {
  it('reads as counts of labels, a value no longer on the scale last, as itself', () => {
    const cells = ['Consistently', 'rarely', 'Not yet seen', 'Consistently'].map((mark) => ({
      picked: true,
      mark,
      notes: [],
    }));
    const spread = spreadOf(index, cells);
    expect(spreadText(spread)).toBe('2 Consistently · 1 Not yet seen · 1 rarely');
    expect(spreadText([])).toBe('No marks');
  });

  it('shows a mark the scale no longer has by its value', () => {
    const renamed = person(note(blank(), 'fixture-2', 'c', '', 'rarely'));
    expect(levelView(index, [renamed], 'fixture-2').rows[1]?.cells[0]?.mark).toBe('rarely');
  });
});

describe('the printed date', () => {
  it('is the local date, YYYY-MM-DD', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
