/**
 * Where a reader can go from a page, computed once per page from the model: the levels before and
 * after this one, landing on the same section where that level has it, and the compare pages.
 */
import type { Handbook, Level, LevelLink } from '../pipeline/model/model';

/** A neighbouring level, and where to land on it. */
export interface LevelNeighbour {
  level: LevelLink;
  /** The same section at that level, when it has one; otherwise the level's page. */
  url: string;
  /** The section title landed on, when `url` is a section page. */
  section: string | undefined;
  /** The level's track title, where the ladder forks. */
  track: string | undefined;
}

export function findLevel(handbook: Handbook, id: string): Level | undefined {
  return handbook.levels.find((level) => level.id === id);
}

/** The level with `id`, which the caller knows exists (it came from the model). */
export function levelById(handbook: Handbook, id: string): Level {
  const level = findLevel(handbook, id);
  if (!level) throw new Error(`The handbook has no level ${id}.`);
  return level;
}

/** The previous and next levels of `level`; from a section page, `kind` names the section to land on. */
export function levelNeighbours(
  handbook: Handbook,
  level: Level,
  kind?: string,
): { previous: LevelNeighbour[]; next: LevelNeighbour[] } {
  const neighbour = (link: LevelLink): LevelNeighbour => {
    const page =
      kind && findLevel(handbook, link.id)?.sectionPages.find((candidate) => candidate.kind === kind);
    return {
      level: link,
      url: page ? page.url : link.url,
      section: page ? page.title : undefined,
      track: trackTitle(handbook, link.track),
    };
  };
  return { previous: level.previousLevels.map(neighbour), next: level.nextLevels.map(neighbour) };
}

/** The title of a track, or undefined for levels on every track. */
export function trackTitle(handbook: Handbook, track: string | undefined): string | undefined {
  return track === undefined ? undefined : handbook.tracks.find((candidate) => candidate.id === track)?.title;
}
