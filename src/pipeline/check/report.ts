/** How the content checks word a problem: at a field of a file, naming other places as `file:line:col`. */
import { fieldName, type ContentProblem } from '../problems';
import type { SourceDocument } from '../read/read-content';

/** `file:line:col` of a field, for messages that point at a second place. */
export function placeOf(document: SourceDocument<unknown>, path: readonly PropertyKey[]): string {
  const { line, column } = document.locate(path);
  return `${document.file}:${line}:${column}`;
}

/** A problem at the field `path` of `document`. */
export function problemAt(
  document: SourceDocument<unknown>,
  path: readonly (string | number)[],
  message: string,
): ContentProblem {
  return { file: document.file, ...document.locate(path), field: fieldName(path), message };
}

/** A list for a message: `a, b, c`, or `none`. */
export const listOf = (values: Iterable<string>) => [...values].join(', ') || 'none';
