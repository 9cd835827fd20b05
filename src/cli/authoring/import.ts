/**
 * `npm run import -- items.csv [--levels levels.csv] [--force]`: a framework kept in a spreadsheet,
 * written as content files. Every row is checked first (`import-rows.ts`); then the files are written
 * into a copy of `content/` and the copy is compiled as the build compiles it; only content with no
 * problem is copied into `content/`. Nothing is written while anything is wrong, and no existing file
 * is overwritten without `--force` (new-handbook's unedited placeholders aside).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileContent } from '../../pipeline/compile';
import { formatProblem, type ContentProblem } from '../../pipeline/problems';
import { readFrontmatter } from '../../pipeline/read/frontmatter';
import { listCollection } from '../../pipeline/read/read-content';
import { plannedFiles, type PlannedFile } from './content-text';
import { readCsv, type CsvTable } from './csv-table';
import { frameworkTerms } from './framework-terms';
import { planImport, type ImportPlan } from './import-rows';
import { isStarterPlaceholder } from './starter';
import type { ToolResult } from './tool-result';

export interface ImportOptions {
  /** The items spreadsheet: its path, and its name as problems show it. */
  items: { path: string; name: string };
  levels?: { path: string; name: string } | undefined;
  force?: boolean;
}

/** A refusal: what is wrong, one line each, and that nothing was written. */
function refused(heading: string, problems: readonly ContentProblem[]): ToolResult {
  return { ok: false, lines: [heading, ...problems.map(formatProblem), 'Nothing was written.'] };
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Reads a spreadsheet, or says why it cannot. */
function readTable(file: { path: string; name: string }): {
  table?: CsvTable | undefined;
  problems: ContentProblem[];
} {
  if (!existsSync(file.path)) {
    return {
      problems: [{ file: file.name, line: 1, column: 1, field: '', message: 'no such file' }],
    };
  }
  return readCsv(file.name, readFileSync(file.path, 'utf8'));
}

/** The level ids content/ already has files for, read leniently (the check comes later). */
function existingLevels(root: string): string[] {
  return listCollection(root, 'levels').flatMap((file) => {
    const { data } = readFrontmatter(readFileSync(join(root, file), 'utf8'));
    const id = (data as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' || typeof id === 'number' ? [String(id)] : [];
  });
}

/**
 * The starter's placeholders (new-handbook's, unedited) this import does away with: its section
 * always, its level unless a row names it. Nobody's work is in them.
 */
function placeholdersToRemove(root: string, plan: ImportPlan, writes: readonly PlannedFile[]): string[] {
  const named = new Set(plan.sections.map((section) => section.level));
  return [...listCollection(root, 'levels'), ...listCollection(root, 'sections')].filter((file) => {
    if (writes.some((write) => write.file === file)) return false;
    if (!isStarterPlaceholder(file, readFileSync(join(root, file), 'utf8'))) return false;
    const level = /^content\/levels\/level-(.+)\.mdx$/.exec(file)?.[1];
    return level === undefined || !named.has(level);
  });
}

/** Writes `writes` and removes `removals` under `root`. */
function apply(root: string, writes: readonly PlannedFile[], removals: readonly string[]): void {
  for (const file of removals) rmSync(join(root, file));
  for (const { file, text } of writes) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

/** The content problems the import would cause, found on a copy of content/ with the files written. */
function stagedProblems(root: string, writes: readonly PlannedFile[], removals: readonly string[]) {
  const stage = mkdtempSync(join(tmpdir(), 'handbook-import-'));
  try {
    cpSync(join(root, 'content'), join(stage, 'content'), { recursive: true });
    apply(stage, writes, removals);
    return compileContent(stage).problems;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** How many files a report lists one by one; past that, new files are counted by folder. */
const LISTED = 20;

/** A line per file written (or, for many new files, per collection), saying how it was written. */
function report(files: readonly { file: string; how: string }[]): string[] {
  if (files.length <= LISTED) return files.map(({ file, how }) => `  ${how} ${file}`);
  const fresh = files.filter(({ how }) => how === 'wrote');
  const counted = ['content/levels/', 'content/sections/'].flatMap((folder) => {
    const n = fresh.filter(({ file }) => file.startsWith(folder)).length;
    return n === 0 ? [] : [`  wrote ${count(n, 'file')} in ${folder}`];
  });
  return [
    ...counted,
    ...files.filter(({ how }) => how !== 'wrote').map(({ file, how }) => `  ${how} ${file}`),
  ];
}

/** Imports the spreadsheets into the content under `root`. */
export function importSpreadsheet(root: string, options: ImportOptions): ToolResult {
  const frameworks = listCollection(root, 'framework');
  const [frameworkFile] = frameworks;
  if (frameworks.length !== 1 || frameworkFile === undefined) {
    return {
      ok: false,
      lines: [
        'The import needs the framework file first, content/framework/handbook.mdx, which declares the competencies, tracks, section kinds and scales the rows name: write it, or start one with npm run new-handbook.',
        'Nothing was written.',
      ],
    };
  }
  const framework = frameworkTerms(frameworkFile, readFileSync(join(root, frameworkFile), 'utf8'));
  const items = readTable(options.items);
  const levels = options.levels ? readTable(options.levels) : undefined;
  const unread = [...framework.problems, ...items.problems, ...(levels?.problems ?? [])];
  if (!framework.terms || !items.table || (levels && !levels.table)) {
    return refused('The import cannot read its files:', unread);
  }

  const { plan, problems } = planImport({
    items: items.table,
    levels: levels?.table,
    terms: framework.terms,
    existingLevels: existingLevels(root),
  });
  if (!plan) return refused(`The spreadsheet has ${count(problems.length, 'problem')}:`, problems);

  const writes = plannedFiles(plan);
  const existing = writes.filter(({ file }) => existsSync(join(root, file)));
  const placeholders = existing.filter(({ file }) =>
    isStarterPlaceholder(file, readFileSync(join(root, file), 'utf8')),
  );
  const kept = existing.filter((write) => !placeholders.includes(write));
  if (kept.length > 0 && !options.force) {
    return {
      ok: false,
      lines: [
        `The import would overwrite ${count(kept.length, 'file')} that content/ already has:`,
        ...kept.map(({ file }) => `  ${file}`),
        'Run it again with --force to overwrite them. Nothing was written.',
      ],
    };
  }
  const removals = placeholdersToRemove(root, plan, writes);
  const staged = stagedProblems(root, writes, removals);
  if (staged.length > 0) {
    return refused(
      `The imported content would have ${count(staged.length, 'problem')} (CONTRIBUTING.md, "What the errors mean"):`,
      staged,
    );
  }

  apply(root, writes, removals);
  const itemCount = plan.sections.reduce((sum, section) => sum + section.items.length, 0);
  const levelIds = new Set(plan.sections.map((section) => section.level));
  const how = (file: string) =>
    placeholders.some((write) => write.file === file)
      ? 'replaced the placeholder'
      : existing.some((write) => write.file === file)
        ? 'overwrote'
        : 'wrote';
  return {
    ok: true,
    lines: [
      `Imported ${count(itemCount, 'item')} in ${count(plan.sections.length, 'section')} of ${count(levelIds.size, 'level')} from ${options.items.name}${options.levels ? `, and ${count(plan.levels.length, 'level')} from ${options.levels.name}` : ''}:`,
      ...report(writes.map(({ file }) => ({ file, how: how(file) }))),
      ...removals.map((file) => `  removed the placeholder ${file}`),
      'The content compiles with no problem. Next: npm run dev to read it, npm run permalinks when you publish, npm test.',
    ],
  };
}
