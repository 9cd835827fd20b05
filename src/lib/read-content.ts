/**
 * Reads every content file under a root once: its frontmatter (with positions), checked against its
 * collection's schema, and its MDX body. Problems come back as `ContentProblem`s, in file order;
 * nothing here throws for a content mistake.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { collections, type CollectionName } from '../schemas/collections';
import type { FrameworkData, LevelData, SectionData } from '../schemas/content';
import { readFrontmatter, type Position } from './frontmatter';
import { describeIssue, fieldName, type ContentProblem } from './problems';

/** One content file that passed its schema. */
export interface SourceDocument<Data> {
  /** The file, relative to the root, with `/` separators: `content/levels/level-4.mdx`. */
  file: string;
  data: Data;
  /** The MDX body after the frontmatter. */
  body: string;
  /** Where a field (by its path in the data) is written in the file. */
  locate(path: readonly PropertyKey[]): Position;
}

export interface ContentFiles {
  framework: SourceDocument<FrameworkData>[];
  levels: SourceDocument<LevelData>[];
  sections: SourceDocument<SectionData>[];
  /** How many files each collection has, readable or not. */
  counts: Record<CollectionName, number>;
  problems: ContentProblem[];
}

/** Reads and checks every file of every collection under `root`. */
export function readContent(root: string): ContentFiles {
  const problems: ContentProblem[] = [];
  const framework = readCollection<FrameworkData>(root, 'framework', problems);
  const levels = readCollection<LevelData>(root, 'levels', problems);
  const sections = readCollection<SectionData>(root, 'sections', problems);
  return {
    framework: framework.documents,
    levels: levels.documents,
    sections: sections.documents,
    counts: { framework: framework.count, levels: levels.count, sections: sections.count },
    problems,
  };
}

/** The files of a collection under `root`, relative and sorted, so every run reads them in one order. */
export function listCollection(root: string, name: CollectionName): string[] {
  const { base, pattern } = collections[name];
  return globSync(pattern, { cwd: join(root, base) })
    .map((file) => `${base}/${file.split('\\').join('/')}`)
    .sort();
}

function readCollection<Data>(root: string, name: CollectionName, problems: ContentProblem[]) {
  const { base, pattern, schema } = collections[name];
  const files = listCollection(root, name);
  const documents: SourceDocument<Data>[] = [];
  for (const file of files) {
    const frontmatter = readFrontmatter(readFileSync(join(root, file), 'utf8'));
    for (const error of frontmatter.syntaxErrors) {
      problems.push({ file, ...error.position, field: '', message: `YAML: ${error.message}` });
    }
    if (frontmatter.syntaxErrors.length > 0) continue;
    const result = (schema as z.ZodType).safeParse(frontmatter.data);
    if (result.success) {
      documents.push({ file, data: result.data as Data, body: frontmatter.body, locate: frontmatter.locate });
      continue;
    }
    for (const issue of result.error.issues) {
      const { path, message } = describeIssue(issue, frontmatter.data);
      problems.push({ file, ...frontmatter.locate(path), field: fieldName(path), message });
    }
  }
  if (files.length === 0) {
    problems.push({
      file: base,
      line: 1,
      column: 1,
      field: '',
      message: `the "${name}" collection is empty: no ${pattern} files in ${base}/`,
    });
  }
  return { count: files.length, documents };
}
