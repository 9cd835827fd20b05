/**
 * What a spreadsheet import needs of the framework file: the competencies, tracks, section kinds and
 * scales it declares. Read leniently, field by field, so the import works whatever else the framework
 * file holds; the full check is the content check the import runs on what it writes.
 */
import { z } from 'astro/zod';
import { readFrontmatter } from '../../pipeline/read/frontmatter';
import { describeIssue, fieldName, type ContentProblem } from '../../pipeline/problems';
import type { ScaleSpec } from '../../schemas/content';
import { defaultSectionKinds, type SectionLayout } from '../../schemas/section-kinds';

export interface KindTerm {
  id: string;
  layout: SectionLayout | string;
}

/** A scale as the item schema checks values against it (`itemSchemaFor`). */
export type ScaleTerm = Pick<ScaleSpec, 'id' | 'title' | 'values'>;

export interface FrameworkTerms {
  competencies: string[];
  tracks: string[];
  /** The section kinds the framework declares (`sectionKinds`), else the default table's. */
  kinds: KindTerm[];
  /** The scales the framework declares (`scales`); none when it declares none. */
  scales: ScaleTerm[];
}

const entry = z.looseObject({ id: z.string() });
const termsSchema = z.looseObject({
  competencies: z.array(entry).min(1),
  tracks: z.array(entry).optional(),
  sectionKinds: z.array(z.looseObject({ id: z.string(), layout: z.string() })).optional(),
  scales: z
    .array(z.looseObject({ id: z.string(), title: z.string().optional(), values: z.array(z.string()) }))
    .optional(),
});

/** The default section kinds, for a framework that declares none. */
export const defaultKinds: readonly KindTerm[] = defaultSectionKinds.map(({ id, layout }) => ({
  id,
  layout,
}));

/** The terms the framework file `file` (its text) declares, or the problems that keep them unknown. */
export function frameworkTerms(
  file: string,
  text: string,
): { terms: FrameworkTerms | undefined; problems: ContentProblem[] } {
  const frontmatter = readFrontmatter(text);
  const syntax = frontmatter.syntaxErrors.map(({ position, message }) => ({
    file,
    ...position,
    field: '',
    message: `YAML: ${message}`,
  }));
  if (syntax.length > 0) return { terms: undefined, problems: syntax };
  const result = termsSchema.safeParse(frontmatter.data);
  if (!result.success) {
    return {
      terms: undefined,
      problems: result.error.issues.map((issue) => {
        const { path, message } = describeIssue(issue, frontmatter.data);
        return { file, ...frontmatter.locate(path), field: fieldName(path), message };
      }),
    };
  }
  const { competencies, tracks, sectionKinds, scales } = result.data;
  return {
    terms: {
      competencies: competencies.map(({ id }) => id),
      tracks: (tracks ?? []).map(({ id }) => id),
      kinds: sectionKinds ? sectionKinds.map(({ id, layout }) => ({ id, layout })) : [...defaultKinds],
      scales: (scales ?? []).map(({ id, title, values }) => ({ id, title: title ?? id, values })),
    },
    problems: [],
  };
}
