import { describe, expect, it } from 'vitest';
import { iconId, iconNames } from '../../src/site/icons';
import { ui } from '../../src/client/ui-words';

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
    expect(iconNames.map(iconId)).toEqual(['icon--link', 'icon--copy', 'icon--search']);
  });
});
