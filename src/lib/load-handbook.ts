/**
 * Content in, model out: reads every file once, checks each against its schema and all of them
 * against one another, and builds the handbook only when nothing is wrong. The build, the dev server
 * and the tests all call this, so a problem is reported the same way wherever it is found.
 */
import { findIntegrityProblems } from './integrity';
import { buildHandbook, type Handbook } from './model';
import { sortProblems, type ContentProblem } from './problems';
import { readContent, type ContentFiles } from './read-content';

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
  return { handbook: problems.length === 0 ? buildHandbook(files) : undefined, problems, files };
}
