/**
 * Checks that need the built model: published URLs that must keep resolving, thesaurus phrases that
 * must find something, links and headings in MDX bodies. They run only on content that is otherwise
 * sound, so they never report a consequence of another problem.
 */
import type { Handbook } from '../model/model';
import { findBodyProblems } from './body-check';
import { findTextLinkProblems } from './text-links';
import { resolvableUrls } from '../urls/permalinks';
import { findLostPermalinks } from './permalink-remedies';
import { sortProblems, type ContentProblem } from '../problems';
import { isReservedId } from '../urls/page-ids';
import { unusedPhrases } from '../model/thesaurus';
import type { Thesaurus } from '../../schemas/content';
import type { ContentFiles, SourceDocument } from '../read/read-content';

/** Every problem the model shows: lost permalinks, unused thesaurus phrases, links in bodies and text, anchors. */
export function findModelProblems(files: ContentFiles, handbook: Handbook): ContentProblem[] {
  const resolvable = resolvableUrls(handbook);
  return sortProblems([
    ...(files.manifest ? findLostPermalinks(files.manifest, handbook) : []),
    ...(files.thesaurus ? findUnusedPhrases(files.thesaurus, handbook) : []),
    ...findBodyProblems([...files.framework, ...files.levels], {
      resolvable,
      taken: (document, anchor) => anchorOwner(handbook, document, anchor),
      // A level's introduction is on its page; the framework's guide on the home page.
      pageOf: (document) => handbook.levels.find((level) => level.source.file === document.file)?.url ?? '/',
    }),
    ...findTextLinkProblems([...files.levels, ...files.sections], resolvable),
  ]);
}

/** Thesaurus phrases that no item or section title uses: the reader's word would find nothing. */
function findUnusedPhrases(thesaurus: SourceDocument<Thesaurus>, handbook: Handbook): ContentProblem[] {
  const texts = handbook.levels.flatMap((level) =>
    level.sections.flatMap((section) => [section.title, ...section.items.map((item) => item.text.plain)]),
  );
  return unusedPhrases(thesaurus.data, texts).map(({ term, index, phrase }) => ({
    file: thesaurus.file,
    ...thesaurus.locate([term, index]),
    field: `${term}[${index}]`,
    message: `no item or section title says "${phrase}", so "${term}" would find nothing through it`,
  }));
}

/** What already has `anchor` on the page a body is shown on: a level's page, or the home page. */
function anchorOwner(
  handbook: Handbook,
  document: SourceDocument<unknown>,
  anchor: string,
): string | undefined {
  if (
    isReservedId(
      anchor,
      handbook.sectionKinds.map((kind) => kind.id),
    )
  )
    return 'the page';
  const level = handbook.levels.find((candidate) => candidate.source.file === document.file);
  if (!level) return undefined;
  if (handbook.severalCompetencies && handbook.competencies.some(({ id }) => id === anchor)) {
    return `the competency "${anchor}"`;
  }
  for (const section of level.sections) {
    if (section.anchor === anchor || section.formerIds.includes(anchor))
      return `the section "${section.title}"`;
    const item = section.items.find(({ id, formerIds }) => id === anchor || formerIds.includes(anchor));
    if (item) return `the item "${item.text.plain}"`;
  }
  return undefined;
}
