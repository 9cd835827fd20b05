/**
 * Checks every content file at once, outside Astro, and reports each mistake as one line:
 * `content/sections/level-4/key-behaviors.mdx:7:7 items[1].id duplicate id "…"`.
 *
 * The build runs this first (see `src/integrations/content-check.ts`), so bad content never builds.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { collections, type CollectionName } from '../schemas/collections';
import type { FrameworkData, LevelData, SectionData } from '../schemas/content';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import { findIntegrityProblems, type Entry } from './handbook';

export interface ContentProblem {
  /** The file, relative to the project root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  /** The field, as `items[1].id`; empty for the whole file. */
  field: string;
  message: string;
}

export interface ParsedFile<Data> extends Entry<Data> {
  filePath: string;
  frontmatter: Frontmatter;
}

/** Every content file under `root` that passed its schema, and every problem found, in file order. */
export interface LoadedContent {
  framework: ParsedFile<FrameworkData>[];
  levels: ParsedFile<LevelData>[];
  sections: ParsedFile<SectionData>[];
  problems: ContentProblem[];
}

/** Validates all collections under `root`; returns every problem found, in file order. */
export function validateContent(root: string): ContentProblem[] {
  return loadContent(root).problems;
}

/** Reads and checks all collections under `root`, outside Astro. */
export function loadContent(root: string): LoadedContent {
  const problems: ContentProblem[] = [];
  const framework = loadCollection<FrameworkData>(root, 'framework', problems);
  const levels = loadCollection<LevelData>(root, 'levels', problems);
  const sections = loadCollection<SectionData>(root, 'sections', problems);

  if (framework.files > 1) {
    problems.push(
      wholeFile(collections.framework.base, `expected exactly one framework file, found ${framework.files}`),
    );
  }

  // A section pointing at a level whose own file is broken is not a second mistake: say nothing of it.
  const levelsReadable = levels.entries.length === levels.files;
  const byFile = new Map<string, ParsedFile<unknown>>(
    [...levels.entries, ...sections.entries].map((entry) => [entry.filePath, entry]),
  );
  for (const problem of findIntegrityProblems(levels.entries, sections.entries)) {
    if (!levelsReadable && problem.path[0] === 'level') continue;
    const entry = byFile.get(problem.file);
    const position = entry?.frontmatter.locate(problem.path) ?? { line: 1, column: 1 };
    problems.push({
      file: problem.file,
      ...position,
      field: fieldName(problem.path),
      message: problem.message,
    });
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { framework: framework.entries, levels: levels.entries, sections: sections.entries, problems };
}

/** One problem as one line, the way compilers print them, so editors and terminals can link to it. */
export function formatProblem(problem: ContentProblem): string {
  const field = problem.field ? ` ${problem.field}` : '';
  return `${problem.file}:${problem.line}:${problem.column}${field} ${problem.message}`;
}

/** Turns a field path such as `['items', 1, 'id']` into `items[1].id`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) =>
      typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
    '',
  );
}

/** Turns one zod issue into the path it concerns and a message saying what was expected and found. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
): { path: PropertyKey[]; message: string } {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return {
      path: [...path, issue.keys[0] ?? ''],
      message: `unknown field ${keys}: check its spelling, or remove it`,
    };
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    const found = valueAt(data, path);
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.join(', ') : '';
    return { path, message: `expected one of: ${options}; found ${JSON.stringify(found)}` };
  }
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) {
    return { path, message: `is required (expected ${issue.expected})` };
  }
  return { path, message: issue.message };
}

function loadCollection<Data>(root: string, name: CollectionName, problems: ContentProblem[]) {
  const { base, pattern, schema } = collections[name];
  const files = listFiles(join(root, base), pattern);
  const entries: ParsedFile<Data>[] = [];
  for (const absolute of files) {
    const filePath = relative(root, absolute).split(sep).join('/');
    const frontmatter = readFrontmatter(readFileSync(absolute, 'utf8'));
    for (const error of frontmatter.syntaxErrors) {
      problems.push({ file: filePath, ...error.position, field: '', message: `YAML: ${error.message}` });
    }
    if (frontmatter.syntaxErrors.length > 0) continue;
    const result = (schema as z.ZodType).safeParse(frontmatter.data);
    if (result.success) {
      entries.push({ filePath, frontmatter, data: result.data as Data });
      continue;
    }
    for (const issue of result.error.issues) {
      const { path, message } = describeIssue(issue, frontmatter.data);
      problems.push({ file: filePath, ...frontmatter.locate(path), field: fieldName(path), message });
    }
  }
  if (files.length === 0)
    problems.push(wholeFile(base, `the "${name}" collection is empty: no ${pattern} files in ${base}/`));
  return { files: files.length, entries };
}

function listFiles(dir: string, pattern: string): string[] {
  return globSync(pattern, { cwd: dir })
    .sort()
    .map((name) => join(dir, name));
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

function wholeFile(file: string, message: string): ContentProblem {
  return { file, line: 1, column: 1, field: '', message };
}
