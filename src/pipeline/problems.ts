/**
 * One shape for every content problem, wherever it is found (a file's YAML, its schema, or how files
 * fit together), printed the way compilers print theirs so editors and terminals link to it:
 * `content/sections/level-4/key-behaviors.mdx:7:7 items[1].id duplicate id "…"`.
 */
import type { z } from 'astro/zod';

export interface ContentProblem {
  /** The file, relative to the project root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  /** The field, as `items[1].id`; empty for the whole file. */
  field: string;
  message: string;
}

/** One problem as one line: `file:line:col field message`. */
export function formatProblem(problem: ContentProblem): string {
  const field = problem.field ? ` ${problem.field}` : '';
  return `${problem.file}:${problem.line}:${problem.column}${field} ${afterField(problem)}`;
}

/** The last name in a field path: `related` for `items[1].related[0]`, `rank` for `rank`. */
export function lastFieldName(field: string): string {
  return (
    field
      .replace(/\[\d+\]/g, '')
      .split('.')
      .at(-1) ?? ''
  );
}

/**
 * A problem's message as it reads after its field: the line names the field, so a message that
 * starts with the field's own name would stutter (`rank rank 3 is also…`); that name is said once.
 */
export function afterField({ field, message }: ContentProblem): string {
  const name = lastFieldName(field);
  return name && message.toLowerCase().startsWith(`${name.toLowerCase()} `)
    ? message.slice(name.length + 1)
    : message;
}

/**
 * How many problem lines a report prints. A flood (a manifest of 200,000 lost URLs) is the same few
 * mistakes many times over: the first lines say what they are, and a count says how many more there are.
 */
export const PROBLEMS_SHOWN = 50;

/** `n problems`, with thousands grouped (`199,950 more problems`), and `1 problem`. */
function countOf(count: number, what = 'problem'): string {
  return `${count.toLocaleString('en-US')} ${what}${count === 1 ? '' : 's'}`;
}

/**
 * The problems, one per line, under a heading that says how many and what follows from them: the
 * first `PROBLEMS_SHOWN`, then `… and 199,950 more problems` for the rest. The build, `astro check`,
 * the dev server's terminal and page, and `npm run permalinks` all print them through here.
 */
export function formatProblems(
  problems: readonly ContentProblem[],
  consequence = 'nothing was built',
): string {
  const lines = problems.slice(0, PROBLEMS_SHOWN).map(formatProblem);
  const rest = problems.length - lines.length;
  if (rest > 0) lines.push(`… and ${countOf(rest, 'more problem')}`);
  return `The handbook content has ${countOf(problems.length)}; ${consequence}.\n${lines.join('\n')}`;
}

/** What the dev server says follows from content problems. */
export const IN_DEV = 'pages show this until it is fixed';

/** Text as HTML text: `&`, `<`, `>` and quotes escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The page the dev server answers with while content has problems: the report `formatProblems` prints
 * in the terminal, as text, so it reads without JavaScript (curl, a screen reader's fetch, a browser
 * with scripts off). Plain HTML: no script, no style, nothing the page's CSP would have to allow.
 */
export function problemsPage(problems: readonly ContentProblem[], consequence = IN_DEV): string {
  const [heading = '', ...lines] = formatProblems(problems, consequence).split('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<meta charset="utf-8">',
    `<title>ContentError: ${escapeHtml(heading)}</title>`,
    '<main>',
    `<h1>${escapeHtml(heading)}</h1>`,
    `<pre>${lines.map(escapeHtml).join('\n')}</pre>`,
    '</main>',
    '',
  ].join('\n');
}

/**
 * Thrown when content is wrong. Its message is the problem lines, and that is all there is to say: it
 * has no stack, since the place to look is the content, not the code. (Astro prints "Stack trace:"
 * before any stack an error has, even one without a single frame, so an empty one would still print.)
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[], consequence?: string) {
    super(formatProblems(problems, consequence));
    this.problems = problems;
    this.stack = '';
  }
}

/** Turns a field path such as `['items', 1, 'id']` into `items[1].id`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) =>
      typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
    '',
  );
}

/** Sorts problems by file, then position, so a report reads top to bottom. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Turns one zod issue into the path it concerns and a message saying what was expected and found. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
): { path: PropertyKey[]; message: string } {
  const path = [...issue.path];
  const found = valueAt(data, path);
  if (issue.code === 'unrecognized_keys' && issue.keys.includes('<<')) {
    return {
      path: [...path, '<<'],
      message: 'YAML merge keys (<<) are not supported: write the fields out in full',
    };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return {
      path: [...path, issue.keys[0] ?? ''],
      message: `unknown field ${keys}: check its spelling, or remove it`,
    };
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.join(', ') : '';
    if (found === null) return { path, message: `is empty (expected one of: ${options})` };
    return { path, message: `expected one of: ${options}; found ${JSON.stringify(found)}` };
  }
  if (issue.code === 'invalid_type' && found === undefined) {
    return { path, message: `is required (expected ${issue.expected})` };
  }
  // `title:` with nothing after it, or a list entry `-` with nothing after it: YAML reads null.
  if (issue.code === 'invalid_type' && found === null) {
    return { path, message: `is empty (expected ${issue.expected})` };
  }
  // A schema's own message for a wrong type (a version written as a number) says more than the default.
  if (issue.code === 'invalid_type' && !issue.message.startsWith('Invalid input')) {
    return { path, message: issue.message };
  }
  if (issue.code === 'invalid_type') {
    return { path, message: `expected ${issue.expected}, found ${describeValue(found)}` };
  }
  if ((issue.code === 'invalid_union' || issue.code === 'invalid_format') && found === null) {
    return { path, message: `is empty (${issue.message})` };
  }
  if (issue.code === 'invalid_union' || issue.code === 'invalid_format') {
    return { path, message: `${issue.message}; found ${describeValue(found)}` };
  }
  return { path, message: issue.message };
}

/** A value found where another type was expected; never null, which `describeIssue` calls empty. */
function describeValue(value: unknown): string {
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  return JSON.stringify(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}
