import { describe, expect, it } from 'vitest';
import { iconId, iconNames } from '../../src/site/icons';
import { scale } from '../../src/client/scale';
import { citeWords, scaleWords, searchWords, ui, worksheetWords } from '../../src/client/ui-words';

describe("the interface's words", () => {
  it('name controls after what they act on, so a list of them reads well (WCAG 2.4.6)', () => {
    expect(ui.linkTo('Clarify the vision')).toBe('Link to: Clarify the vision');
    expect(ui.copyCitation('Clarify the vision')).toBe('Copy citation: Clarify the vision');
    expect(ui.copyCitation('x').startsWith(ui.copyCitationShort)).toBe(true); // the visible label is in the name (2.5.3)
    expect(ui.citationCopied('Clarify the vision')).toBe('Citation copied: Clarify the vision');
  });

  it('quote the fragment a link asked for when it names nothing', () => {
    expect(ui.unknownFragment('old-id')).toBe(
      'There is nothing at “#old-id” on this page: it may have been renamed or removed.',
    );
  });
});

describe("the rubric's and worksheet's words", () => {
  it('name each field after its reference and words, so a screen reader knows what to write where', () => {
    expect(ui.rubric.title('Level 4')).toBe('Level 4 rubric');
    expect(ui.rubric.link('Level 4')).toBe('Rubric and worksheet for Level 4');
    expect(ui.rubric.evidenceFor('KB-1', 'Anticipates needs')).toBe(
      'Evidence and examples for KB-1: Anticipates needs',
    );
    expect(ui.rubric.seenFor('KB-1')).toBe('How often KB-1 is seen');
    expect(ui.rubric.reflectionFor('Q-1', 'What assumptions…')).toBe(
      'Your reflection on Q-1: What assumptions…',
    );
  });

  it('say why saved or imported notes could not be read, and that nothing was lost', () => {
    expect(ui.worksheet.unreadable('it is not valid JSON')).toMatch(
      /^The notes saved in this browser could not be read \(it is not valid JSON\)\. They are kept aside/,
    );
    expect(ui.worksheet.badImport('it is the worksheet of level 5')).toBe(
      'That file could not be imported: it is the worksheet of level 5. Your notes are unchanged.',
    );
  });
});

describe('icons', () => {
  it('have ids no author id can take', () => {
    expect(iconNames.map(iconId)).toEqual([
      'icon--link',
      'icon--copy',
      'icon--search',
      'icon--pick',
      'icon--edit',
    ]);
  });
});

describe("search's words", () => {
  it('count results, and say what was found for which words', () => {
    expect(searchWords.count(1)).toBe('1 result');
    expect(searchWords.count(3)).toBe('3 results');
    expect(searchWords.found('3 results', 'delegate')).toBe('3 results for “delegate”');
    expect(searchWords.partial('delegate tradeoffs', '2 results')).toBe(
      'No single item has every word of “delegate tradeoffs”; 2 results with some of them:',
    );
    expect(searchWords.none('zzz')).toBe('No results for “zzz”. Try one of these:');
  });

  it('name the levels there are when a query names one there is not', () => {
    expect(searchWords.noSuchLevel('5', 'Level 3', 'Level 4')).toBe(
      'There is no level “5” in this handbook (its levels: Level 3, Level 4). ',
    );
  });
});

describe('every interface word', () => {
  /** Every word in `ui`, with a path to name it; functions called with sample arguments. */
  function words(group: object, path = 'ui'): [string, unknown][] {
    return Object.entries(group).flatMap(([key, value]): [string, unknown][] => {
      const at = `${path}.${key}`;
      if (typeof value === 'function')
        return [[at, (value as (...args: unknown[]) => unknown)('A', 'B', 'C')]];
      if (value && typeof value === 'object') return words(value, at);
      return [[at, value]];
    });
  }

  it('is a sentence or a name, never empty or a stray placeholder', () => {
    for (const [path, word] of words(ui)) {
      expect(typeof word, path).toBe('string');
      expect(String(word).trim(), path).not.toBe('');
      expect(String(word), path).not.toMatch(/undefined|\[object/);
    }
  });

  it('is shared, not copied, where scripts use their own group', () => {
    expect(ui.search).toBe(searchWords);
    expect(ui.worksheet).toBe(worksheetWords);
    expect(ui.copyCitation).toBe(citeWords.copyCitation);
    expect(scale.map(({ label }) => label)).toEqual(Object.values(scaleWords));
    expect(ui.rubric.from).toBe(ui.shift.from);
  });
});
