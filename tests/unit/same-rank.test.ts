/** Comparing across tracks: the levels of one rank on different tracks, paired in the framework's track order. */
import { describe, expect, it } from 'vitest';
import { ladderOrder, sameRankPairs, type Rung } from '../../src/pipeline/model/ladder';

const rung = (id: string, rank: number, track?: string): Rung => ({ id, rank, track });
const pairs = (levels: readonly Rung[]) => sameRankPairs(levels).map(([a, b]) => `${a.id}|${b.id}`);

describe('sameRankPairs', () => {
  it('pairs the two levels where the ladder forks, first track first', () => {
    const ladder = ladderOrder(
      [rung('3-manager', 3, 'manager'), rung('4-ic', 4, 'ic'), rung('1', 1), rung('3-ic', 3, 'ic')],
      ['ic', 'manager'],
    );
    expect(pairs(ladder)).toEqual(['3-ic|3-manager']);
  });

  it("follows the framework's track order, not the ids' order", () => {
    const ladder = ladderOrder([rung('a-ic', 5, 'ic'), rung('z-manager', 5, 'manager')], ['manager', 'ic']);
    expect(pairs(ladder)).toEqual(['z-manager|a-ic']);
  });

  it('pairs every rank that forks, lowest first, and each two of three tracks at one rank', () => {
    const ladder = ladderOrder(
      [
        rung('1', 1),
        rung('2-ic', 2, 'ic'),
        rung('2-m', 2, 'm'),
        rung('3-ic', 3, 'ic'),
        rung('3-m', 3, 'm'),
        rung('3-x', 3, 'x'),
        rung('4-ic', 4, 'ic'),
      ],
      ['ic', 'm', 'x'],
    );
    expect(pairs(ladder)).toEqual(['2-ic|2-m', '3-ic|3-m', '3-ic|3-x', '3-m|3-x']);
  });

  it('pairs nothing on a ladder that never forks, nor a track alone at its rank', () => {
    expect(pairs(ladderOrder([rung('1', 1), rung('2', 2), rung('3', 3)]))).toEqual([]);
    expect(
      pairs(ladderOrder([rung('1', 1), rung('2-ic', 2, 'ic'), rung('3-m', 3, 'm')], ['ic', 'm'])),
    ).toEqual([]);
    expect(pairs([])).toEqual([]);
  });

  it('never pairs two levels of one track (which the content check refuses anyway)', () => {
    expect(pairs([rung('a', 3, 'ic'), rung('b', 3, 'ic')])).toEqual([]);
  });
});
