/** Pages describe themselves by their own words (src/site/descriptions.ts), at most 160 characters. */
import { describe, expect, it } from 'vitest';
import { DESCRIPTION_LENGTH, levelDescription, sectionDescription } from '../../src/site/descriptions';
import { shorten } from '../../src/client/shorten';
import { readModel } from '../support/content';
import { level4Fixture } from '../support/sites';

describe('page descriptions', () => {
  it('cut long words at a word, with an ellipsis, and keep short ones whole', () => {
    expect(shorten('a  short\ntext', DESCRIPTION_LENGTH)).toBe('a short text');
    const long = shorten('word '.repeat(60), DESCRIPTION_LENGTH);
    expect(long.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
    expect(long.endsWith('word…')).toBe(true);
    expect(shorten('x'.repeat(200), 20)).toBe(`${'x'.repeat(19)}…`);
  });

  it('describe a level by its introduction, else by the fallback', () => {
    const level = readModel(level4Fixture).levels[0];
    if (!level) throw new Error('no level');
    const said = levelDescription(level, 'Level 4', 'fallback');
    expect(said.startsWith('Level 4: ')).toBe(true);
    expect(said).not.toMatch(/[*_#[\]]/);
    expect(levelDescription({ introduction: '  ' }, 'Level 4', 'fallback')).toBe('fallback');
  });

  it('describe a section by its items’ words, else by the fallback', () => {
    expect(sectionDescription('Habits at Fixture 1', ['First.', 'Second.'], 'fallback')).toBe(
      'Habits at Fixture 1: First.; Second.',
    );
    expect(sectionDescription('Habits at Fixture 1', [], 'fallback')).toBe('fallback');
  });
});
