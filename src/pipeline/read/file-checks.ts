/**
 * Checks of one content file beyond its schema: what would otherwise vanish or mislead without a word.
 * A value cut short by ` #…` (YAML reads it as a comment), raw HTML or a risky link in text, prose
 * under a section's frontmatter (a section shows no body), bytes that are not UTF-8.
 */
import type { Frontmatter, Position } from './frontmatter';
import { fieldName, type ContentProblem } from '../problems';
import { checkText, textFields } from '../check/text-check';
import { refusedCharacterProblems } from '../check/text-characters';

/** Where the first byte that is not UTF-8 is, if any. */
export function invalidUtf8(bytes: Uint8Array): Position | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const before = text.slice(0, text.indexOf('\uFFFD')).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  }
}

/** Problems of a file whose frontmatter parsed; `data` is set when it also passed its schema. */
export function fileProblems(
  file: string,
  frontmatter: Frontmatter,
  options: { data: unknown; bodyLine: number; showsBody: boolean },
): ContentProblem[] {
  const at = (path: readonly (string | number)[], message: string): ContentProblem => ({
    file,
    ...frontmatter.locate(path),
    field: fieldName(path),
    message,
  });
  const problems = frontmatter.trailingComments.map(({ path, comment }) =>
    at(
      path,
      `is followed by " #${comment}", which YAML reads as a comment and drops: put the whole value in quotes (or the comment on its own line)`,
    ),
  );
  problems.push(
    ...refusedCharacterProblems(
      file,
      frontmatter,
      options.showsBody ? { text: frontmatter.body, line: options.bodyLine } : undefined,
    ),
  );
  if (options.data !== undefined) {
    for (const path of textFields(options.data)) {
      const value = path.reduce<unknown>(
        (node, key) => (node as Record<string | number, unknown>)[key],
        options.data,
      );
      if (typeof value === 'string') for (const message of checkText(value)) problems.push(at(path, message));
    }
  }
  const prose = frontmatter.body.trim();
  if (!options.showsBody && prose !== '') {
    const offset = frontmatter.body.split('\n').findIndex((line) => line.trim() !== '');
    problems.push({
      file,
      line: options.bodyLine + offset,
      column: 1,
      field: '',
      message:
        "a section file shows no text below its frontmatter, so this would vanish: move it into a field, or into the level's introduction",
    });
  }
  return problems;
}
