/**
 * The content model of the handbook: what authors write. This module holds the items, sections,
 * levels and the thesaurus, and re-exports the rest: the fields they are made of (`fields.ts`) and the
 * framework file, with the kinds and scales it declares (`framework.ts`).
 *
 * These schemas check the frontmatter of every file under `content/`. The handbook's content loader
 * (`src/pipeline/loader.ts`) applies them once, reporting each mistake as `file:line:col field
 * message`; Astro uses them for types, and `src/schemas/json/` holds them as JSON Schema for editors.
 * Each field's `.describe()` is its documentation: it shows in editors when an author hovers the field.
 *
 * Objects are strict: a misspelt key is an error, never silently dropped.
 */
import { z } from 'astro/zod';
import {
  defaultSectionKinds,
  sectionLayouts,
  type SectionKindSpec,
  type SectionLayout,
} from './section-kinds';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH, MAX_WORD_LENGTH, spelled } from './limits';
import { formerIdsSchema, idSchema, itemRefSchema, levelIdSchema, textSchema } from './fields';
import type { ScaleSpec } from './framework';

export { idSchema, itemRefSchema, levelIdSchema } from './fields';
export { frameworkSchema, kindsOf, type FrameworkData, type ScaleSpec } from './framework';

/**
 * An item's `attributes`: for each scale the framework declares, one of its values. `undefined`
 * scales (the framework file could not be read) accept any scale's name and value, so one mistake
 * there is not reported again in every section.
 */
function attributesSchema(scales: readonly ScaleSpec[] | undefined) {
  const schema =
    scales === undefined
      ? z.record(idSchema, textSchema)
      : z.strictObject(
          Object.fromEntries(
            scales.map((scale) => [
              scale.id,
              z
                .enum(scale.values as [string, ...string[]], {
                  error: `must be one of the ${scale.title} scale's values: ${scale.values.join(', ')}`,
                })
                .optional(),
            ]),
          ),
        );
  return schema
    .optional()
    .describe(
      "The item's place on the framework's scales: a scale's id (from the framework file's scales) and one of its values, e.g. proficiency: Practitioner. Shown beside the item, never part of its words.",
    );
}

/** One behavior, struggle, question, habit, statement…: the unit people link to from promotion documents. */
export function itemSchemaFor(scales: readonly ScaleSpec[] | undefined) {
  return z.strictObject({
    id: idSchema.describe(
      `The item's permanent anchor (/levels/<level>/#<id>). Unique within its level; never derived from the text, never changed once published. At most ${MAX_ID_LENGTH} characters.`,
    ),
    text: textSchema.describe(
      `The item's wording, inline Markdown allowed. Edit it freely: links use the id. At most ${spelled(MAX_TEXT_LENGTH)} characters, and ${MAX_WORD_LENGTH} in a word.`,
    ),
    subpoints: z
      .array(textSchema)
      .min(1, { error: 'must list at least one sub-point, or be left out' })
      .optional()
      .describe(
        "The item's sub-points, in order, inline Markdown each: shown as a numbered list inside the item. Write no numbers: the page numbers them.",
      ),
    attributes: attributesSchema(scales),
    formerIds: formerIdsSchema.describe(
      'Ids this item was published under before (renamed, or merged into it): links to them land on this item.',
    ),
    searchTerms: z
      .array(textSchema)
      .min(1, { error: 'must list at least one word, or be left out' })
      .optional()
      .describe(
        'Words a reader might search for that the text does not use ("coaching" for "mentors"): found by search, never shown.',
      ),
    related: z
      .array(itemRefSchema)
      .min(1, { error: 'must list at least one item, or be left out' })
      .optional()
      .describe(
        'Items this one is related to: the habit that builds it, the signal that shows it… An id in this level, or <level>#<id>.',
      ),
  });
}

/** A non-empty list of items whose ids are unique within the list. */
function itemsSchemaFor(scales: readonly ScaleSpec[] | undefined) {
  return z
    .array(itemSchemaFor(scales))
    .min(1, { error: 'must list at least one item' })
    .superRefine((items, ctx) => {
      const seen = new Map<string, number>();
      items.forEach((item, index) => {
        const first = seen.get(item.id);
        if (first === undefined) seen.set(item.id, index);
        else
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `duplicate id "${item.id}": items[${first}] already uses it`,
          });
      });
    })
    .describe('The items, in the order readers see them.');
}

/** Fields every section has, whatever its kind. */
const sectionBase = {
  level: levelIdSchema.describe('The id of the level this section belongs to (a levels file with that id).'),
  competency: idSchema
    .optional()
    .describe(
      'The id of the competency this section describes, from the framework file. Required when the framework lists more than one.',
    ),
  title: textSchema
    .optional()
    .describe(
      "The section's heading, worded as in the framework. Leave it out for its kind's default title (listed under kind).",
    ),
  formerIds: z
    .array(
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$/, {
        error:
          'must be an id (kebab-case) or a section anchor (<competency>--<kind>): what the permalink guard names',
      }),
    )
    .min(1, { error: 'must list at least one id, or be left out' })
    .optional()
    .describe(
      "Anchors this section takes over, so links to them land on it: ids of items retired without a successor, and the anchor, kind or competency of a section it replaces (key-behaviors, or <competency>--<kind>). A replaced kind's page redirects to this section's page.",
    ),
};

/**
 * The schema of a section file of `layout` whose `kind` is checked by `kind`: the fields besides the
 * common ones are what the layout draws.
 */
function layoutSchema(
  layout: SectionLayout,
  kind: z.ZodType<string>,
  scales: readonly ScaleSpec[] | undefined,
) {
  const items = itemsSchemaFor(scales);
  const common = { ...sectionBase, kind };
  switch (layout) {
    case 'list':
    case 'statements':
    case 'sequence':
      return z.strictObject({ ...common, items });
    case 'lead-list':
      return z.strictObject({
        ...common,
        lead: textSchema.describe('The sentence the list completes, e.g. "At this level, you:".'),
        items,
      });
    case 'quotations':
      return z.strictObject({
        ...common,
        items: items.describe("Each item's words, without quotation marks: the page adds them."),
      });
    case 'shift':
      return z.strictObject({
        ...common,
        from: textSchema.describe('The outlook a person grows out of, without quotation marks.'),
        to: textSchema.describe('The outlook of this level, without quotation marks.'),
      });
  }
}

/** What a layout is for, in a section's `kind` description. */
const layoutPurpose: Record<SectionLayout, string> = {
  list: 'a bulleted list of items',
  statements: 'statements, one block each',
  'lead-list': 'a lead-in sentence (lead) and the list it completes',
  quotations: 'items shown as quotations someone could say aloud',
  sequence: 'a numbered sequence, in the order written',
  shift: 'one change of outlook, from one quotation (from) to another (to)',
};

/**
 * The schema of a section file under a framework that declares `kinds` and `scales`: discriminated on
 * `kind`, each kind taking the fields of its layout. One file per section of a level (and competency).
 */
export function sectionSchemaFor(kinds: readonly SectionKindSpec[], scales: readonly ScaleSpec[]) {
  const options = kinds.map((spec) =>
    layoutSchema(
      spec.layout,
      z.literal(spec.id).describe(`"${spec.title}" by default: ${layoutPurpose[spec.layout]}.`),
      scales,
    ),
  );
  return z.discriminatedUnion('kind', options as unknown as [AnySectionObject, ...AnySectionObject[]]);
}

/**
 * A section file of any kind and any layout, whatever the framework declares: what Astro and editors
 * see (the loader has checked each file against its framework's kinds), and what sections are checked
 * with when the framework file itself cannot be read.
 */
export const anySectionSchema = z.union(
  sectionLayouts.map((layout) =>
    layoutSchema(
      layout,
      idSchema.describe(
        `The section's kind, from the framework file's sectionKinds (by default one of: ${defaultSectionKinds
          .map((spec) => spec.id)
          .join(', ')}). Its layout here: ${layoutPurpose[layout]}.`,
      ),
      undefined,
    ),
  ) as unknown as [AnySectionObject, ...AnySectionObject[]],
);

type AnySectionObject = ReturnType<typeof layoutSchema>;

/** The section schema of the handbook's default kinds, with no scales. */
export const sectionSchema = sectionSchemaFor(defaultSectionKinds, []);

/** A level of the framework. Its MDX body is the level's introduction. */
export const levelSchema = z.strictObject({
  id: levelIdSchema.describe(
    `The level's id and URL segment: /levels/<id>/. A number (4) or kebab-case (senior-1), at most ${MAX_ID_LENGTH} characters. Never changed once published.`,
  ),
  rank: z
    .int()
    .positive()
    .describe(
      "The level's place on the ladder, 1 being the first. Two levels on different tracks may share a rank.",
    ),
  track: idSchema
    .optional()
    .describe(
      'The id of the track this level is on (from the framework file), where the ladder forks; omit it for levels every track shares.',
    ),
  title: textSchema.describe('The level\'s name, e.g. "Level 4" or "Senior Engineer 1".'),
  role: textSchema
    .optional()
    .describe('The one-line role of the level, e.g. "product strategist". Leave it out if levels have none.'),
  closing: textSchema
    .optional()
    .describe('Closing words shown after every section of the level page. Leave it out for none.'),
  formerIds: z
    .array(levelIdSchema)
    .min(1, { error: 'must list at least one id, or be left out' })
    .optional()
    .describe(
      "Ids this level was published under before: its old pages (/levels/<former>/…) redirect to this level's.",
    ),
});

export type ItemData = z.infer<ReturnType<typeof itemSchemaFor>>;
/** A checked section file, of any layout: the fields its layout lacks are absent. */
export interface SectionData {
  level: string;
  kind: string;
  competency?: string | undefined;
  title?: string | undefined;
  formerIds?: string[] | undefined;
  items?: ItemData[] | undefined;
  lead?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}
export type LevelData = z.infer<typeof levelSchema>;

/** The items of a section, in order; the mindset shift has none. */
export function sectionItems(section: SectionData): readonly ItemData[] {
  return section.items ?? [];
}

/**
 * The search thesaurus, `content/thesaurus.yaml`: the words readers type, each with the framework's own
 * words it stands for. An item whose text (or section title) uses those words is found by the reader's.
 */
export const thesaurusSchema = z
  // zod leaves a `__proto__` key out of a record (JavaScript would take it for the object's prototype):
  // refused with a line instead of dropped without a word. Every other word (`constructor`) is kept.
  .custom<unknown>(
    (value) => !(value !== null && typeof value === 'object' && Object.hasOwn(value, '__proto__')),
    {
      error:
        "is a name every JavaScript object has, so search could not keep it as a reader's word: remove it",
      path: ['__proto__'],
    },
  )
  .pipe(
    z.record(
      z.string().trim().min(1).describe('A word or phrase a reader types, e.g. "stakeholder".'),
      z
        .array(textSchema)
        .min(1, { error: "must list at least one of the framework's words" })
        .describe("The framework's words it stands for, e.g. [customer]."),
    ),
  )
  .describe("Readers' words → the framework's words, for search.");

export type Thesaurus = z.infer<typeof thesaurusSchema>;
