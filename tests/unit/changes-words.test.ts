/** What the changelog says of a release (src/client/words/changes.ts): counts, singulars, releases to come. */
import { describe, expect, it } from 'vitest';
import { changesWords } from '../../src/client/words/changes';

const none = { added: 0, reworded: 0, moved: 0, retired: 0, levels: 0, renamed: 0, attributes: 0 };

describe('the changelog words', () => {
  it('count each kind of change, in one order, and say when nothing citable changed', () => {
    expect(
      changesWords.counts({
        added: 2,
        reworded: 1,
        moved: 3,
        retired: 1,
        levels: 1,
        renamed: 1,
        attributes: 2,
      }),
    ).toBe('1 level changed, 2 added, 1 reworded, 3 moved, 1 with a new id, 2 with new values, 1 retired');
    expect(changesWords.counts({ ...none, levels: 2 })).toBe('2 levels changed');
    expect(changesWords.counts(none)).toBe('No change to what is citable.');
  });

  it('say what a first release holds, in singular and plural', () => {
    expect(changesWords.firstRelease(1, 1)).toBe('The first release: 1 level, 1 item.');
    expect(changesWords.firstRelease(3, 27)).toBe('The first release: 3 levels, 27 items.');
  });

  it('say what edits not yet released will become', () => {
    expect(changesWords.unreleasedHelp('2026.4')).toBe(
      'Changes made since the latest release, to be released as 2026.4.',
    );
    expect(changesWords.unreleasedHelp(undefined)).toBe(
      'Changes made since the latest release, not yet part of any release.',
    );
  });

  it('say a value that a scale gained or lost', () => {
    expect(changesWords.attribute('Fixture scale', undefined, 'High')).toBe('Fixture scale: none → High.');
    expect(changesWords.attribute('Fixture scale', 'Low', undefined)).toBe('Fixture scale: Low → none.');
  });
});
