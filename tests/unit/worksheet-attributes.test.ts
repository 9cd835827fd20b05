import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { citeAttributes, citeWordsAttributes } from '../../src/client/cite-attributes';
import { escapeHtml } from '../../src/client/citation';
import {
  readWorksheet,
  readWorksheetRow,
  worksheetAttributes,
  worksheetRowAttributes,
  worksheetSelectors,
  worksheetStorageKey,
} from '../../src/client/worksheet-attributes';
import { withBase } from '../../src/site/base';
import { worksheetAttributesFor, worksheetRowAttributesFor } from '../../src/site/worksheet';

const written = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');

describe("the worksheet's attributes", () => {
  it("keep a level's notes under its page's path, base included, so two handbooks on one host keep theirs apart", () => {
    expect(worksheetStorageKey('/handbook/levels/4/')).toBe('handbook-worksheet:/handbook/levels/4/');
    expect(worksheetStorageKey('/levels/4/')).not.toBe(worksheetStorageKey('/handbook/levels/4/'));
  });

  it('round-trip: the worksheet element says its level, storage key and title', () => {
    const attributes = worksheetAttributes({
      level: '4',
      levelPath: '/levels/4/',
      title: 'Level 4: my evidence',
    });
    const root = parse(`<article${written(attributes)}></article>`).querySelector(worksheetSelectors.root);
    expect(root && readWorksheet(root)).toEqual({
      level: '4',
      key: 'handbook-worksheet:/levels/4/',
      title: 'Level 4: my evidence',
      levelTitle: '4',
      formerLevels: [],
    });
  });

  it('title a worksheet by its level when no title is written', () => {
    const root = parse('<article data-worksheet="4"></article>').querySelector(worksheetSelectors.root);
    expect(root && readWorksheet(root).title).toBe('4');
  });

  it('round-trip: a row says its key, its reference and its citation', () => {
    const attributes = {
      ...worksheetRowAttributes({ key: 'clarify-the-vision', ref: 'KB-1' }),
      ...citeAttributes({ url: '/levels/4/#clarify-the-vision', context: 'Level 4 · Key Behaviors' }),
    };
    const html = `<table><tr${written(attributes)}><td><span${written(citeWordsAttributes())}>Clarify the vision</span>
      <textarea data-worksheet-notes></textarea><input type="radio" data-worksheet-seen></td></tr></table>`;
    const row = parse(html).querySelector(worksheetSelectors.row);
    if (!row) throw new Error('no row');
    expect(readWorksheetRow(row, 'https://handbook.example/levels/4/rubric/')).toEqual({
      key: 'clarify-the-vision',
      ref: 'KB-1',
      formerIds: [],
      cited: {
        words: { plain: 'Clarify the vision', html: 'Clarify the vision' },
        url: 'https://handbook.example/levels/4/#clarify-the-vision',
        context: 'Level 4 · Key Behaviors',
      },
    });
    expect(row.querySelector(worksheetSelectors.notes)).not.toBeNull();
    expect(row.querySelector(worksheetSelectors.seen)).not.toBeNull();
  });
});

describe('as the rubric page writes them', () => {
  it("keep the worksheet under the level page's path with this build's base", () => {
    expect(worksheetAttributesFor({ id: '4', url: '/levels/4/' }, 'T')['data-worksheet-storage']).toBe(
      worksheetStorageKey(withBase('/levels/4/')),
    );
  });

  it("cite a row at its item's canonical URL", () => {
    expect(
      worksheetRowAttributesFor(
        { key: 'a', ref: 'KB-1' },
        { url: '/levels/4/#a', context: 'Level 4' },
        'https://handbook.example',
      ),
    ).toEqual({
      'data-worksheet-row': '',
      'data-key': 'a',
      'data-ref': 'KB-1',
      'data-cite-url': new URL(withBase('/levels/4/#a'), 'https://handbook.example').href,
      'data-cite-context': 'Level 4',
    });
  });
});
