import { describe, expect, it } from 'vitest';
import {
  adjacentPairs,
  ladderOrder,
  nextLevels,
  previousLevels,
  rungs,
  type Rung,
} from '../../src/pipeline/model/ladder';

const rung = (id: string, rank: number, track?: string): Rung => ({ id, rank, track });
/** A ladder that forks at rank 3 into an IC and a manager track, the IC track going on to rank 4. */
const ladder = ladderOrder(
  [rung('4-ic', 4, 'ic'), rung('3-manager', 3, 'manager'), rung('1', 1), rung('3-ic', 3, 'ic'), rung('2', 2)],
  ['ic', 'manager'],
);
const ids = (levels: readonly Rung[]) => levels.map((level) => level.id);
const at = (id: string) => ladder.find((level) => level.id === id) ?? rung(id, 0);

describe('the ladder', () => {
  it('orders levels by rank, then levels on every track, then tracks in the framework order', () => {
    expect(ids(ladder)).toEqual(['1', '2', '3-ic', '3-manager', '4-ic']);
    expect(ids(ladderOrder([rung('b', 1, 'manager'), rung('a', 1, 'ic')], ['manager', 'ic']))).toEqual([
      'b',
      'a',
    ]);
  });

  it('forks: after the last shared level come both tracks', () => {
    expect(ids(nextLevels(ladder, at('2')))).toEqual(['3-ic', '3-manager']);
    expect(ids(previousLevels(ladder, at('3-manager')))).toEqual(['2']);
  });

  it('keeps to a track: after 3-ic comes 4-ic, and 3-manager has no next level', () => {
    expect(ids(nextLevels(ladder, at('3-ic')))).toEqual(['4-ic']);
    expect(ids(nextLevels(ladder, at('3-manager')))).toEqual([]);
    expect(ids(previousLevels(ladder, at('4-ic')))).toEqual(['3-ic']);
  });

  it('has nothing before the first level and nothing after the last', () => {
    expect(previousLevels(ladder, at('1'))).toEqual([]);
    expect(nextLevels(ladder, at('4-ic'))).toEqual([]);
  });

  it('skips a gap in a track to its next level, and merges tracks into a shared level', () => {
    const merged = ladderOrder(
      [rung('3-ic', 3, 'ic'), rung('3-m', 3, 'm'), rung('5', 5), rung('4-ic', 4, 'ic')],
      ['ic', 'm'],
    );
    expect(ids(nextLevels(merged, rung('3-m', 3, 'm')))).toEqual(['5']);
    expect(ids(previousLevels(merged, rung('5', 5)))).toEqual(['4-ic']);
  });

  it('pairs every level with each level after it, lower first', () => {
    expect(adjacentPairs(ladder).map(([from, to]) => `${from.id}→${to.id}`)).toEqual([
      '1→2',
      '2→3-ic',
      '2→3-manager',
      '3-ic→4-ic',
    ]);
  });

  it('groups levels that share a rank into one rung', () => {
    expect(rungs(ladder).map((step) => [step.rank, ids(step.levels)])).toEqual([
      [1, ['1']],
      [2, ['2']],
      [3, ['3-ic', '3-manager']],
      [4, ['4-ic']],
    ]);
  });

  it('has no neighbours and no pairs with one level', () => {
    const one = [rung('4', 4)];
    expect(nextLevels(one, rung('4', 4))).toEqual([]);
    expect(previousLevels(one, rung('4', 4))).toEqual([]);
    expect(adjacentPairs(one)).toEqual([]);
  });
});
