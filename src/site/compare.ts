/**
 * Two levels side by side, section by section (and competency by competency): every section either
 * level has, in the order of the levels' pages, with what each level says, or nothing where a level
 * lacks that section. Two kinds of pair: adjacent levels (what changes from one to the next) and the
 * levels of one rank on different tracks (IC and manager: how they differ). Pure, so the compare page
 * and the level pages only lay it out.
 */
import { ui } from '../client/ui-words';
import type { Comparison, Competency, Handbook, Level, Section } from '../pipeline/model/model';
import { trackTitle } from './navigation';

export interface ComparedSection {
  kind: string;
  title: string;
  from: Section | undefined;
  to: Section | undefined;
}

export interface ComparedCompetency {
  competency: Competency;
  sections: ComparedSection[];
}

export function compareLevels(handbook: Handbook, from: Level, to: Level): ComparedCompetency[] {
  return handbook.competencies
    .map((competency) => {
      const find = (level: Level, kind: string) =>
        level.sections.find((section) => section.competency === competency.id && section.kind === kind);
      const sections = handbook.sectionKinds.flatMap(({ id: kind, title }) => {
        const row = { kind, from: find(from, kind), to: find(to, kind) };
        const shown = row.from ?? row.to;
        return shown ? [{ ...row, title: shown.title || title }] : [];
      });
      return { competency, sections };
    })
    .filter((group) => group.sections.length > 0);
}

/** What the heading and introduction of a compare page need of a level. `role` may be absent. */
export interface ComparedLevel {
  title: string;
  rank: number;
  track: string | undefined;
  role?: string | undefined;
}

/** Whether a pair is two levels of one rank on different tracks, rather than adjacent levels. */
export function acrossTracks(pair: { from: ComparedLevel; to: ComparedLevel }): boolean {
  return pair.from.rank === pair.to.rank;
}

/** A level's compare pages: with the levels before and after it, and with the other tracks at its rank. */
export function comparisonsOf(comparisons: readonly Comparison[]): {
  adjacent: Comparison[];
  acrossTracks: Comparison[];
} {
  return {
    adjacent: comparisons.filter((comparison) => !acrossTracks(comparison)),
    acrossTracks: comparisons.filter((comparison) => acrossTracks(comparison)),
  };
}

/** What a compare page says above the two columns: its description and the line under its heading. */
export interface CompareIntro {
  acrossTracks: boolean;
  description: string;
  /** "From role to role." or the two tracks; undefined where the content gives nothing to say. */
  lead: string | undefined;
}

export function compareIntro(handbook: Handbook, from: ComparedLevel, to: ComparedLevel): CompareIntro {
  if (acrossTracks({ from, to })) {
    const side = (level: ComparedLevel) => {
      const track = trackTitle(handbook, level.track) ?? level.title;
      return level.role ? ui.compare.trackRole(track, level.role) : track;
    };
    return {
      acrossTracks: true,
      description: ui.compare.tracksDescription(from.title, to.title),
      lead: ui.compare.tracks(side(from), side(to)),
    };
  }
  const roles =
    from.role && to.role && from.role !== to.role ? ui.compare.roles(from.role, to.role) : undefined;
  return { acrossTracks: false, description: ui.compare.description(from.title, to.title), lead: roles };
}
