/**
 * Reading one file of `content/` safely: a parser's own failure is a problem line like any other, and a
 * data file (JSON or YAML: the permalink manifest, the thesaurus, a release) is read with positions
 * and checked by its schema.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { refusedCharacterProblems } from '../check/text-characters';
import { describeIssue, fieldName, type ContentProblem } from '../problems';
import { readContentFile } from './content-file';
import { emptyFileMessage, type ContentFileKind } from './empty-file';
import { readYaml, type Position } from './frontmatter';
import { strictJsonError } from './strict-json';
import type { SourceDocument } from './source-document';

/**
 * Reads one file with `read`; should reading it throw all the same (a folder named like a file, a file
 * that cannot be opened, a parser's own failure), that is one problem of the file like any other, not
 * a stack trace that names no file.
 */
export function readSafely<Result>(
  file: string,
  problems: ContentProblem[],
  read: () => Result,
): Result | undefined {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '',
      message: `this file cannot be read: ${reason.split('\n')[0] ?? reason}`,
    });
    return undefined;
  }
}

/** A file that YAML read as nothing: its one problem, saying what to write. */
export function emptyFile(
  file: string,
  kind: ContentFileKind,
  schema: z.ZodType,
  locate: (path: readonly PropertyKey[]) => Position,
): ContentProblem {
  return { file, ...locate([]), field: '', message: emptyFileMessage(kind, schema) };
}

/** A data file of `content/` (JSON or YAML) read with positions and checked by `schema`; undefined when absent or wrong. */
export function readDataFile<Data>(
  root: string,
  file: string,
  kind: ContentFileKind,
  schema: z.ZodType<Data>,
  problems: ContentProblem[],
): SourceDocument<Data> | undefined {
  // Absent, unless a link names it: a link to nothing is a mistake to say, not a missing file.
  if (!existsSync(join(root, file)) && !lstatSync(join(root, file), { throwIfNoEntry: false }))
    return undefined;
  const read = readContentFile(root, file);
  if (read.problem !== undefined) {
    problems.push({ file, line: 1, column: 1, field: '', message: read.problem });
    return undefined;
  }
  const source = read.bytes.toString('utf8');
  const language = file.endsWith('.json') ? 'JSON' : 'YAML';
  // JSON where JSON is required: YAML reads far more (YAML itself, JSON5's comments and trailing
  // commas), which other tools reading the file then choke on. An empty file is said to be empty.
  const notJson = language === 'JSON' && source.trim() !== '' ? strictJsonError(source) : undefined;
  if (notJson) {
    const before = source.slice(0, notJson.offset).split('\n');
    problems.push({
      file,
      line: before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
      field: '',
      message: `JSON: ${notJson.message}: this file is strict JSON (no comments, trailing commas or YAML); ${kind === 'release' ? 'npm run release' : 'npm run permalinks'} writes it`,
    });
    return undefined;
  }
  const text = readYaml(source, 0);
  for (const error of text.syntaxErrors) {
    problems.push({ file, ...error.position, field: '', message: `${language}: ${error.message}` });
  }
  if (text.syntaxErrors.length > 0) return undefined;
  problems.push(...refusedCharacterProblems(file, text));
  if (text.data == null) {
    problems.push(emptyFile(file, kind, schema, text.locate));
    return undefined;
  }
  const result = schema.safeParse(text.data);
  if (result.success) return { file, data: result.data, body: '', bodyLine: 1, locate: text.locate };
  for (const issue of result.error.issues) {
    const { path, message } = describeIssue(issue, text.data);
    problems.push({ file, ...text.locate(path), field: fieldName(path), message });
  }
  return undefined;
}
