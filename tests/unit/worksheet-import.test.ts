/** Importing notes over notes (src/client/worksheet-import.ts): what a file would add, change or leave, and a merge that loses nothing here. */
import { describe, expect, it } from 'vitest';
import { emptyWorksheet, entryOf, withEntry, type Worksheet } from '../../src/client/worksheet';
import { importPlan, mergeWorksheets, wouldLoseNotes } from '../../src/client/worksheet-import';

const note = (notes: string, seen?: string) => ({ notes, seen });
function sheet(entries: Record<string, { notes: string; seen?: string | undefined }>): Worksheet {
  let worksheet = emptyWorksheet('fixture-1');
  for (const [key, entry] of Object.entries(entries))
    worksheet = withEntry(worksheet, key, { ...entry, seen: entry.seen });
  return worksheet;
}

const mine = sheet({
  a: note('Fixture mine on a'),
  b: note('Fixture mine on b', 'sometimes'),
  c: note('Same on c'),
});
const theirs = sheet({
  b: note('Fixture theirs on b'),
  c: note('Same on c'),
  d: note('Fixture theirs on d'),
});

describe('an import over notes already here', () => {
  it('says what it would add, change and leave', () => {
    expect(importPlan(mine, theirs)).toEqual({ added: ['d'], changed: ['b'], left: ['a'] });
    expect(wouldLoseNotes(importPlan(mine, theirs))).toBe(true);
  });

  it('a mark alone that differs is a change', () => {
    expect(
      importPlan(sheet({ a: note('x', 'sometimes') }), sheet({ a: note('x', 'consistently') })).changed,
    ).toEqual(['a']);
  });

  it('loses nothing into an empty worksheet, or where it only adds', () => {
    expect(importPlan(emptyWorksheet('fixture-1'), theirs)).toEqual({
      added: ['b', 'c', 'd'],
      changed: [],
      left: [],
    });
    expect(wouldLoseNotes(importPlan(sheet({ c: note('Same on c') }), theirs))).toBe(false);
  });

  it('merges by adding the file’s notes where there are none here, keeping every note here', () => {
    const merged = mergeWorksheets(mine, theirs);
    expect(entryOf(merged, 'a')?.notes).toBe('Fixture mine on a');
    expect(entryOf(merged, 'b')).toMatchObject({ notes: 'Fixture mine on b', seen: 'sometimes' });
    expect(entryOf(merged, 'd')?.notes).toBe('Fixture theirs on d');
    expect(Object.keys(merged.entries).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('works for ids every object inherits', () => {
    const here = sheet({ constructor: note('Fixture mine') });
    // Built by entries: in an object literal, `__proto__` would set the prototype, not a key.
    const file = sheet(
      Object.fromEntries([
        ['__proto__', note('Fixture theirs')],
        ['constructor', note('Fixture other')],
      ]),
    );
    expect(importPlan(here, file)).toEqual({ added: ['__proto__'], changed: ['constructor'], left: [] });
    expect(entryOf(mergeWorksheets(here, file), '__proto__')?.notes).toBe('Fixture theirs');
  });
});
