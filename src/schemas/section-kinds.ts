/**
 * Section kinds: everything the handbook decides by a section's kind. A framework declares its own
 * kinds in its framework file (`sectionKinds`, checked by `src/schemas/content.ts`); one that declares
 * none gets the nine below, the kinds the handbook started with, so content written before kinds were
 * declarable keeps every URL it published. Each kind says what its sections are called when a file
 * gives no title, how they are drawn, what their items are in a level's rubric, how their rubric
 * references start and how much they weigh in search; the order of the list is the order of sections
 * within a level. The model copies each section's kind onto the section, and pages read the model:
 * nothing else names a kind.
 *
 * Plain data, no zod, so every stage may read it. Code shipped to readers does not: search reads each
 * item's weight from the page (see `itemTitle` in `src/client/item-title.ts`).
 */

/**
 * How a section is drawn, which also decides the fields its file has (`src/schemas/content.ts`):
 * - `list`: a bulleted list of items;
 * - `statements`: items as statements, one block each, without bullets: for long statements with
 *   sub-points and attributes, as competency matrices write them;
 * - `lead-list`: a lead-in sentence (`lead`) and the list it completes;
 * - `quotations`: items shown as quotations someone could say aloud;
 * - `sequence`: a numbered sequence, in the order written;
 * - `shift`: one change of outlook, from one quotation (`from`) to another (`to`); no items.
 */
export const sectionLayouts = ['list', 'statements', 'lead-list', 'quotations', 'sequence', 'shift'] as const;
export type SectionLayout = (typeof sectionLayouts)[number];

/**
 * What a section is in a level's rubric (`src/site/rubric.ts`):
 * - `focus`: the summary that heads the rubric (and the level's cell on the home page's overview);
 * - `criterion`: its items are what evidence is gathered against, on the scale;
 * - `prompt`: its items (or its shift) are prompts for reflection, with no scale;
 * - `none`: not in the rubric.
 */
export const rubricRoles = ['focus', 'criterion', 'prompt', 'none'] as const;
export type RubricRole = (typeof rubricRoles)[number];

/** A kind and everything decided by it. */
export interface SectionKindSpec {
  /** The `kind` of a section file, and its page's URL slug (`/levels/<level>/<id>/`): never renamed once published. */
  id: string;
  /** The section's heading when its file gives no `title`. */
  title: string;
  /** How the section is drawn, and so which fields its file has. */
  layout: SectionLayout;
  /** What the section is in a level's rubric. */
  rubricRole: RubricRole;
  /** What its items' rubric references start with ("KB" → "KB-1", "KB-2"…); unique among kinds. */
  refPrefix: string;
  /** How much its items weigh in search: among items matching as many query words, the heavier first. */
  searchWeight: number;
  /** Whether its sections end by naming the next level (or levels) up: signals that one is ready. */
  leadsToNextLevel?: boolean | undefined;
}

/**
 * The kinds of a framework that declares none, in the order of sections within a level. Search
 * weights rank what a level asks of a reader first, then what shows it, then what helps reflect on
 * it; a feedback prompt that merely mentions a word comes last.
 */
export const defaultSectionKinds: readonly SectionKindSpec[] = [
  {
    id: 'key-behaviors',
    title: 'Key Behaviors',
    layout: 'list',
    rubricRole: 'criterion',
    refPrefix: 'KB',
    searchWeight: 9,
  },
  {
    id: 'common-struggles',
    title: 'Common Struggles',
    layout: 'list',
    rubricRole: 'prompt',
    refPrefix: 'CS',
    searchWeight: 4,
  },
  {
    id: 'success-indicators',
    title: 'Success Indicators',
    layout: 'lead-list',
    rubricRole: 'criterion',
    refPrefix: 'SI',
    searchWeight: 8,
  },
  {
    id: 'mindset-shift',
    title: 'Mindset Shift',
    layout: 'shift',
    rubricRole: 'prompt',
    refPrefix: 'MS',
    searchWeight: 3,
  },
  {
    id: 'questions-to-ask-yourself',
    title: 'Questions to Ask Yourself',
    layout: 'list',
    rubricRole: 'prompt',
    refPrefix: 'Q',
    searchWeight: 2,
  },
  {
    id: 'build-these-habits',
    title: 'Build These Habits',
    layout: 'sequence',
    rubricRole: 'criterion',
    refPrefix: 'H',
    searchWeight: 6,
  },
  {
    id: 'seek-feedback',
    title: 'Seek Feedback',
    layout: 'quotations',
    rubricRole: 'prompt',
    refPrefix: 'SF',
    searchWeight: 1,
  },
  {
    id: 'signals-youre-ready-to-level-up',
    title: "Signals You're Ready to Level Up",
    layout: 'list',
    rubricRole: 'criterion',
    refPrefix: 'SR',
    searchWeight: 7,
    leadsToNextLevel: true,
  },
  {
    id: 'focus-summary',
    title: 'Focus Summary',
    layout: 'list',
    rubricRole: 'focus',
    refPrefix: 'FS',
    searchWeight: 5,
  },
];

/** The layouts whose sections hold items (all but the shift). */
export function hasItems(layout: SectionLayout): boolean {
  return layout !== 'shift';
}
