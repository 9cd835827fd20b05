/**
 * Content in, model out: reads every file once, checks each against its schema and all of them
 * against one another, and builds the handbook only when nothing is wrong. The build, the dev server
 * and the tests all call this, so a problem is reported the same way wherever it is found.
 */
import { findIntegrityProblems } from './integrity';
import { buildHandbook, type Handbook } from './model';
import { findBrokenBodyLinks } from './body-links';
import { checkManifest, resolvableUrls } from './permalinks';
import { sortProblems, type ContentProblem } from './problems';
import { readContent, type ContentFiles, type Manifest } from './read-content';

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
  const problems = sortProblems([...files.problems, ...findIntegrityProblems(files)]);
  if (problems.length > 0) return { handbook: undefined, problems, files };
  const handbook = buildHandbook(files);
  // These need the built model; they run on content that is otherwise sound, so they never report a
  // consequence of another problem.
  const resolvable = resolvableUrls(handbook);
  const late = sortProblems([
    ...(files.manifest ? findLostPermalinks(files.manifest, handbook) : []),
    ...findBrokenBodyLinks([...files.framework, ...files.levels], resolvable),
  ]);
  return { handbook: late.length === 0 ? handbook : undefined, problems: late, files };
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
