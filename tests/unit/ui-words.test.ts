import { describe, expect, it } from 'vitest';
import { ui } from '../../src/lib/ui-words';

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
