/**
 * The handbook as one plain model: competencies → levels → sections → items, built once from the
 * checked content files by pure code. It holds no cycles and no framework objects, so it is stored
 * as data, tested without Astro, and every view of the handbook (pages, search, and later the rubric
 * and the exports) is a projection of it. Levels refer to one another by id, through small links.
 */
import { sectionItems, sectionKinds, type SectionData, type SectionKind } from '../../schemas/content';
import { renderInline, toPlainText } from './inline-markdown';
import { adjacentPairs, ladderOrder, nextLevels, previousLevels } from './ladder';
import { linkThreads, refKey } from './threads';
import { searchExamples, thesaurusTerms } from './vocabulary';
import type { ContentFiles, SourceDocument } from '../read/read-content';
import { compareUrl, itemUrl, levelUrl, rubricUrl, sectionPageUrl, withFragment } from '../urls/urls';

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
  /** Where it is, for citations: "Level 4" (with several competencies, "Level 4 · Product knowledge"). */
  context: string;
  /** Retired item ids whose links land on this section. */
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
  /** The level as a printable rubric and worksheet: `/levels/4/rubric/`. */
  rubricUrl: string;
  closing: Text;
  /** Ids the level was published under before; their pages redirect to this level's. */
  formerIds: string[];
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
  /** Pages that moved (a level's former ids): each old URL and where it now is. */
  redirects: Redirect[];
  /** A few reader's words that find items, offered after a search that finds nothing. */
  searchExamples: string[];
}

export interface Redirect {
  from: string;
  to: string;
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
  // A compare page once published stays, even when a new level comes between its two levels.
  const levelIdOf = new Map(
    files.levels.flatMap(({ data }) =>
      [data.id, ...(data.formerIds ?? [])].map((id) => [id, data.id] as const),
    ),
  );
  const published = publishedComparisons(files.manifest?.data.urls ?? [], levelIdOf, links);
  const kept = published.filter(({ url }) => !comparisons.some((comparison) => comparison.url === url));

  /** The references each item declares, resolved once every item exists. */
  const refs = new Map<Item, readonly string[]>();
  const levels = links.map((link): Level => {
    const document = files.levels.find(({ data }) => data.id === link.id);
    if (!document) throw new Error(`no file for level ${link.id}`);
    const competencyTitle = (id: string) =>
      competencies.find((competency) => competency.id === id)?.title ?? id;
    const sections = files.sections
      .filter(({ data }) => data.level === link.id)
      .map((section) => {
        const competency = section.data.competency ?? onlyCompetency ?? '';
        const context = several ? `${link.title} · ${competencyTitle(competency)}` : link.title;
        return buildSection(section, competency, several, context, refs);
      })
      .sort(
        (a, b) =>
          competencyOrder.indexOf(a.competency) - competencyOrder.indexOf(b.competency) ||
          (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0),
      );
    return {
      ...link,
      rubricUrl: rubricUrl(link.id),
      closing: text(document.data.closing),
      formerIds: document.data.formerIds ?? [],
      introduction: document.body.trim(),
      previousLevels: previousLevels(links, link),
      nextLevels: nextLevels(links, link),
      comparisons: comparisons.filter(({ from, to }) => from.id === link.id || to.id === link.id),
      sections,
      sectionPages: sectionPagesOf(link.id, sections),
      source: sourceOf(document),
    };
  });

  const thesaurus = files.thesaurus?.data ?? {};
  for (const section of levels.flatMap((level) => level.sections)) {
    for (const item of section.items) {
      const terms = thesaurusTerms(thesaurus, [item.text.plain, section.title]);
      item.searchTerms = [...new Set([...item.searchTerms, ...terms])];
    }
  }
  const items = levels.flatMap((level) => level.sections.flatMap((section) => section.items));
  const byRef = new Map<string, Item>();
  for (const item of items) {
    for (const id of [item.id, ...item.formerIds]) byRef.set(refKey({ level: item.level, id }), item);
  }
  const levelIds = new Map(
    levels.flatMap((level) => [level.id, ...level.formerIds].map((id) => [id, level.id])),
  );
  linkThreads(
    items,
    (item) => refs.get(item) ?? [],
    (ref) => byRef.get(refKey({ level: levelIds.get(ref.level) ?? ref.level, id: ref.id })),
  );

  return {
    name: framework.data.name,
    summary: framework.data.summary,
    guide: framework.body.trim(),
    competencies,
    tracks,
    levels,
    comparisons: [
      ...comparisons,
      ...new Map(kept.map((comparison) => [comparison.url, comparison])).values(),
    ],
    searchExamples: searchExamples(thesaurus, items),
    redirects: [
      ...levels.flatMap((level) =>
        level.formerIds.flatMap((former) => [
          { from: levelUrl(former), to: level.url },
          { from: rubricUrl(former), to: rubricUrl(level.id) },
          ...level.sectionPages.map((page) => ({ from: sectionPageUrl(former, page.kind), to: page.url })),
        ]),
      ),
      ...published
        .filter(({ recorded, url }) => recorded !== url)
        .map(({ recorded, url }) => ({ from: recorded, to: url })),
    ],
  };
}

/** The compare pages the manifest records whose two levels still exist, under their levels' current ids. */
function publishedComparisons(
  recorded: readonly string[],
  levelIdOf: ReadonlyMap<string, string>,
  links: readonly LevelLink[],
): (Comparison & { recorded: string })[] {
  return recorded.flatMap((url) => {
    const [, from, to] = /^\/compare\/([^/]+)\/([^/]+)\/$/.exec(url) ?? [];
    const fromLink = links.find((link) => link.id === levelIdOf.get(from ?? ''));
    const toLink = links.find((link) => link.id === levelIdOf.get(to ?? ''));
    if (!fromLink || !toLink || fromLink === toLink) return [];
    return [{ from: fromLink, to: toLink, url: compareUrl(fromLink.id, toLink.id), recorded: url }];
  });
}

function buildSection(
  document: SourceDocument<SectionData>,
  competency: string,
  several: boolean,
  context: string,
  refs: Map<Item, readonly string[]>,
): Section {
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
    items: sectionItems(data).map((item, index): Item => {
      const built: Item = {
        id: item.id,
        level: data.level,
        competency,
        kind: data.kind,
        text: text(item.text),
        url: itemUrl(data.level, item.id),
        sectionUrl: withFragment(pageUrl, item.id),
        context: `${context} · ${data.title}`,
        formerIds: item.formerIds ?? [],
        searchTerms: item.searchTerms ?? [],
        related: [],
        backlinks: [],
        source: sourceOf(document, ['items', index, 'id']),
      };
      refs.set(built, item.related ?? []);
      return built;
    }),
    context,
    formerIds: data.formerIds ?? [],
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
