/**
 * Hand-built release snapshots for unit tests: levels of sections of items, every word "fixture".
 * Only what a test is about needs saying; the rest gets fixture defaults.
 */
import type { ReleaseContent, Wording } from '../../src/schemas/release';

export interface ItemSpec {
  id: string;
  text: string;
  subpoints?: string[];
  attributes?: Record<string, string>;
  formerIds?: string[];
}

export interface SectionSpec {
  kind: string;
  title?: string;
  /** The first competency of the release when not given. */
  competency?: string;
  formerIds?: string[];
  items: ItemSpec[];
}

export interface LevelSpec {
  id: string;
  title?: string;
  formerIds?: string[];
  sections: SectionSpec[];
}

/** The one competency of a release that names none. */
export const fixtureCompetency = { id: 'fixture-craft', title: 'Fixture craft' };

/** Plain words as a wording: the same text as Markdown, HTML and plain text. */
export function wording(plain: string): Wording {
  return { markdown: plain, html: plain, plain };
}

/** A release of `version` holding `levels` in order. */
export function release(
  version: string,
  levels: readonly LevelSpec[],
  options: {
    released?: string;
    competencies?: { id: string; title: string }[];
    scales?: { id: string; title: string }[];
  } = {},
): ReleaseContent {
  const competencies = options.competencies ?? [fixtureCompetency];
  const first = competencies[0]?.id ?? '';
  return {
    version,
    released: options.released ?? '2026-01-01',
    framework: { name: 'Fixture framework' },
    competencies,
    scales: options.scales ?? [],
    levels: levels.map((level, rank) => ({
      id: level.id,
      title: level.title ?? `Fixture level ${level.id}`,
      rank: rank + 1,
      formerIds: level.formerIds ?? [],
    })),
    sections: levels.flatMap((level) =>
      level.sections.map((section) => ({
        level: level.id,
        competency: section.competency ?? first,
        kind: section.kind,
        title: section.title ?? `Fixture ${section.kind}`,
        formerIds: section.formerIds ?? [],
      })),
    ),
    items: levels.flatMap((level) =>
      level.sections.flatMap((section) =>
        section.items.map((item) => ({
          id: item.id,
          level: level.id,
          competency: section.competency ?? first,
          kind: section.kind,
          text: wording(item.text),
          subpoints: (item.subpoints ?? []).map(wording),
          attributes: item.attributes ?? {},
          formerIds: item.formerIds ?? [],
        })),
      ),
    ),
  };
}
