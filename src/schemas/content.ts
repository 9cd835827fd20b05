/**
 * The content model of the handbook: what authors write, in one module.
 *
 * These schemas check the frontmatter of every file under `content/`. The handbook's content loader
 * (`src/pipeline/loader.ts`) applies them once, reporting each mistake as `file:line:col field
 * message`; Astro uses them for types, and `src/schemas/json/` holds them as JSON Schema for editors.
 * Each field's `.describe()` is its documentation: it shows in editors when an author hovers the field.
 *
 * Objects are strict: a misspelt key is an error, never silently dropped.
 */
import { z } from 'astro/zod';
import { kindsLaidOut, sectionKindSpecs, type SectionLayout } from './section-kinds';

/** An author-chosen anchor or name: lower-case words joined by single hyphens, e.g. `delegates-ownership`. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be kebab-case: lower-case letters and digits joined by single hyphens',
});

/**
 * A level's id: its URL segment (`/levels/<id>/`). A number (`4`) or kebab-case words (`senior-1`);
 * YAML reads `4` as a number, so both spellings are accepted and the id is always text.
 */
export const levelIdSchema = z.union([z.int().nonnegative().transform(String), idSchema], {
  error: 'must be a level id: a number such as 4, or kebab-case such as senior-1',
});

/** Text shown to readers. Inline Markdown (`*emphasis*`, `**strong**`, `` `code` ``) is allowed. */
const textSchema = z.string().trim().min(1, { error: 'must not be empty' });

/** Ids something was published under before, so links to them still land on it. */
const formerIdsSchema = z
  .array(idSchema)
  .min(1, { error: 'must list at least one id, or be left out' })
  .optional();

/**
 * A reference to an item: its id in the same level (`builds-product-sense`), or `<level>#<id>` for an
 * item of another level (`5#sets-product-direction`).
 */
export const itemRefSchema = z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*#)?[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be an item id, or <level>#<id> for an item of another level',
});

/** One behavior, struggle, question, habit…: the unit people link to from promotion documents. */
export const itemSchema = z.strictObject({
  id: idSchema.describe(
    "The item's permanent anchor (/levels/<level>/#<id>). Unique within its level; never derived from the text, never changed once published.",
  ),
  text: textSchema.describe("The item's wording, inline Markdown allowed. Edit it freely: links use the id."),
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

/** A non-empty list of items whose ids are unique within the list. */
const itemsSchema = z
  .array(itemSchema)
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
  formerIds: formerIdsSchema.describe(
    'Item ids retired without a successor item: links to them land on this section instead.',
  ),
};

/** The `kind` field of a section file of `layout`: its kinds, each with the title it has by default. */
const kindField = <L extends SectionLayout>(layout: L, description: string) => {
  const kinds = kindsLaidOut(layout);
  const titles = kinds.map((kind) => `${kind}: "${sectionKindSpecs[kind].title}"`).join(', ');
  return z.enum(kinds).describe(`${description} Default titles: ${titles}.`);
};

/**
 * The schema of a section file of each layout (`src/schemas/section-kinds.ts`): the fields besides
 * the common ones are what the layout draws.
 */
const layoutSchemas = {
  list: z.strictObject({
    ...sectionBase,
    kind: kindField('list', 'A section that is a list of items.'),
    items: itemsSchema,
  }),
  'lead-list': z.strictObject({
    ...sectionBase,
    kind: kindField('lead-list', 'A lead-in sentence and the list it completes.'),
    lead: textSchema.describe('The sentence the list completes, e.g. "At this level, you:".'),
    items: itemsSchema,
  }),
  quotations: z.strictObject({
    ...sectionBase,
    kind: kindField('quotations', 'Items shown as quotations someone could say aloud.'),
    items: itemsSchema.describe("Each item's words, without quotation marks: the page adds them."),
  }),
  sequence: z.strictObject({
    ...sectionBase,
    kind: kindField('sequence', 'A numbered sequence; the order is the list order.'),
    items: itemsSchema,
  }),
  shift: z.strictObject({
    ...sectionBase,
    kind: kindField('shift', 'One change of outlook, from one quotation to another.'),
    from: textSchema.describe('The outlook a person grows out of, without quotation marks.'),
    to: textSchema.describe('The outlook of this level, without quotation marks.'),
  }),
} satisfies Record<SectionLayout, z.ZodObject>;

/**
 * Every section kind, discriminated on `kind`: each kind takes the fields of its layout. One file per
 * section of a level (and competency).
 */
export const sectionSchema = z.discriminatedUnion('kind', [
  layoutSchemas.list,
  layoutSchemas['lead-list'],
  layoutSchemas.quotations,
  layoutSchemas.sequence,
  layoutSchemas.shift,
]);

/**
 * The order of sections within a level, which is also the list of valid kinds: the table's
 * (`src/schemas/section-kinds.ts`). A section's kind is its URL slug (`/levels/4/<kind>/`), so a kind,
 * once published, is never renamed.
 */
export { sectionKinds, type SectionKind } from './section-kinds';

/** A level of the framework. Its MDX body is the level's introduction. */
export const levelSchema = z.strictObject({
  id: levelIdSchema.describe(
    "The level's id and URL segment: /levels/<id>/. A number (4) or kebab-case (senior-1). Never changed once published.",
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
  role: textSchema.describe('The one-line role of the level, e.g. "owns a product area end to end".'),
  closing: textSchema.describe('The closing words shown after every section of the level page.'),
  formerIds: z
    .array(levelIdSchema)
    .min(1, { error: 'must list at least one id, or be left out' })
    .optional()
    .describe(
      "Ids this level was published under before: its old pages (/levels/<former>/…) redirect to this level's.",
    ),
});

const competencySchema = z.strictObject({
  id: idSchema.describe(
    "The competency's id, named by sections' competency field and used as its anchor on level pages.",
  ),
  title: textSchema.describe('The competency\'s name, e.g. "Product knowledge".'),
  summary: textSchema.optional().describe('One sentence on what the competency covers.'),
});

const trackSchema = z.strictObject({
  id: idSchema.describe("The track's id, named by levels' track field."),
  title: textSchema.describe('The track\'s name, e.g. "Individual contributor".'),
});

/** A list of named things whose ids are unique within the list. */
function uniqueIds<T extends z.ZodType<{ id: string }>>(entry: T) {
  return z.array(entry).superRefine((entries, ctx) => {
    const seen = new Map<string, number>();
    entries.forEach(({ id }, index) => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `duplicate id "${id}": [${first}] already uses it`,
        });
    });
  });
}

/** What the handbook is about. Its MDX body is the home page's "how to read it" guidance. */
export const frameworkSchema = z.strictObject({
  name: textSchema.describe("The handbook's name, shown in the header and page titles."),
  summary: textSchema.describe(
    'One or two sentences on what the framework is, for the home page and page descriptions.',
  ),
  competencies: uniqueIds(competencySchema)
    .min(1, { error: 'must list at least one competency' })
    .describe(
      'The competencies the framework describes, in reading order. With one, nothing about competencies is shown.',
    ),
  tracks: uniqueIds(trackSchema)
    .optional()
    .describe('The parallel tracks the ladder forks into (e.g. individual contributor, manager), if any.'),
});

export type ItemData = z.infer<typeof itemSchema>;
export type SectionData = z.infer<typeof sectionSchema>;
export type LevelData = z.infer<typeof levelSchema>;
export type FrameworkData = z.infer<typeof frameworkSchema>;

/** The items of a section, in order; the mindset shift has none. */
export function sectionItems(section: SectionData): readonly ItemData[] {
  return 'items' in section ? section.items : [];
}

/**
 * The search thesaurus, `content/thesaurus.yaml`: the words readers type, each with the framework's own
 * words it stands for. An item whose text (or section title) uses those words is found by the reader's.
 */
export const thesaurusSchema = z
  .record(
    z.string().trim().min(1).describe('A word or phrase a reader types, e.g. "stakeholder".'),
    z
      .array(textSchema)
      .min(1, { error: "must list at least one of the framework's words" })
      .describe("The framework's words it stands for, e.g. [customer]."),
  )
  .describe("Readers' words → the framework's words, for search.");

export type Thesaurus = z.infer<typeof thesaurusSchema>;
