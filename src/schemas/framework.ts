/**
 * The framework file's schema (`content/framework/handbook.mdx`): what the handbook is about, its
 * competencies and tracks, and the section kinds and scales it declares. Sections and items are checked
 * against what a framework declares here (`sectionSchemaFor` in `content.ts`).
 */
import { z } from 'astro/zod';
import { defaultSectionKinds, rubricRoles, sectionLayouts, type SectionKindSpec } from './section-kinds';
import { MAX_ID_LENGTH } from './limits';
import { idSchema, textSchema, uniqueBy, uniqueIds } from './fields';
import { versionSchema } from './release';

/** A scale declared by the framework, as items and the rubric use it. */
export interface ScaleSpec {
  id: string;
  title: string;
  values: readonly string[];
  searchFilter?: boolean | undefined;
  rubric?: boolean | undefined;
}

const competencySchema = z.strictObject({
  id: idSchema.describe(
    `The competency's id, named by sections' competency field and used as its anchor on level pages. At most ${MAX_ID_LENGTH} characters.`,
  ),
  title: textSchema.describe('The competency\'s name, e.g. "Product knowledge".'),
  summary: textSchema.optional().describe('One sentence on what the competency covers.'),
});

const trackSchema = z.strictObject({
  id: idSchema.describe("The track's id, named by levels' track field."),
  title: textSchema.describe('The track\'s name, e.g. "Individual contributor".'),
});

/** A section kind the framework declares: see `SectionKindSpec` (`src/schemas/section-kinds.ts`). */
const sectionKindSchema = z.strictObject({
  id: idSchema.describe(
    `The kind's id: sections' kind field, and the URL segment of its pages (/levels/<level>/<id>/). Never changed once published. At most ${MAX_ID_LENGTH} characters.`,
  ),
  title: textSchema.describe("The heading of this kind's sections when a section file gives no title."),
  layout: z
    .enum(sectionLayouts)
    .describe(
      'How its sections are drawn: list (bullets), statements (one block each), lead-list (a lead-in sentence and a list), quotations, sequence (numbered steps), or shift (from one outlook to another, no items).',
    ),
  rubricRole: z
    .enum(rubricRoles)
    .describe(
      "What its items are in a level's rubric: focus (heads it), criterion (evidence is gathered against them), prompt (for reflection), or none.",
    ),
  refPrefix: z
    .string()
    .regex(/^[A-Z][A-Z0-9]*$/, { error: 'must be capital letters (and digits), e.g. KB' })
    .describe("What its items' rubric references start with: KB gives KB-1, KB-2…"),
  searchWeight: z
    .number()
    .positive()
    .describe(
      'How much its items weigh in search, against other kinds: the heavier first among equal matches.',
    ),
  leadsToNextLevel: z
    .boolean()
    .optional()
    .describe("true to end this kind's sections with a link to the next level up."),
});

/** A scale the framework declares: ordered values that items take as attributes, or the rubric uses. */
const scaleSchema = z.strictObject({
  id: idSchema
    // A scale's id is a field of items' `attributes`, and every object already has a `constructor`.
    .refine((id) => !(id in Object.prototype), {
      error: (issue) =>
        `"${String(issue.input)}" is a name every JavaScript object has, so items could not give it as an attribute: choose another`,
    })
    .describe("The scale's id: the name of the attribute items give (attributes: { <id>: <value> })."),
  title: textSchema.describe('The scale\'s name, shown beside each value, e.g. "Proficiency".'),
  values: z
    .array(textSchema)
    .min(2, { error: 'must list at least two values, in order' })
    .superRefine((values, ctx) => {
      values.forEach((value, index) => {
        const first = values.indexOf(value);
        if (first !== index)
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `duplicate value "${value}": [${first}] already is it`,
          });
      });
    })
    .describe('The values, lowest first, e.g. [Awareness, Working knowledge, Practitioner, Expert].'),
  searchFilter: z.boolean().optional().describe('true to let readers filter search results by this scale.'),
  rubric: z
    .boolean()
    .optional()
    .describe(
      "true to make this the scale a level's rubric and worksheet assess items on, instead of the default (not yet seen, sometimes, consistently).",
    ),
});

/** What the handbook is about. Its MDX body is the home page's "how to read it" guidance. */
export const frameworkSchema = z.strictObject({
  name: textSchema.describe("The handbook's name, shown in the header and page titles."),
  summary: textSchema.describe(
    'One or two sentences on what the framework is, for the home page and page descriptions.',
  ),
  version: versionSchema.optional(),
  competencies: uniqueIds(competencySchema)
    .min(1, { error: 'must list at least one competency' })
    .describe(
      'The competencies the framework describes, in reading order. With one, nothing about competencies is shown.',
    ),
  tracks: uniqueIds(trackSchema)
    .optional()
    .describe('The parallel tracks the ladder forks into (e.g. individual contributor, manager), if any.'),
  sectionKinds: uniqueBy(sectionKindSchema, ['id', 'refPrefix'])
    .min(1, { error: 'must list at least one kind, or be left out for the default kinds' })
    .optional()
    .describe(
      `The kinds of section a level has, in the order sections are read. Leave it out for the default ones: ${defaultSectionKinds.map((kind) => kind.id).join(', ')}.`,
    ),
  scales: uniqueIds(scaleSchema)
    .superRefine((scales, ctx) => {
      const rubric = scales.flatMap((scale, index) => (scale.rubric ? [index] : []));
      for (const index of rubric.slice(1))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'rubric'],
          message: `only one scale can be the rubric's: [${rubric[0]}] already is`,
        });
    })
    .optional()
    .describe(
      "Named, ordered scales: attributes items take (a proficiency), or the rubric's assessment scale.",
    ),
});

/** The kinds a framework's sections take: its own, else the default ones. */
export function kindsOf(framework: FrameworkData | undefined): readonly SectionKindSpec[] {
  return framework?.sectionKinds ?? defaultSectionKinds;
}

export type FrameworkData = z.infer<typeof frameworkSchema>;
