/**
 * A case as a document (src/client/case-export.ts) and its share link (src/client/case-share.ts), on
 * a small fixture index: grouped by level and section in reading order, linked citations naming the
 * version, marks, evidence kept as paragraphs in every form, and a link that carries no notes.
 */
import { describe, expect, it } from 'vitest';
import { newCase, withCaseEntry, withPick, type Case } from '../../src/client/case';
import type { CaseIndex, IndexRow } from '../../src/client/case-index';
import { caseDocument, caseHtml, caseMarkdown, caseText, paragraphsOf } from '../../src/client/case-export';
import { caseOfShared, readShared, shareQuery, sharedCount } from '../../src/client/case-share';

const row = (
  level: string,
  key: string,
  ref: string,
  section: string,
  extra: Partial<IndexRow> = {},
): IndexRow => ({
  level,
  key,
  ref,
  role: 'criterion',
  words: { plain: `Fixture words of ${key}`, html: `Fixture <em>words</em> of ${key}` },
  subpoints: [],
  context: `Fixture ${level} · ${section}`,
  section: { anchor: section.toLowerCase(), title: section },
  competency: '',
  url: `/handbook/levels/${level}/#${key}`,
  formerIds: [],
  ...extra,
});

const index: CaseIndex = {
  handbook: 'Fixture handbook',
  version: '2026.2',
  scale: { heading: 'Seen', points: [{ value: 'often', label: 'Often' }] },
  levels: [
    { id: 'a', title: 'Fixture A', role: 'first', url: '/handbook/levels/a/', formerIds: [] },
    { id: 'b', title: 'Fixture B', role: '', url: '/handbook/levels/b/', formerIds: ['old-b'] },
  ],
  rows: [
    row('a', 'one', 'X-1', 'Doing'),
    row('a', 'two', 'X-2', 'Doing'),
    row('a', 'three', 'Y-1', 'Being', { formerIds: ['was-three'] }),
    row('b', 'four', 'X-1', 'Doing'),
  ],
};

function fixtureCase(): Case {
  let c: Case = { ...newCase({ id: 'c', name: 'Mine', date: '2026-11-30', level: 'b' }), person: 'Ada' };
  for (const [level, key] of [
    ['b', 'four'],
    ['a', 'three'],
    ['a', 'one'],
    ['a', 'gone'],
  ] as const)
    c = withPick(c, level, key, true);
  c = withCaseEntry(c, 'a', 'one', { notes: 'First line.\n\n  Second <line>.  \n', seen: 'often' });
  c = withCaseEntry(c, 'a', 'gone', { notes: 'Kept anyway.', seen: 'retired value' });
  return c;
}

const doc = () => caseDocument(fixtureCase(), index, 'https://example.org/handbook/case/');

describe('the document', () => {
  it('groups by level (the handbook’s order) and section (reading order), and keeps unknown items apart', () => {
    const { title, facts, levels, orphans } = doc();
    expect(title).toBe('Ada: promotion case for Fixture B');
    expect(facts).toEqual([
      'Name: Ada',
      'Level sought: Fixture B',
      'Date: 2026-11-30',
      'Framework version 2026.2',
    ]);
    expect(
      levels.map(({ level, sections }) => [
        level.id,
        sections.map((s) => [s.title, s.lines.map((l) => l.row.ref)]),
      ]),
    ).toEqual([
      [
        'a',
        [
          ['Doing', ['X-1']],
          ['Being', ['Y-1']],
        ],
      ],
      ['b', [['Doing', ['X-1']]]],
    ]);
    expect(orphans).toEqual([
      { level: 'a', key: 'gone', mark: 'retired value', paragraphs: ['Kept anyway.'] },
    ]);
  });

  it('keeps each line written as its own paragraph, blank lines dropped', () => {
    expect(paragraphsOf('a\r\n\n b \n')).toEqual(['a', 'b']);
  });

  it('as HTML: headings, linked citations of the version, the mark and escaped paragraphs', () => {
    const html = caseHtml(doc());
    expect(html).toContain('<h1>Ada: promotion case for Fixture B</h1>');
    expect(html).toContain('<h2>Fixture A: first</h2>');
    expect(html).toContain('<h3>Doing</h3>');
    expect(html).toContain(
      '<a href="https://example.org/handbook/levels/a/?v=2026.2#one">Fixture <em>words</em> of one</a> (Fixture a · Doing · version 2026.2)',
    );
    expect(html).toContain(
      '<p><strong>Mark: Often</strong></p>\n<p>First line.</p>\n<p>Second &lt;line&gt;.</p>',
    );
    expect(html).toContain('<h2>Items no longer in the framework</h2>');
  });

  it('as plain text: no markup, each paragraph on its own line', () => {
    const text = caseText(doc());
    expect(text).toContain(
      'X-1 “Fixture words of one” (Fixture a · Doing · version 2026.2) https://example.org/handbook/levels/a/?v=2026.2#one\nMark: Often\nFirst line.\nSecond <line>.',
    );
    expect(text).not.toContain('<em>');
  });

  it('as Markdown: paragraphs separated by blank lines, the reader’s words as written', () => {
    const markdown = caseMarkdown(doc());
    expect(markdown).toContain('# Ada: promotion case for Fixture B\n\nName: Ada  \nLevel sought: Fixture B');
    expect(markdown).toContain(
      '#### X-1\n\n[Fixture words of one](https://example.org/handbook/levels/a/?v=2026.2#one)',
    );
    expect(markdown).toContain('**Mark: Often**\n\nFirst line.\n\nSecond <line>.\n');
    expect(markdown).toContain('#### \\#gone\n\n**Mark: retired value**\n\nKept anyway.');
  });

  it('as plain text and HTML, keeps unknown items apart with their marks; says no facts it does not have', () => {
    expect(caseText(doc())).toContain(
      'ITEMS NO LONGER IN THE FRAMEWORK\n\n#gone\nMark: retired value\nKept anyway.',
    );
    expect(caseHtml(doc())).toContain(
      '<h4>#gone</h4>\n<p><strong>Mark: retired value</strong></p>\n<p>Kept anyway.</p>',
    );
    const bare = caseDocument(
      newCase({ id: 'c', name: 'Bare', date: '' }),
      { ...index, version: undefined },
      'https://example.org/',
    );
    expect(bare.facts).toEqual([]);
    expect(caseHtml(bare)).toBe('<h1>Bare: promotion case</h1>');
    expect(caseMarkdown(bare)).toBe('# Bare: promotion case\n');
    expect(caseText(bare)).toBe('Bare: promotion case\n');
  });

  it('finds an item under an id it had before', () => {
    const c = withPick(newCase({ id: 'c', name: 'Old', date: '' }), 'a', 'was-three', true);
    const { levels } = caseDocument(c, index, 'https://example.org/');
    expect(levels[0]?.sections[0]?.lines[0]?.row.key).toBe('three');
    expect(caseDocument(c, index, 'https://example.org/').title).toBe('Old: promotion case');
  });
});

describe('the share link', () => {
  it('carries the selection and the level sought, never the notes or the name', () => {
    const query = shareQuery(fixtureCase());
    expect(query).not.toMatch(/Ada|line|Kept/);
    const shared = readShared(query);
    if (!shared) throw new Error('the link holds no selection');
    expect(shared.level).toBe('b');
    expect(sharedCount(shared)).toBe(4);
    const c = caseOfShared(shared, { id: 'n', name: 'Shared', date: '2026-12-01' });
    expect(c.levels['a']?.picked).toEqual(['three', 'one', 'gone']);
    expect(c.levels['a']?.entries).toEqual({});
  });

  it('keeps odd ids whole, and holds nothing without picks', () => {
    const c = withPick(newCase({ id: 'c', name: '', date: '' }), 'a', 'x,y:z%', true);
    expect(readShared(shareQuery(c))?.picks).toEqual([{ level: 'a', keys: ['x,y:z%'] }]);
    expect(shareQuery(newCase({ id: 'c', name: '', date: '' }))).toBe('');
    expect(readShared('?pick=nolevel&pick=:a&pick=a:')).toBeUndefined();
    expect(readShared('?pick=a:%25E0')?.picks[0]?.keys).toEqual(['%E0']);
  });
});
