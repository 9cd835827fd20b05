/**
 * The content files an import writes, as text: where each lives (the layout `check/file-layout.ts`
 * expects) and its frontmatter, written by the yaml library so that any text (a colon, a quote, a
 * `#`) reads back exactly as it was.
 */
import { stringify } from 'yaml';
import type { LevelData } from '../../schemas/content';
import type { ImportedLevel, ImportedSection, ImportPlan } from './import-rows';

export interface PlannedFile {
  /** Relative to the project root: `content/levels/level-4.mdx`. */
  file: string;
  text: string;
}

/** A level id as YAML shows it best: `4` rather than `"4"` (either reads back as the id "4"). */
export function yamlId(id: string): string | number {
  return /^(?:0|[1-9]\d{0,14})$/.test(id) ? Number(id) : id;
}

/** An MDX file: the frontmatter, then the body if any. */
function mdx(data: Record<string, unknown>, body = ''): string {
  const frontmatter = stringify(data, { lineWidth: 0 });
  return `---\n${frontmatter}---\n${body.trim() === '' ? '' : `\n${body.trim()}\n`}`;
}

/** Leaves out the fields that are undefined, so the file has only what was given. */
function defined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

export const levelFile = (id: string) => `content/levels/level-${id}.mdx`;

/** `content/sections/level-<level>/<kind>.mdx`, in a competency's folder when there are several. */
export function sectionFile(section: Pick<ImportedSection, 'level' | 'competency' | 'kind'>): string {
  const folder = `content/sections/level-${section.level}`;
  return section.competency
    ? `${folder}/${section.competency}/${section.kind}.mdx`
    : `${folder}/${section.kind}.mdx`;
}

export function levelText({ data, introduction }: Pick<ImportedLevel, 'data' | 'introduction'>): string {
  const { id, rank, track, title, role, closing, formerIds }: LevelData = data;
  return mdx(defined({ id: yamlId(id), rank, track, title, role, closing, formerIds }), introduction);
}

export function sectionText(section: ImportedSection): string {
  return mdx(
    defined({
      level: yamlId(section.level),
      competency: section.competency,
      kind: section.kind,
      title: section.title,
      lead: section.lead,
      items: section.items,
    }),
  );
}

/** Every file the plan writes: its levels', then its sections', each once. */
export function plannedFiles(plan: ImportPlan): PlannedFile[] {
  return [
    ...plan.levels.map((level) => ({ file: levelFile(level.data.id), text: levelText(level) })),
    ...plan.sections.map((section) => ({ file: sectionFile(section), text: sectionText(section) })),
  ];
}
