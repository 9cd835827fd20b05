/**
 * A worksheet is keyed by the content's ids, and an id may be `constructor` (kebab-case allows it) or,
 * in a saved or imported file, any key at all (`__proto__`): each is an entry like any other, never
 * what every JavaScript object inherits, and never the worksheet's prototype.
 */
import { describe, expect, it } from 'vitest';
import {
  emptyWorksheet,
  entryOf,
  orphansOf,
  parseWorksheet,
  serialiseWorksheet,
  withEntry,
  worksheetMarkdown,
  type WorksheetRow,
} from '../../src/client/worksheet';

const row = (key: string, ref: string): WorksheetRow => ({
  key,
  ref,
  cited: {
    words: { plain: `Fixture item ${key}`, html: `Fixture item ${key}` },
    url: `https://h.example/levels/1/#${key}`,
    context: 'Fixture Level 1 · Fixture Key Behaviors',
  },
});
const rows = [row('constructor', 'KB-1'), row('fixture-other', 'KB-2')];

describe('a worksheet keyed by ids such as constructor and __proto__', () => {
  it('has no entry for "constructor" until one is written', () => {
    const sheet = emptyWorksheet('1');
    expect(entryOf(sheet, 'constructor')).toBeUndefined();
    expect(entryOf(sheet, 'hasOwnProperty')).toBeUndefined();
    expect(orphansOf(sheet, new Set())).toEqual([]);
  });

  it('exports Markdown when an item on the page is "constructor" and has no entry', () => {
    const sheet = withEntry(emptyWorksheet('1'), 'fixture-other', {
      notes: 'Fixture note.',
      seen: undefined,
    });
    expect(worksheetMarkdown(sheet, rows, 'Fixture worksheet')).toBe(
      '# Fixture worksheet\n\n- KB-2 [Fixture item fixture-other](https://h.example/levels/1/#fixture-other) (Fixture Level 1 · Fixture Key Behaviors)\n\n  Fixture note.\n',
    );
  });

  it('exports the note written for the item "constructor"', () => {
    const sheet = withEntry(emptyWorksheet('1'), 'constructor', {
      notes: 'Fixture note on it.',
      seen: 'sometimes',
    });
    expect(entryOf(sheet, 'constructor')).toEqual({ notes: 'Fixture note on it.', seen: 'sometimes' });
    const markdown = worksheetMarkdown(sheet, rows, 'Fixture worksheet');
    expect(markdown).toContain('- KB-1 [Fixture item constructor](https://h.example/levels/1/#constructor)');
    expect(markdown).toContain('  Fixture note on it.');
  });

  it('reads back "__proto__" and "constructor" entries from saved JSON as entries, and keeps them', () => {
    // As a file says it: an object literal here would make "__proto__" its prototype, not a key.
    const saved =
      '{"format":"handbook-worksheet","version":1,"level":"1","entries":{"__proto__":{"notes":"Fixture proto note."},"constructor":{"notes":"Fixture constructor note."}}}';
    // JSON.parse keeps "__proto__" as a key of its own; so must the worksheet.
    const read = parseWorksheet(saved, '1');
    if (!('worksheet' in read)) throw new Error(read.error);
    const sheet = read.worksheet;
    expect(Object.keys(sheet.entries).sort()).toEqual(['__proto__', 'constructor']);
    expect(entryOf(sheet, '__proto__')).toEqual({ notes: 'Fixture proto note.', seen: undefined });
    expect(Object.getPrototypeOf(sheet.entries)).toBeNull();
    // "__proto__" is no item on the page: kept, and shown apart.
    expect(orphansOf(sheet, new Set(['constructor'])).map(([key]) => key)).toEqual(['__proto__']);
    expect(worksheetMarkdown(sheet, rows, 'Fixture worksheet')).toContain('#__proto__');
    // Saved again, it reads back the same.
    const again = parseWorksheet(serialiseWorksheet(sheet), '1');
    expect('worksheet' in again && Object.keys(again.worksheet.entries).sort()).toEqual([
      '__proto__',
      'constructor',
    ]);
    // Removing one keeps the other.
    const without = withEntry(sheet, '__proto__', { notes: '', seen: undefined });
    expect(Object.keys(without.entries)).toEqual(['constructor']);
  });
});
