/**
 * Content in, model out: reads every file once, checks each against its schema and all of them
 * against one another, and builds the handbook only when nothing is wrong. The build, the dev server
 * and the tests all call this, so a problem is reported the same way wherever it is found.
 */
import { findLayoutProblems } from './check/file-layout';
import { findIntegrityProblems } from './check/integrity';
import { buildHandbook, type Handbook } from './model/model';
import { findBodyProblems } from './check/body-check';
import { checkManifest, resolvableUrls } from './urls/permalinks';
import { sortProblems, type ContentProblem } from './problems';
import { isReservedId } from './urls/page-ids';
import { unusedPhrases } from './model/vocabulary';
import type { Thesaurus } from '../schemas/content';
import { readContent, type ContentFiles, type Manifest, type SourceDocument } from './read/read-content';

export interface LoadedHandbook {
  /** The model, when the content has no problem. */
  handbook: Handbook | undefined;
  /** Every problem found, in file order. */
  problems: ContentProblem[];
  /** The files as read: what passed its own schema, for the loader to store. */
  files: ContentFiles;
}

export function loadHandbook(root: string): LoadedHandbook {
  const files = readContent(root);
  const problems = sortProblems([
    ...files.problems,
    ...findIntegrityProblems(files),
    ...findLayoutProblems(root, files),
  ]);
  if (problems.length > 0) return { handbook: undefined, problems, files };
  const handbook = buildHandbook(files);
  // These need the built model; they run on content that is otherwise sound, so they never report a
  // consequence of another problem.
  const resolvable = resolvableUrls(handbook);
  const late = sortProblems([
    ...(files.manifest ? findLostPermalinks(files.manifest, handbook) : []),
    ...(files.thesaurus ? findUnusedPhrases(files.thesaurus, handbook) : []),
    ...findBodyProblems([...files.framework, ...files.levels], {
      resolvable,
      taken: (document, anchor) => anchorOwner(handbook, document, anchor),
    }),
  ]);
  return { handbook: late.length === 0 ? handbook : undefined, problems: late, files };
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
  if (isReservedId(anchor)) return 'the page';
  const level = handbook.levels.find((candidate) => candidate.source.file === document.file);
  if (!level) return undefined;
  if (handbook.competencies.length > 1 && handbook.competencies.some(({ id }) => id === anchor)) {
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

/** Each recorded URL that no longer resolves, as a problem at its line of the manifest. */
function findLostPermalinks(manifest: Manifest, handbook: Handbook): ContentProblem[] {
  const { lost } = checkManifest(manifest.data.urls, handbook);
  return lost.map((url) => {
    const index = manifest.data.urls.indexOf(url);
    const fragment = url.includes('#') ? url.slice(url.indexOf('#') + 1) : undefined;
    const hint = fragment
      ? `list "${fragment}" in the formerIds of the item (or section) that replaces it`
      : 'list the old level id in the formerIds of the level that replaces it';
    return {
      file: manifest.file,
      ...manifest.locate(['urls', index]),
      field: `urls[${index}]`,
      message: `"${url}" was published and no longer resolves: ${hint}`,
    };
  });
}
