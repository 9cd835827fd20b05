/**
 * The content model of the handbook, in one module.
 *
 * These schemas validate the frontmatter of every file under `content/`. Astro uses them through
 * `src/content.config.ts`; `src/lib/validate-content.ts` uses the same schemas outside Astro, so a
 * maintainer gets `file:line:col field message` for every mistake before anything is built.
 *
 * Objects are strict: a misspelt key is an error, never silently dropped.
 */
import { z } from 'astro/zod';

/** An author-chosen anchor: lower-case words joined by single hyphens, e.g. `delegates-ownership`. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be kebab-case: lower-case letters and digits joined by single hyphens',
});

/** Text shown to readers. Inline Markdown (`*emphasis*`, `**strong**`, `` `code` ``) is allowed. */
const textSchema = z.string().trim().min(1, { error: 'must not be empty' });

/** One behavior, struggle, question, habit…: the unit people link to from promotion documents. */
export const itemSchema = z.strictObject({
  /** The item's permanent anchor (`#id`). Unique within its level; never derived from the text. */
  id: idSchema,
  /** The item's wording. Edit it freely: links use `id`, not the text. */
  text: textSchema,
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
  });

/** Fields every section has, whatever its kind. */
const sectionBase = {
  /** The number of the level this section belongs to (a `levels` entry with that `number`). */
  level: z.number().int().positive(),
  /** The section's heading, worded as in the framework. */
  title: textSchema,
};

/** The kinds of plain list section, in the order they appear within a level. */
export const listKinds = [
  'key-behaviors',
  'common-struggles',
  'questions-to-ask-yourself',
  'signals-youre-ready-to-level-up',
  'focus-summary',
] as const;

/** A section that is a list of items. */
const listSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.enum(listKinds),
  items: itemsSchema,
});

/** Success indicators: a lead-in sentence ("You know you're successful when you:") and a list. */
const successIndicatorsSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('success-indicators'),
  /** The sentence the list completes. */
  lead: textSchema,
  items: itemsSchema,
});

/** Feedback prompts: items shown as quotations a reader can ask others. */
const seekFeedbackSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('seek-feedback'),
  /** Each prompt's words, without quotation marks: the page adds them. */
  items: itemsSchema,
});

/** Habits: an ordered sequence; the order is the list's order. */
const habitsSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('build-these-habits'),
  items: itemsSchema,
});

/** The mindset shift: one change of outlook, from one quotation to another. */
const mindsetShiftSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('mindset-shift'),
  /** The outlook a person grows out of, without quotation marks. */
  from: textSchema,
  /** The outlook of this level, without quotation marks. */
  to: textSchema,
});

/** Every section kind, discriminated on `kind`. */
export const sectionSchema = z.discriminatedUnion('kind', [
  listSectionSchema,
  successIndicatorsSchema,
  seekFeedbackSchema,
  habitsSchema,
  mindsetShiftSchema,
]);

/**
 * The order of sections within a level, which is also the list of valid kinds. A section's kind is
 * its URL slug (`/levels/4/<kind>/`), so a kind, once published, is never renamed.
 */
export const sectionKinds = [
  'key-behaviors',
  'common-struggles',
  'success-indicators',
  'mindset-shift',
  'questions-to-ask-yourself',
  'build-these-habits',
  'seek-feedback',
  'signals-youre-ready-to-level-up',
  'focus-summary',
] as const satisfies readonly SectionData['kind'][];

/** A level of the framework. Its MDX body is the level's introduction. */
export const levelSchema = z.strictObject({
  /** The level's number; its pages live under `/levels/<number>/`. */
  number: z.number().int().positive(),
  /** The level's name, e.g. "Level 4". */
  title: textSchema,
  /** The one-line role of the level, e.g. "strategic product partner". */
  role: textSchema,
  /** The closing words shown after every section of the level page. */
  closing: textSchema,
});

/** What the handbook is about. Its MDX body is the home page's "how to read it" guidance. */
export const frameworkSchema = z.strictObject({
  /** The handbook's name, shown in the header and page titles. */
  name: textSchema,
  /** The competency the framework describes, in a few words. */
  competency: textSchema,
  /** One or two sentences on what the framework is, for the home page and page descriptions. */
  summary: textSchema,
});

export type Item = z.infer<typeof itemSchema>;
export type SectionData = z.infer<typeof sectionSchema>;
export type SectionKind = SectionData['kind'];
export type LevelData = z.infer<typeof levelSchema>;
export type FrameworkData = z.infer<typeof frameworkSchema>;

/** The items of a section, in order; the mindset shift has none. */
export function sectionItems(section: SectionData): readonly Item[] {
  return 'items' in section ? section.items : [];
}
