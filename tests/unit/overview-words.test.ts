/** The words of the home page's overview and of the level pages' links to compare across tracks. */
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/client/ui-words';

describe('the overview and compare-across-tracks words', () => {
  it('name a cell of the overview whole, for a screen reader: level, competency, then what it says', () => {
    expect(ui.home.overviewCell('Level 2', 'Craft', '3 items')).toBe('Level 2, Craft: 3 items');
  });

  it('say the other track (or tracks) at this rank, never "next level"', () => {
    expect(ui.level.compareTracks(1)).toBe('The other track at this rank, side by side:');
    expect(ui.level.compareTracks(2)).toBe('The other tracks at this rank, side by side:');
    expect(`${ui.level.compareTracks(1)} ${ui.level.compareTracks(2)}`).not.toMatch(/next/i);
  });
});
