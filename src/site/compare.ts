/**
 * Two levels side by side, section by section (and competency by competency): every section either
 * level has, in the order of the levels' pages, with what each level says, or nothing where a level
 * lacks that section. Pure, so the compare page only lays it out.
 */
import type { Competency, Handbook, Level, Section } from '../pipeline/model/model';

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
