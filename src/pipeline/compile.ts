/**
 * The pipeline, content in, model out: reads every file once (read/), checks each against its schema
 * and all of them against one another (check/), and builds the model (model/) only when nothing is
 * wrong; then the checks that need the model run. The build, the dev server, the CLI tools and the
 * tests all call this, so a problem is reported the same way wherever it is found.
 */
import { findLayoutProblems } from './check/file-layout';
import { findIntegrityProblems } from './check/integrity';
import { findModelProblems } from './check/model-checks';
import { findReleaseProblems } from './check/releases';
import { buildModel } from './model/build-model';
import type { Handbook } from './model/model';
import { sortProblems, type ContentProblem } from './problems';
import { readContent, type ContentFiles } from './read/read-content';

export interface CompiledContent {
  /** The model, when the content has no problem. */
  handbook: Handbook | undefined;
  /** Every problem found, in file order. */
  problems: ContentProblem[];
  /** The files as read: what passed its own schema, for the loader to store. */
  files: ContentFiles;
}

/** Reads, checks and models the content under `root`. */
export function compileContent(root: string): CompiledContent {
  const files = readContent(root);
  const problems = sortProblems([
    ...files.problems,
    ...findIntegrityProblems(files),
    ...findLayoutProblems(root, files),
    ...findReleaseProblems(files),
  ]);
  if (problems.length > 0) return { handbook: undefined, problems, files };
  const handbook = buildModel(files);
  const late = findModelProblems(files, handbook);
  return { handbook: late.length === 0 ? handbook : undefined, problems: late, files };
}
