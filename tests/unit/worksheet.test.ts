import { describe, expect, it } from 'vitest';
import {
  emptyWorksheet,
  isBlank,
  orphansOf,
  parseWorksheet,
  serialiseWorksheet,
  withEntry,
  worksheetMarkdown,
  type WorksheetRow,
} from '../../src/client/worksheet';

const rows: WorksheetRow[] = [
  {
    key: 'anticipates-product-needs',
    ref: 'KB-1',
    cited: {
      words: { plain: 'Anticipates product needs', html: 'Anticipates product needs' },
      url: 'https://h.example/levels/4/#anticipates-product-needs',
      context: 'Level 4 · Key Behaviors',
    },
  },
  {
    key: 'drives-clarity',
    ref: 'SI-1',
    cited: {
      words: { plain: 'Drive clarity and focus', html: 'Drive clarity and focus' },
      url: 'https://h.example/levels/4/#drives-clarity',
      context: 'Level 4 · Success Indicators',
    },
  },
];

describe('a worksheet', () => {
  it('keeps an entry with notes or a mark, and drops one that is blank', () => {
    let sheet = withEntry(emptyWorksheet('4'), 'drives-clarity', {
      notes: 'Ran the Q3 review.',
      seen: 'sometimes',
    });
    expect(sheet.entries['drives-clarity']).toEqual({ notes: 'Ran the Q3 review.', seen: 'sometimes' });
    sheet = withEntry(sheet, 'drives-clarity', { notes: '  ', seen: undefined });
    expect(sheet.entries).toEqual({});
    expect(isBlank(undefined)).toBe(true);
  });

  it('reads back what it saved', () => {
    const sheet = withEntry(emptyWorksheet('4'), 'drives-clarity', { notes: 'x', seen: 'consistently' });
    expect(parseWorksheet(serialiseWorksheet(sheet), '4')).toEqual({ worksheet: sheet });
  });

  it.each([
    ['not JSON', '{', 'it is not valid JSON'],
    ['another format', '{"format":"other"}', 'it is not a handbook worksheet'],
    [
      'another version',
      '{"format":"handbook-worksheet","version":9}',
      'it is a worksheet of another version (9)',
    ],
    [
      'another level',
      '{"format":"handbook-worksheet","version":1,"level":"5","entries":{}}',
      'it is the worksheet of level 5',
    ],
    ['no entries', '{"format":"handbook-worksheet","version":1,"level":"4"}', 'its notes are missing'],
    [
      'a mark that is not text',
      '{"format":"handbook-worksheet","version":1,"level":"4","entries":{"a":{"notes":"n","seen":3}}}',
      'the notes for "a" are malformed',
    ],
    [
      'an empty mark',
      '{"format":"handbook-worksheet","version":1,"level":"4","entries":{"a":{"notes":"n","seen":" "}}}',
      'the notes for "a" are malformed',
    ],
    [
      'notes that are not text',
      '{"format":"handbook-worksheet","version":1,"level":"4","entries":{"a":{"notes":3}}}',
      'the notes for "a" are malformed',
    ],
    ['null', 'null', 'it is not a handbook worksheet'],
  ])('refuses %s, saying why', (_, text, error) => {
    expect(parseWorksheet(text, '4')).toEqual({ error });
  });

  it('keeps notes for items no longer on the page, apart', () => {
    const sheet = withEntry(
      withEntry(emptyWorksheet('4'), 'gone-item', { notes: 'old', seen: undefined }),
      'drives-clarity',
      {
        notes: 'new',
        seen: undefined,
      },
    );
    expect(orphansOf(sheet, new Set(rows.map(({ key }) => key)))).toEqual([
      ['gone-item', { notes: 'old', seen: undefined }],
    ]);
  });
});

describe('the Markdown export', () => {
  it("marks an entry on the framework's own scale, keeps a mark no longer on it, and nests sub-points", () => {
    const cited = {
      words: { plain: 'Designs fixture systems', html: 'Designs fixture systems' },
      subpoints: [{ plain: 'Writes it down', html: 'Writes it down' }],
      url: 'https://h.example/levels/f/#a',
      context: 'Fixture',
    };
    const scale = [
      { value: 'Awareness', label: 'Awareness' },
      { value: 'Expert', label: 'Expert' },
    ];
    let sheet = withEntry(emptyWorksheet('f'), 'a', { notes: 'Did it.', seen: 'Expert' });
    sheet = withEntry(sheet, 'b', { notes: '', seen: 'Renamed value' });
    const rows = [
      { key: 'a', ref: 'C-1', cited },
      {
        key: 'b',
        ref: 'C-2',
        cited: { ...cited, subpoints: undefined, url: 'https://h.example/levels/f/#b' },
      },
    ];
    expect(worksheetMarkdown(sheet, rows, 'F', scale).split('\n')).toEqual([
      '# F',
      '',
      '- C-1 [Designs fixture systems](https://h.example/levels/f/#a) (Fixture): expert',
      '  1. Writes it down',
      '',
      '  Did it.',
      '- C-2 [Designs fixture systems](https://h.example/levels/f/#b) (Fixture): renamed value',
      '',
    ]);
    expect(parseWorksheet(serialiseWorksheet(sheet), 'f')).toEqual({ worksheet: sheet });
  });

  it("lists each written item's citation, its mark and the reader's notes, and the orphans last", () => {
    let sheet = emptyWorksheet('4');
    sheet = withEntry(sheet, 'drives-clarity', {
      notes: 'Led the roadmap review.\nWrote the brief.',
      seen: 'consistently',
    });
    sheet = withEntry(sheet, 'anticipates-product-needs', { notes: '', seen: 'sometimes' });
    sheet = withEntry(sheet, 'gone-item', { notes: 'Kept.', seen: undefined });
    expect(worksheetMarkdown(sheet, rows, 'Level 4: my evidence')).toBe(
      [
        '# Level 4: my evidence',
        '',
        '- KB-1 [Anticipates product needs](https://h.example/levels/4/#anticipates-product-needs) (Level 4 · Key Behaviors): sometimes',
        '- SI-1 [Drive clarity and focus](https://h.example/levels/4/#drives-clarity) (Level 4 · Success Indicators): consistently',
        // Each line written is its own paragraph: a renderer would join lines not set apart.
        '',
        '  Led the roadmap review.',
        '',
        '  Wrote the brief.',
        '',
        '## Notes for items no longer in this level',
        '',
        '- #gone-item',
        '',
        '  Kept.',
        '',
      ].join('\n'),
    );
  });
});
