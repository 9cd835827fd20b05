/**
 * The case page's items as plain data (src/client/dom-tree.ts), built into the page by
 * src/client/case-page.ts: each level and section of the case document, each item with its citation,
 * a labelled evidence box, a mark on the scale (with "No mark") and Remove; unknown items apart. What a
 * reader wrote is set as the fields' values afterwards, never written into markup.
 */
import { caseEntry, type Case } from './case';
import type { CaseDocument } from './case-export';
import type { CaseIndex, IndexRow } from './case-index';
import { h, type Tree } from './dom-tree';
import { caseWords } from './words/case';

/** One item of the case, with its evidence and mark. */
function itemTree(c: Case, row: IndexRow, index: CaseIndex): Tree {
  const entry = caseEntry(c, row.level, row.key);
  const id = `case--${row.level}--${row.key}`;
  const mark =
    row.role === 'criterion' && index.scale.points.length > 0
      ? [
          h(
            'fieldset',
            { class: 'mark' },
            h('legend', {}, caseWords.markFor(row.ref)),
            ...[{ value: '', label: caseWords.noMark }, ...index.scale.points].map((point) =>
              h(
                'label',
                // "No mark" is for the screen: on paper, no point marked says it.
                point.value === '' ? { class: 'print:hidden' } : {},
                h('input', {
                  type: 'radio',
                  name: `${id}--mark`,
                  value: point.value,
                  'data-case-mark': '',
                  ...((entry?.seen ?? '') === point.value ? { checked: '' } : {}),
                }),
                ` ${point.label}`,
              ),
            ),
          ),
        ]
      : [];
  return h(
    'li',
    { class: 'case-item', 'data-level': row.level, 'data-key': row.key },
    h(
      'p',
      { class: 'cited' },
      h('span', { class: 'ref' }, row.ref),
      ' ',
      h('a', { href: row.url }, row.words.plain),
      ' ',
      h('span', { class: 'context' }, `(${row.context})`),
    ),
    h(
      'label',
      { class: 'evidence' },
      caseWords.evidenceFor(row.ref),
      h('textarea', { rows: '4', 'data-case-notes': '' }),
    ),
    ...mark,
    h(
      'button',
      {
        type: 'button',
        class: 'remove print:hidden',
        'data-case-remove': '',
        'aria-label': caseWords.removeItem(row.ref, row.words.plain),
      },
      caseWords.remove,
    ),
  );
}

/** The case's levels, sections and items, then the items no longer in the framework. */
export function caseTrees(c: Case, doc: CaseDocument, index: CaseIndex): Tree[] {
  const sections = (doc?.levels ?? []).map(({ level, sections }) =>
    h(
      'section',
      { class: 'case-level' },
      h('h2', {}, level.role ? `${level.title}: ${level.role}` : level.title),
      ...sections.map((section) =>
        h(
          'section',
          { class: 'case-section' },
          h('h3', {}, section.title),
          h('ol', { role: 'list' }, ...section.lines.map((line) => itemTree(c, line.row, index))),
        ),
      ),
    ),
  );
  const orphans =
    doc && doc.orphans.length > 0
      ? [
          h(
            'section',
            { class: 'case-level' },
            h('h2', {}, caseWords.orphans),
            h(
              'ul',
              {},
              ...doc.orphans.map((orphan) =>
                h(
                  'li',
                  {},
                  h('code', {}, `#${orphan.key}`),
                  ` ${orphan.mark ?? ''} ${orphan.paragraphs.join(' / ')}`,
                ),
              ),
            ),
          ),
        ]
      : [];
  return [...sections, ...orphans];
}
