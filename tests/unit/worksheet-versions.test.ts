import { describe, expect, it } from 'vitest';
import {
  carryFormerIds,
  emptyWorksheet,
  entryOf,
  orphansOf,
  parseWorksheet,
  serialiseWorksheet,
  withEntry,
  worksheetMarkdown,
  writtenEntry,
  type Worksheet,
  type WorksheetRow,
} from '../../src/client/worksheet';
import { worksheetAttributes, worksheetRowAttributes } from '../../src/client/worksheet-attributes';

const rows: WorksheetRow[] = [
  {
    key: 'ships-widgets',
    ref: 'KB-1',
    cited: {
      words: { plain: 'Ships fixture widgets', html: 'Ships fixture widgets' },
      url: 'https://h.example/levels/2/#ships-widgets',
      context: 'Level 2 · Key Behaviors',
    },
  },
];

const read = (text: string, level = '2', former: string[] = []): Worksheet => {
  const result = parseWorksheet(text, level, former);
  if ('error' in result) throw new Error(result.error);
  return result.worksheet;
};

describe('a worksheet of format 2', () => {
  it('records the version of the page it was saved on, and of each entry, and reads them back', () => {
    let sheet = withEntry(
      emptyWorksheet('2'),
      'ships-widgets',
      writtenEntry('Shipped three.', 'sometimes', '2026.1'),
    );
    sheet = withEntry(sheet, 'constructor', writtenEntry('Prototype id.', undefined, '2026.3'));
    const text = serialiseWorksheet(sheet, '2026.3');
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data['version']).toBe(2);
    expect(data['frameworkVersion']).toBe('2026.3');
    const back = read(text);
    expect(back.frameworkVersion).toBe('2026.3');
    expect(entryOf(back, 'ships-widgets')).toEqual({
      notes: 'Shipped three.',
      seen: 'sometimes',
      version: '2026.1',
    });
    expect(entryOf(back, 'constructor')).toEqual({
      notes: 'Prototype id.',
      seen: undefined,
      version: '2026.3',
    });
    expect(serialiseWorksheet(back)).toBe(text);
  });

  it('records no version where the framework names none', () => {
    const sheet = withEntry(
      emptyWorksheet('2'),
      'ships-widgets',
      writtenEntry('Notes.', undefined, undefined),
    );
    const data = JSON.parse(serialiseWorksheet(sheet)) as {
      frameworkVersion?: string;
      entries: Record<string, object>;
    };
    expect(data.frameworkVersion).toBeUndefined();
    expect(data.entries['ships-widgets']).toEqual({ notes: 'Notes.' });
  });

  it('refuses an entry whose version is not text, naming it', () => {
    const text = JSON.stringify({
      format: 'handbook-worksheet',
      version: 2,
      level: '2',
      entries: { a: { notes: 'x', version: 3 } },
    });
    expect(parseWorksheet(text, '2')).toEqual({ error: 'the notes for "a" are malformed' });
  });

  it('refuses a format it does not know', () => {
    const text = JSON.stringify({ format: 'handbook-worksheet', version: 3, level: '2', entries: {} });
    expect(parseWorksheet(text, '2')).toEqual({ error: 'it is a worksheet of another version (3)' });
  });
});

describe('a worksheet of format 1', () => {
  const v1 = JSON.stringify({
    format: 'handbook-worksheet',
    version: 1,
    level: '2',
    entries: { 'ships-widgets': { notes: 'Old notes.', seen: 'consistently' }, gone: { notes: 'Kept.' } },
  });

  it('is read, every entry kept, its versions unknown', () => {
    const sheet = read(v1);
    expect(sheet.frameworkVersion).toBeUndefined();
    expect(entryOf(sheet, 'ships-widgets')).toEqual({ notes: 'Old notes.', seen: 'consistently' });
    expect(entryOf(sheet, 'gone')?.version).toBeUndefined();
    expect(orphansOf(sheet, new Set(['ships-widgets'])).map(([key]) => key)).toEqual(['gone']);
  });

  it('is saved again as format 2', () => {
    expect(JSON.parse(serialiseWorksheet(read(v1), '2026.3'))).toMatchObject({
      version: 2,
      frameworkVersion: '2026.3',
    });
  });

  it('of a level renamed since is the level’s', () => {
    expect(parseWorksheet(v1, 'second')).toEqual({ error: 'it is the worksheet of level 2' });
    expect(entryOf(read(v1, 'second', ['2']), 'ships-widgets')?.notes).toBe('Old notes.');
    expect(read(v1, 'second', ['2']).level).toBe('second');
  });
});

describe('notes kept under an id the page no longer has', () => {
  const sheet = (entries: Record<string, { notes: string; version?: string }>) =>
    read(JSON.stringify({ format: 'handbook-worksheet', version: 2, level: '2', entries }));

  it('go to the row whose item took that id over, remembering the id they were written under', () => {
    const carried = carryFormerIds(sheet({ 'old-id': { notes: 'Written then.', version: '2026.1' } }), [
      { key: 'ships-widgets', formerIds: ['older-id', 'old-id'] },
    ]);
    expect(entryOf(carried, 'old-id')).toBeUndefined();
    expect(entryOf(carried, 'ships-widgets')).toEqual({
      notes: 'Written then.',
      seen: undefined,
      version: '2026.1',
      from: 'old-id',
    });
    // …and survive a save and a reload.
    expect(entryOf(read(serialiseWorksheet(carried)), 'ships-widgets')?.from).toBe('old-id');
  });

  it('stay apart when the row has notes of its own, or when two former ids lead to one row', () => {
    const own = carryFormerIds(sheet({ 'old-id': { notes: 'Then.' }, 'ships-widgets': { notes: 'Now.' } }), [
      { key: 'ships-widgets', formerIds: ['old-id'] },
    ]);
    expect(entryOf(own, 'ships-widgets')?.notes).toBe('Now.');
    expect(entryOf(own, 'old-id')?.notes).toBe('Then.');
    const two = carryFormerIds(sheet({ a: { notes: 'A.' }, b: { notes: 'B.' } }), [
      { key: 'ships-widgets', formerIds: ['a', 'b'] },
    ]);
    expect(Object.keys(two.entries).sort()).toEqual(['b', 'ships-widgets']);
    expect(entryOf(two, 'ships-widgets')?.notes).toBe('A.');
  });

  it('stay where they are when no row took their id over; an id every object has is an id', () => {
    const kept = carryFormerIds(sheet({ constructor: { notes: 'C.' }, toString: { notes: 'T.' } }), [
      { key: 'ships-widgets', formerIds: ['constructor'] },
      { key: 'toString', formerIds: [] },
    ]);
    expect(entryOf(kept, 'ships-widgets')).toMatchObject({ notes: 'C.', from: 'constructor' });
    expect(entryOf(kept, 'toString')?.notes).toBe('T.');
    expect(entryOf(kept, 'constructor')).toBeUndefined();
  });

  it('are read from the rows, which the rubric writes with their former ids', () => {
    expect(
      worksheetRowAttributes({ key: 'ships-widgets', ref: 'KB-1', formerIds: ['a', 'b'] })['data-former-ids'],
    ).toBe('a b');
    expect(worksheetRowAttributes({ key: 'ships-widgets', ref: 'KB-1', formerIds: [] })).not.toHaveProperty(
      'data-former-ids',
    );
    expect(
      worksheetAttributes({ level: 'second', levelPath: '/levels/second/', title: 'T', formerLevels: ['2'] })[
        'data-worksheet-former-levels'
      ],
    ).toBe('2');
  });
});

describe('the Markdown export of a versioned worksheet', () => {
  const sheet = withEntry(
    emptyWorksheet('2'),
    'ships-widgets',
    writtenEntry('Shipped three.', undefined, '2026.1'),
  );

  it('names the version under its title, and cites that version', () => {
    expect(worksheetMarkdown(sheet, rows, 'Level 2: my evidence', undefined, '2026.3')).toBe(
      [
        '# Level 2: my evidence',
        '',
        'Framework version 2026.3',
        '',
        '- KB-1 [Ships fixture widgets](https://h.example/levels/2/?v=2026.3#ships-widgets) (Level 2 · Key Behaviors · version 2026.3)',
        '',
        '  Shipped three.',
        '',
      ].join('\n'),
    );
  });

  it('names no version where the framework has none', () => {
    const markdown = worksheetMarkdown(sheet, rows, 'Level 2: my evidence');
    expect(markdown).not.toContain('version');
    expect(markdown).toContain('(https://h.example/levels/2/#ships-widgets)');
  });
});
