/**
 * The handbook as one plain model: competencies → levels → sections → items. This module is its
 * vocabulary (the types, and a few selectors over them); `build-model.ts` builds it from checked
 * content. It holds no cycles and no framework objects, so it is stored as data, tested without
 * Astro, and every view of the handbook (pages, search, the rubric, exports) is a projection of it.
 * Levels refer to one another by id, through small links.
 */
import type { ScaleSpec } from '../../schemas/content';
import type { ReleaseContent } from '../../schemas/release';
import type { RubricRole, SectionKindSpec, SectionLayout } from '../../schemas/section-kinds';

/** Reader-facing words in the three forms consumers need. */
export interface Wording {
  /** As written: inline Markdown. */
  markdown: string;
  /** For pages: `*what*` is `<em>what</em>`, quotes curled. */
  html: string;
  /** For titles, search and plain exports: the words a reader sees. */
  plain: string;
}

/** Where something is written, for error messages and "suggest an edit" links. */
export interface Source {
  file: string;
  line: number;
}

export interface Competency {
  id: string;
  title: string;
  summary: string | undefined;
}

export interface Track {
  id: string;
  title: string;
}

/** What a thread shows of the item at its other end: a copy, so the model holds no cycles. */
export interface ItemLink {
  level: string;
  id: string;
  /** Its canonical URL. */
  url: string;
  /** Its words, plain. */
  text: string;
  /** Where it is: "Level 4 · Build These Habits". */
  context: string;
}

/** An item's value on one of the framework's scales. */
export interface Attribute {
  /** The scale's id. */
  scale: string;
  /** The scale's title: "Proficiency". */
  title: string;
  value: string;
  /** The value's place on the scale, 1 being the lowest. */
  rank: number;
  /** Whether search offers the scale as a filter. */
  searchFilter: boolean;
}

/** A scale the framework declares (`scales` in its file). */
export type Scale = Required<ScaleSpec>;

export interface Item {
  id: string;
  level: string;
  competency: string;
  kind: string;
  /** How much it weighs in search, its kind's (`src/schemas/section-kinds.ts`). */
  searchWeight: number;
  text: Wording;
  /** Its sub-points, in order: shown as a numbered list inside it. */
  subpoints: Wording[];
  /** Its values on the framework's scales, in the order the framework lists the scales. */
  attributes: Attribute[];
  /** The canonical URL, the one every citation uses: `/levels/4/#id`. */
  url: string;
  /** The item on its section's own page: `/levels/4/key-behaviors/#id`. */
  sectionUrl: string;
  /** Where it is, for citations and arrivals: "Level 4 · Common Struggles". */
  context: string;
  /** Ids it was published under before; links to them land on it. */
  formerIds: string[];
  /** Words readers search with that find it: its own `searchTerms` and the thesaurus's. Never shown. */
  searchTerms: string[];
  /** The items it declares related, in the order written. */
  related: ItemLink[];
  /** The items that declare it related, in reading order. */
  backlinks: ItemLink[];
  source: Source;
}

export interface Section {
  level: string;
  competency: string;
  kind: string;
  /** Its heading: as its file words it, else its kind's default title. */
  title: string;
  /** How it is drawn (its kind's). */
  layout: SectionLayout;
  /** What it is in the level's rubric (its kind's). */
  rubricRole: RubricRole;
  /** What its items' rubric references start with ("KB" → "KB-1"; its kind's). */
  refPrefix: string;
  /** Whether it ends by naming the next level up (its kind's). */
  leadsToNextLevel: boolean;
  /** Its anchor on the level page: the kind, or `<competency>--<kind>` when there are competencies. */
  anchor: string;
  /** The section on its level page: `/levels/4/#key-behaviors`. */
  url: string;
  /** The page of its kind at its level: `/levels/4/key-behaviors/`. */
  pageUrl: string;
  /** Success indicators' lead-in sentence. */
  lead: Wording | undefined;
  /** The mindset shift's two outlooks. */
  shift: { from: Wording; to: Wording } | undefined;
  items: Item[];
  /** Where it is, for citations: "Level 4" (with several competencies, "Level 4 · Product knowledge"). */
  context: string;
  /** Anchors it took over, whose links land on it: retired item ids, replaced sections' anchors and kinds. */
  formerIds: string[];
  source: Source;
}

/** A link to a page, with what it is called. */
export interface PageLink {
  title: string;
  url: string;
}

/** One section page of a level: a kind, for every competency that has it. */
export interface SectionPage extends PageLink {
  kind: string;
  /** 1-based place among the level's section pages. */
  position: number;
  previous: PageLink | undefined;
  next: PageLink | undefined;
  /** Anchors this page published whose items are now in another section of the level. */
  moved: MovedAnchor[];
}

/** An anchor a section page published whose item has moved to another section of its level. */
export interface MovedAnchor {
  /** The anchor: the item's id (or an id it, or a section, keeps in `formerIds`). */
  id: string;
  /** Where it is now: `/levels/4/<kind>/#<id>`. */
  url: string;
  /** Its words, plain; undefined for a retired id that a section took over. */
  text: string | undefined;
  /** The title of the section it is in now. */
  section: string;
}

/** Another level, as a page links to it. */
export interface LevelLink extends PageLink {
  id: string;
  /** Its one-line role, if the framework gives levels one. */
  role: string | undefined;
  rank: number;
  track: string | undefined;
}

export interface Level extends LevelLink {
  /** The level as a printable rubric and worksheet: `/levels/4/rubric/`. */
  rubricUrl: string;
  /** Closing words after its sections, if any. */
  closing: Wording | undefined;
  /** Ids the level was published under before; their pages redirect to this level's. */
  formerIds: string[];
  /** The level's introduction: its file's MDX body. */
  introduction: string;
  /** The levels just before and after this one on its track (several where the ladder forks). */
  previousLevels: LevelLink[];
  nextLevels: LevelLink[];
  /** Compare pages this level appears on. */
  comparisons: Comparison[];
  /** Every section, by competency, then in the order of the kinds (`Handbook.sectionKinds`). */
  sections: Section[];
  /** The level's section pages, in order. */
  sectionPages: SectionPage[];
  source: Source;
}

/**
 * Two levels side by side: adjacent levels, the lower first, or two levels of one rank on different
 * tracks, in the framework's track order (`from.rank === to.rank`).
 */
export interface Comparison {
  from: LevelLink;
  to: LevelLink;
  url: string;
}

export interface Handbook {
  name: string;
  summary: string;
  /**
   * The framework's version, as its file names it: every citation, export and saved note names it.
   * Undefined for a framework that declares none (nothing is versioned then).
   */
  version: string | undefined;
  /** Its releases (`content/releases/`), oldest first: what was citable at each version. */
  releases: ReleaseContent[];
  /** The framework file's MDX body: how to read the handbook ('' when it has none). */
  guide: string;
  /** The kinds of section, in reading order: the framework's own, else the default ones. */
  sectionKinds: SectionKindSpec[];
  /** The framework's scales, in its order. */
  scales: Scale[];
  /** The scale the rubric assesses items on, when the framework declares one (else the default). */
  rubricScale: Scale | undefined;
  competencies: Competency[];
  /**
   * Whether the framework lists more than one competency. Only then is anything about competencies
   * shown: headings, anchors, the overview, the search filter.
   */
  severalCompetencies: boolean;
  tracks: Track[];
  /** In ladder order: by rank, then track. */
  levels: Level[];
  comparisons: Comparison[];
  /** Pages that moved (a level's former ids, a replaced section kind, merged levels' compare page): each old URL and where it now is. */
  redirects: Redirect[];
  /** A few reader's words that find items, offered after a search that finds nothing. */
  searchExamples: string[];
  /** The thesaurus (`thesaurus.yaml`): a reader's word → the framework's words it stands for. */
  thesaurus: Record<string, string[]>;
}

export interface Redirect {
  from: string;
  to: string;
}

/** Every item of the handbook, level by level, in reading order. */
export function allItems(handbook: Handbook): Item[] {
  return handbook.levels.flatMap((level) => level.sections.flatMap((section) => section.items));
}

/** The sections of a level that a section page shows: one kind, every competency. */
export function sectionsOfKind(level: Level, kind: string): Section[] {
  return level.sections.filter((section) => section.kind === kind);
}

/**
 * A level's sections grouped by competency, in the framework's order, leaving out competencies the
 * level does not describe. Empty for a framework of one competency, whose pages show no grouping.
 */
export function sectionsByCompetency(
  handbook: Handbook,
  level: Level,
): { competency: Competency; sections: Section[] }[] {
  if (!handbook.severalCompetencies) return [];
  return handbook.competencies
    .map((competency) => ({
      competency,
      sections: level.sections.filter((section) => section.competency === competency.id),
    }))
    .filter((group) => group.sections.length > 0);
}
