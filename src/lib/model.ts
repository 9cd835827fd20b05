/**
 * The handbook as one plain model: competencies → levels → sections → items, built once from the
 * checked content files by pure code. It holds no cycles and no framework objects, so it is stored
 * as data, tested without Astro, and every view of the handbook (pages, search, and later the rubric
 * and the exports) is a projection of it. Levels refer to one another by id, through small links.
 */
import { sectionItems, sectionKinds, type SectionData, type SectionKind } from '../schemas/content';
import { renderInline, toPlainText } from './inline-markdown';
import { adjacentPairs, ladderOrder, nextLevels, previousLevels } from './ladder';
import type { ContentFiles, SourceDocument } from './read-content';
import { compareUrl, itemUrl, levelUrl, sectionPageUrl, withFragment } from './urls';

/** Reader-facing words in the three forms consumers need. */
export interface Text {
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

export interface Item {
  id: string;
  level: string;
  competency: string;
  kind: SectionKind;
  text: Text;
  /** The canonical URL, the one every citation uses: `/levels/4/#id`. */
  url: string;
  /** The item on its section's own page: `/levels/4/key-behaviors/#id`. */
  sectionUrl: string;
  source: Source;
}

export interface Section {
  level: string;
  competency: string;
  kind: SectionKind;
  title: string;
  /** Its anchor on the level page: the kind, or `<competency>--<kind>` when there are competencies. */
  anchor: string;
  /** The section on its level page: `/levels/4/#key-behaviors`. */
  url: string;
  /** The page of its kind at its level: `/levels/4/key-behaviors/`. */
  pageUrl: string;
  /** Success indicators' lead-in sentence. */
  lead: Text | undefined;
  /** The mindset shift's two outlooks. */
  shift: { from: Text; to: Text } | undefined;
  items: Item[];
  source: Source;
}

/** A link to a page, with what it is called. */
export interface PageLink {
  title: string;
  url: string;
}

/** One section page of a level: a kind, for every competency that has it. */
export interface SectionPage extends PageLink {
  kind: SectionKind;
  /** 1-based place among the level's section pages. */
  position: number;
  previous: PageLink | undefined;
  next: PageLink | undefined;
}

/** Another level, as a page links to it. */
export interface LevelLink extends PageLink {
  id: string;
  role: string;
  rank: number;
  track: string | undefined;
}

export interface Level extends LevelLink {
  closing: Text;
  /** The level's introduction: its file's MDX body. */
  introduction: string;
  /** The levels just before and after this one on its track (several where the ladder forks). */
  previousLevels: LevelLink[];
  nextLevels: LevelLink[];
  /** Compare pages this level appears on. */
  comparisons: Comparison[];
  /** Every section, by competency, then in the order of `sectionKinds`. */
  sections: Section[];
  /** The level's section pages, in order. */
  sectionPages: SectionPage[];
  source: Source;
}

/** Two adjacent levels side by side, the lower first. */
export interface Comparison {
  from: LevelLink;
  to: LevelLink;
  url: string;
}

export interface Handbook {
  name: string;
  summary: string;
  /** The framework file's MDX body: how to read the handbook. */
  guide: string;
  competencies: Competency[];
  tracks: Track[];
  /** In ladder order: by rank, then track. */
  levels: Level[];
  comparisons: Comparison[];
}

export function text(markdown: string): Text {
  return { markdown, html: renderInline(markdown), plain: toPlainText(markdown) };
}

const kindOrder = new Map<SectionKind, number>(sectionKinds.map((kind, index) => [kind, index]));

function sourceOf(document: SourceDocument<unknown>, path: readonly PropertyKey[] = []): Source {
  return { file: document.file, line: document.locate(path).line };
}

/**
 * Builds the model from content files that passed every check (`findIntegrityProblems` found
 * nothing). Order is explicit everywhere: competencies and tracks as the framework lists them,
 * levels by rank, sections by kind, items as written.
 */
export function buildHandbook(files: ContentFiles): Handbook {
  const framework = files.framework[0];
  if (!framework) throw new Error('buildHandbook needs the framework file');
  const competencies = framework.data.competencies.map(({ id, title, summary }) => ({ id, title, summary }));
  const tracks = (framework.data.tracks ?? []).map(({ id, title }) => ({ id, title }));
  const competencyOrder = competencies.map((competency) => competency.id);
  const [onlyCompetency] = competencyOrder;
  const several = competencies.length > 1;

  const links = ladderOrder(
    files.levels.map(({ data }): LevelLink => ({
      id: data.id,
      rank: data.rank,
      track: data.track,
      title: data.title,
      role: data.role,
      url: levelUrl(data.id),
    })),
    tracks.map((track) => track.id),
  );
  const comparisons = adjacentPairs(links).map(([from, to]): Comparison => ({
    from,
    to,
    url: compareUrl(from.id, to.id),
  }));

  const levels = links.map((link): Level => {
    const document = files.levels.find(({ data }) => data.id === link.id);
    if (!document) throw new Error(`no file for level ${link.id}`);
    const sections = files.sections
      .filter(({ data }) => data.level === link.id)
      .map((section) => buildSection(section, section.data.competency ?? onlyCompetency ?? '', several))
      .sort(
        (a, b) =>
          competencyOrder.indexOf(a.competency) - competencyOrder.indexOf(b.competency) ||
          (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0),
      );
    return {
      ...link,
      closing: text(document.data.closing),
      introduction: document.body.trim(),
      previousLevels: previousLevels(links, link),
      nextLevels: nextLevels(links, link),
      comparisons: comparisons.filter(({ from, to }) => from.id === link.id || to.id === link.id),
      sections,
      sectionPages: sectionPagesOf(link.id, sections),
      source: sourceOf(document),
    };
  });

  return {
    name: framework.data.name,
    summary: framework.data.summary,
    guide: framework.body.trim(),
    competencies,
    tracks,
    levels,
    comparisons,
  };
}

function buildSection(document: SourceDocument<SectionData>, competency: string, several: boolean): Section {
  const { data } = document;
  const anchor = several ? `${competency}--${data.kind}` : data.kind;
  const pageUrl = sectionPageUrl(data.level, data.kind);
  return {
    level: data.level,
    competency,
    kind: data.kind,
    title: data.title,
    anchor,
    url: withFragment(levelUrl(data.level), anchor),
    pageUrl,
    lead: data.kind === 'success-indicators' ? text(data.lead) : undefined,
    shift: data.kind === 'mindset-shift' ? { from: text(data.from), to: text(data.to) } : undefined,
    items: sectionItems(data).map((item, index): Item => ({
      id: item.id,
      level: data.level,
      competency,
      kind: data.kind,
      text: text(item.text),
      url: itemUrl(data.level, item.id),
      sectionUrl: withFragment(pageUrl, item.id),
      source: sourceOf(document, ['items', index, 'id']),
    })),
    source: sourceOf(document),
  };
}

/** One page per kind the level has, titled by its first section of that kind, linked in order. */
function sectionPagesOf(level: string, sections: readonly Section[]): SectionPage[] {
  const kinds = sectionKinds.filter((kind) => sections.some((section) => section.kind === kind));
  const pages = kinds.map((kind, index) => ({
    kind,
    title: sections.find((section) => section.kind === kind)?.title ?? kind,
    url: sectionPageUrl(level, kind),
    position: index + 1,
  }));
  return pages.map((page, index) => ({
    ...page,
    previous: linkTo(pages[index - 1]),
    next: linkTo(pages[index + 1]),
  }));
}

function linkTo(page: PageLink | undefined): PageLink | undefined {
  return page && { title: page.title, url: page.url };
}

/** Every item of the handbook, level by level, in reading order. */
export function allItems(handbook: Handbook): Item[] {
  return handbook.levels.flatMap((level) => level.sections.flatMap((section) => section.items));
}

/** The sections of a level that a section page shows: one kind, every competency. */
export function sectionsOfKind(level: Level, kind: SectionKind): Section[] {
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
  if (handbook.competencies.length < 2) return [];
  return handbook.competencies
    .map((competency) => ({
      competency,
      sections: level.sections.filter((section) => section.competency === competency.id),
    }))
    .filter((group) => group.sections.length > 0);
}
