/**
 * Builds the model (`model.ts`) from content files that passed every check, by pure code, once per
 * reading of the content.
 */
import { kindsOf } from '../../schemas/content';
import type { SectionKindSpec } from '../../schemas/section-kinds';
import { buildSection, sourceOf, wording } from './build-section';
import { adjacentPairs, ladderOrder, nextLevels, previousLevels, sameRankPairs } from './ladder';
import { markMovedAnchors, replacedSectionPages } from './moves';
import { linkThreads, refKey } from './threads';
import { searchExamples, thesaurusTerms } from './thesaurus';
import type { ContentFiles } from '../read/read-content';
import { contentOf } from '../releases/snapshot';
import { compareUrl, levelUrl, rubricUrl, sectionPageUrl } from '../urls/urls';

import type {
  Comparison,
  Handbook,
  Item,
  Level,
  LevelLink,
  PageLink,
  Scale,
  Section,
  SectionPage,
} from './model';

/**
 * Builds the model from content files that passed every check (`findIntegrityProblems` found
 * nothing). Order is explicit everywhere: competencies and tracks as the framework lists them,
 * levels by rank, sections by kind, items as written.
 */
export function buildModel(files: ContentFiles): Handbook {
  const framework = files.framework[0];
  if (!framework) throw new Error('buildModel needs the framework file');
  const competencies = framework.data.competencies.map(({ id, title, summary }) => ({ id, title, summary }));
  const tracks = (framework.data.tracks ?? []).map(({ id, title }) => ({ id, title }));
  const competencyOrder = competencies.map((competency) => competency.id);
  const [onlyCompetency] = competencyOrder;
  const several = competencies.length > 1;
  const kinds = [...kindsOf(framework.data)];
  const kindOrder = new Map(kinds.map((spec, index) => [spec.id, index]));
  const scales = (framework.data.scales ?? []).map(({ id, title, values, searchFilter, rubric }): Scale => ({
    id,
    title,
    values: [...values],
    searchFilter: searchFilter ?? false,
    rubric: rubric ?? false,
  }));

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
  // Adjacent levels, then the levels of one rank on different tracks (IC and manager).
  const comparisons = [...adjacentPairs(links), ...sameRankPairs(links)].map(([from, to]): Comparison => ({
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
  const recordedUrls = files.manifest?.data.urls ?? [];
  const published = publishedComparisons(recordedUrls, levelIdOf, links);
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
        const spec = kinds.find((kind) => kind.id === section.data.kind);
        if (!spec) throw new Error(`no kind ${section.data.kind}`);
        return buildSection(section, { spec, competency, several, context, scales }, refs);
      })
      .sort(
        (a, b) =>
          competencyOrder.indexOf(a.competency) - competencyOrder.indexOf(b.competency) ||
          (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0),
      );
    return {
      ...link,
      rubricUrl: rubricUrl(link.id),
      closing: document.data.closing === undefined ? undefined : wording(document.data.closing),
      formerIds: document.data.formerIds ?? [],
      introduction: document.body.trim(),
      previousLevels: previousLevels(links, link),
      nextLevels: nextLevels(links, link),
      comparisons: comparisons.filter(({ from, to }) => from.id === link.id || to.id === link.id),
      sections,
      sectionPages: sectionPagesOf(link.id, sections, kinds),
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

  const handbook: Handbook = {
    name: framework.data.name,
    summary: framework.data.summary,
    version: framework.data.version,
    releases: files.releases.map((release) => contentOf(release.data)),
    guide: framework.body.trim(),
    sectionKinds: kinds,
    scales,
    rubricScale: scales.find((scale) => scale.rubric),
    competencies,
    severalCompetencies: several,
    tracks,
    levels,
    comparisons: [
      ...comparisons,
      ...new Map(kept.map((comparison) => [comparison.url, comparison])).values(),
    ],
    searchExamples: searchExamples(thesaurus, items),
    thesaurus,
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
      ...mergedComparisons(recordedUrls, levelIdOf),
      ...replacedSectionPages(levels, recordedUrls),
    ],
  };
  markMovedAnchors(levels, handbook.redirects, recordedUrls);
  return handbook;
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

/** Recorded compare pages whose two levels became one (a level's former id): they lead to that level. */
function mergedComparisons(recorded: readonly string[], levelIdOf: ReadonlyMap<string, string>) {
  return recorded.flatMap((url) => {
    const [, from, to] = /^\/compare\/([^/]+)\/([^/]+)\/$/.exec(url) ?? [];
    const level = levelIdOf.get(from ?? '');
    return level !== undefined && level === levelIdOf.get(to ?? '')
      ? [{ from: url, to: levelUrl(level) }]
      : [];
  });
}

/** One page per kind the level has, titled by its first section of that kind, linked in order. */
function sectionPagesOf(
  level: string,
  sections: readonly Section[],
  kinds: readonly SectionKindSpec[],
): SectionPage[] {
  const pages = kinds.flatMap((spec) => {
    const first = sections.find((section) => section.kind === spec.id);
    return first ? [{ kind: spec.id, title: first.title, url: sectionPageUrl(level, spec.id) }] : [];
  });
  return pages.map((page, index) => ({
    ...page,
    position: index + 1,
    previous: linkTo(pages[index - 1]),
    next: linkTo(pages[index + 1]),
    moved: [],
  }));
}

function linkTo(page: PageLink | undefined): PageLink | undefined {
  return page && { title: page.title, url: page.url };
}
