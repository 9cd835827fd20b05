/**
 * The case model (src/client/case.ts): picks, notes shared with the rubric's worksheet, files that
 * read back, imports that keep every note here, and file names after the person, level and date.
 */
import { describe, expect, it } from 'vitest';
import {
  caseEntry,
  caseFileName,
  caseImportPlan,
  isCaseFile,
  isEmptyCase,
  isPicked,
  mergeCases,
  newCase,
  parseCase,
  pickedCount,
  pickedLevels,
  replaceCase,
  serialiseCase,
  withCaseEntry,
  withPick,
  withWorksheet,
  worksheetOf,
} from '../../src/client/case';
import { emptyWorksheet, withEntry } from '../../src/client/worksheet';

const base = () => newCase({ id: 'c1', name: 'Mine', date: '2026-11-30' });
const note = (notes: string, seen?: string) => ({ notes, seen, version: '2026.1' });

describe('picking', () => {
  it('adds items in the order picked, once each, and takes them out keeping their notes', () => {
    let c = withPick(base(), '4', 'a', true);
    c = withPick(c, '4', 'b', true);
    c = withPick(c, '4', 'a', true);
    expect(c.levels['4']?.picked).toEqual(['b', 'a']);
    c = withCaseEntry(c, '4', 'b', note('Evidence.'));
    c = withPick(c, '4', 'b', false);
    expect(isPicked(c, '4', 'b')).toBe(false);
    expect(caseEntry(c, '4', 'b')?.notes).toBe('Evidence.');
    expect(withPick(c, '4', 'b', true).levels['4']?.picked).toEqual(['a', 'b']);
  });

  it('counts over levels and orders levels as the handbook does', () => {
    const c = withPick(withPick(withPick(base(), '5', 'x', true), '4', 'a', true), '4', 'b', true);
    expect(pickedCount(c)).toBe(3);
    expect(pickedLevels(c, ['4', '5'])).toEqual(['4', '5']);
    expect(pickedLevels(c, [])).toEqual(expect.arrayContaining(['4', '5']));
  });

  it('drops a level left with nothing, and keys such as __proto__ are keys like any other', () => {
    const c = withPick(withPick(base(), '4', '__proto__', true), '4', '__proto__', false);
    expect(Object.keys(c.levels)).toEqual([]);
    expect(isEmptyCase(c)).toBe(true);
    const odd = withCaseEntry(base(), 'constructor', '__proto__', note('odd'));
    expect(caseEntry(odd, 'constructor', '__proto__')?.notes).toBe('odd');
    expect(caseEntry(base(), '4', 'constructor')).toBeUndefined();
  });
});

describe('one store with the rubric', () => {
  it('is each level’s worksheet, and a note written there picks its item', () => {
    const sheet = withEntry(emptyWorksheet('4'), 'kb-1', note('From the rubric.', 'sometimes'));
    const c = withWorksheet(withPick(base(), '4', 'other', true), '4', sheet);
    expect(c.levels['4']?.picked).toEqual(['other', 'kb-1']);
    expect(worksheetOf(c, '4').entries['kb-1']?.notes).toBe('From the rubric.');
    // A mark taken off (a blank entry) leaves the pick.
    const unmarked = withCaseEntry(c, '4', 'kb-1', { notes: '', seen: undefined });
    expect(caseEntry(unmarked, '4', 'kb-1')).toBeUndefined();
    expect(isPicked(unmarked, '4', 'kb-1')).toBe(true);
  });
});

describe('files', () => {
  it('reads back what it writes, naming the framework version', () => {
    const c = {
      ...withCaseEntry(withPick(base(), '4', 'a', true), '4', 'a', note('Line 1\nLine 2')),
      person: 'Ada',
    };
    const text = serialiseCase(c, '2026.1');
    expect(isCaseFile(text)).toBe(true);
    expect(isCaseFile('{')).toBe(false);
    expect(isCaseFile('null')).toBe(false);
    const read = parseCase(text);
    expect('case' in read && read.case).toEqual({ ...c, frameworkVersion: '2026.1' });
  });

  it('reads a rubric worksheet file as a case of its level, its written items picked', () => {
    const file = JSON.stringify({
      format: 'handbook-worksheet',
      version: 2,
      level: '4',
      frameworkVersion: '2026.1',
      entries: { a: { notes: 'x' }, b: { notes: '', seen: 'sometimes' } },
    });
    expect(isCaseFile(file)).toBe(false);
    const read = parseCase(file);
    if (!('case' in read)) throw new Error(read.error);
    expect(read.case.level).toBe('4');
    expect(read.case.frameworkVersion).toBe('2026.1');
    expect(read.case.levels['4']?.picked).toEqual(['a', 'b']);
  });

  it.each([
    ['not JSON', '{', 'it is not valid JSON'],
    ['another format', '{"format":"x"}', 'it is not a handbook case or worksheet'],
    ['another version', '{"format":"handbook-case","version":9}', 'it is a case of another version (9)'],
    [
      'a malformed level',
      '{"format":"handbook-case","version":1,"id":"","name":"","person":"","level":"","date":"","levels":{"4":{"picked":[1]}}}',
      'the part for level "4" is malformed',
    ],
    ['missing fields', '{"format":"handbook-case","version":1,"levels":{}}', 'it is malformed'],
    [
      'a version that is not text',
      '{"format":"handbook-case","version":1,"id":"","name":"","person":"","level":"","date":"","frameworkVersion":1,"levels":{}}',
      'it is malformed',
    ],
    [
      'levels that are a list',
      '{"format":"handbook-case","version":1,"id":"","name":"","person":"","level":"","date":"","levels":[]}',
      'it is malformed',
    ],
  ])('says why it cannot read %s', (_, text, error) => {
    expect(parseCase(text)).toEqual({ error });
  });
});

describe('importing over a case', () => {
  const mine = withCaseEntry(
    withCaseEntry(base(), '4', 'a', note('Mine on a.')),
    '4',
    'b',
    note('Mine on b.'),
  );
  const theirs = {
    ...withCaseEntry(
      withCaseEntry(newCase({ id: 'c9', name: 'Theirs', date: '' }), '4', 'b', note('Theirs on b.')),
      '5',
      'x',
      note('Theirs on x.'),
    ),
    person: 'Ada',
  };

  it('says what it would add, change and leave, over every level', () => {
    expect(caseImportPlan(mine, theirs)).toEqual({ added: ['5#x'], changed: ['4#b'], left: ['4#a'] });
  });

  it('merges keeping every note here, and fills in only what is empty', () => {
    const merged = mergeCases(mine, theirs);
    expect(caseEntry(merged, '4', 'b')?.notes).toBe('Mine on b.');
    expect(caseEntry(merged, '5', 'x')?.notes).toBe('Theirs on x.');
    expect(merged.person).toBe('Ada');
    expect(merged.id).toBe('c1');
    expect(merged.name).toBe('Mine');
  });

  it('replaces with the file’s case, keeping this browser’s id', () => {
    const replaced = replaceCase(mine, theirs);
    expect(caseEntry(replaced, '4', 'a')).toBeUndefined();
    expect(replaced.id).toBe('c1');
    expect(replaced.name).toBe('Theirs');
  });
});

describe('file names', () => {
  it('are the person, level and date', () => {
    const c = { ...base(), person: 'Ada Lövelace', level: '5' };
    expect(caseFileName(c, 'Level 5', 'md')).toBe('ada-lovelace-level-5-2026-11-30.md');
  });
  it('leave out what is unknown, else take the case’s name', () => {
    expect(caseFileName({ ...base(), date: '' }, undefined, 'json')).toBe('mine.json');
    expect(caseFileName({ ...base(), name: '…', date: '' }, undefined, 'json')).toBe('case.json');
    expect(caseFileName({ ...base(), person: 'Ada' }, undefined, 'json')).toBe('ada-2026-11-30.json');
  });
});
