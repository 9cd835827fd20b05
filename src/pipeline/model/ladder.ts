/**
 * The ladder: levels in order of rank, where the ladder may fork into parallel tracks (individual
 * contributor, manager…) that share ranks. A level without a track is on every track.
 *
 *   rank 1   [1]
 *   rank 2   [2]
 *   rank 3   [3-ic]  [3-manager]     ← two levels share a place
 *   rank 4   [4-ic]
 *
 * Neighbours follow the reader's track: after 2 come both 3-ic and 3-manager; after 3-ic comes 4-ic;
 * 3-manager has no next level. Where the ladder forks, the levels of one rank on different tracks are
 * also compared with one another (3-ic with 3-manager). Pure, and knows nothing of pages.
 */

/** What the ladder needs of a level. */
export interface Rung {
  id: string;
  rank: number;
  track: string | undefined;
}

/** Whether two levels can follow one another: the same track, or one of them on every track. */
export function onOnePath(a: Rung, b: Rung): boolean {
  return a.track === undefined || b.track === undefined || a.track === b.track;
}

/** Levels in ladder order: by rank, then levels on every track first, then in the order of `tracks`. */
export function ladderOrder<L extends Rung>(levels: readonly L[], tracks: readonly string[] = []): L[] {
  const trackIndex = (level: Rung) => (level.track === undefined ? -1 : tracks.indexOf(level.track));
  return [...levels].sort(
    (a, b) => a.rank - b.rank || trackIndex(a) - trackIndex(b) || a.id.localeCompare(b.id),
  );
}

/** The levels just before `level` on its path (several where tracks merge), in ladder order. */
export function previousLevels<L extends Rung>(ordered: readonly L[], level: Rung): L[] {
  const earlier = ordered.filter((other) => other.rank < level.rank && onOnePath(other, level));
  const rank = Math.max(...earlier.map((other) => other.rank));
  return earlier.filter((other) => other.rank === rank);
}

/** The levels just after `level` on its path (several where the ladder forks), in ladder order. */
export function nextLevels<L extends Rung>(ordered: readonly L[], level: Rung): L[] {
  const later = ordered.filter((other) => other.rank > level.rank && onOnePath(other, level));
  const rank = Math.min(...later.map((other) => other.rank));
  return later.filter((other) => other.rank === rank);
}

/** Every pair of adjacent levels, lower first, in ladder order: what the compare pages show. */
export function adjacentPairs<L extends Rung>(ordered: readonly L[]): [L, L][] {
  return ordered.flatMap((level) => nextLevels(ordered, level).map((next): [L, L] => [level, next]));
}

/**
 * Every pair of levels that share a rank on different tracks, in ladder order (the first level's track
 * comes first in the framework's track order): what the compare pages across tracks show. Three tracks
 * at one rank give three pairs.
 */
export function sameRankPairs<L extends Rung>(ordered: readonly L[]): [L, L][] {
  return ordered.flatMap((level, index) =>
    ordered
      .slice(index + 1)
      .filter((other) => other.rank === level.rank && !onOnePath(level, other))
      .map((other): [L, L] => [level, other]),
  );
}

/** The ladder's rungs: each rank with the levels that share it, lowest first. */
export function rungs<L extends Rung>(ordered: readonly L[]): { rank: number; levels: L[] }[] {
  const byRank = new Map<number, L[]>();
  for (const level of ordered) byRank.set(level.rank, [...(byRank.get(level.rank) ?? []), level]);
  return [...byRank].map(([rank, levels]) => ({ rank, levels }));
}
