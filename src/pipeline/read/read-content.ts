/**
 * Reads every content file under a root once: its frontmatter (with positions), checked against its
 * collection's schema, and its MDX body. Problems come back as `ContentProblem`s, in file order;
 * nothing here throws for a content mistake.
 */
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { collections, MANIFEST_FILE, THESAURUS_FILE, type CollectionName } from '../content-files';
import {
  anySectionSchema,
  kindsOf,
  sectionSchemaFor,
  thesaurusSchema,
  type FrameworkData,
  type LevelData,
  type SectionData,
  type Thesaurus,
} from '../../schemas/content';
import { fileProblems, invalidUtf8 } from './file-checks';
import { readFrontmatter } from './frontmatter';
import type { SourceDocument } from './source-document';
import { readContentFile } from './content-file';
import { describeIssue, fieldName, type ContentProblem } from '../problems';
import { emptyFile, readDataFile, readSafely } from './data-file';
import type { ReleaseFile } from '../../schemas/release';
import { readReleases } from './read-releases';

export type { SourceDocument };

/** The permalink manifest, `content/permalinks.json`: every URL the handbook has published. */
export type Manifest = SourceDocument<{ about?: string | undefined; urls: string[] }>;

const manifestSchema = z.strictObject({
  about: z.string().optional(),
  urls: z.array(z.string().regex(/^\/[^\s]*$/, { error: 'must be a URL path starting with /' })),
});

export interface ContentFiles {
  framework: SourceDocument<FrameworkData>[];
  levels: SourceDocument<LevelData>[];
  sections: SourceDocument<SectionData>[];
  /** The permalink manifest, when the content has one and it reads. */
  manifest: Manifest | undefined;
  /** The search thesaurus, when the content has one and it reads. */
  thesaurus: SourceDocument<Thesaurus> | undefined;
  /** The releases that read and whose checksum holds, oldest first (`content/releases/`). */
  releases: SourceDocument<ReleaseFile>[];
  /** How many files each collection has, readable or not. */
  counts: Record<CollectionName, number>;
  problems: ContentProblem[];
}

/** Reads and checks every file of every collection under `root`. */
export function readContent(root: string): ContentFiles {
  const problems: ContentProblem[] = [];
  const framework = readCollection<FrameworkData>(root, 'framework', problems);
  const levels = readCollection<LevelData>(root, 'levels', problems);
  // Sections take the kinds and scales their framework declares; when it cannot be read, any kind
  // and scale pass here, so its one mistake is not reported again in every section.
  const declared = framework.count === 1 ? framework.documents[0]?.data : undefined;
  const sectionSchema = declared
    ? sectionSchemaFor(kindsOf(declared), declared.scales ?? [])
    : anySectionSchema;
  const sections = readCollection<SectionData>(root, 'sections', problems, sectionSchema);
  return {
    framework: framework.documents,
    levels: levels.documents,
    sections: sections.documents,
    manifest: readSafely(MANIFEST_FILE, problems, () =>
      readDataFile(root, MANIFEST_FILE, 'manifest', manifestSchema, problems),
    ),
    thesaurus: readSafely(THESAURUS_FILE, problems, () =>
      readDataFile(root, THESAURUS_FILE, 'thesaurus', thesaurusSchema, problems),
    ),
    releases: readReleases(root, problems),
    counts: { framework: framework.count, levels: levels.count, sections: sections.count },
    problems,
  };
}

/**
 * The permalink manifest under `root` alone, read and checked as the build reads it: for the tools
 * that rewrite it, so a manifest the build would refuse is said, never parsed some other way.
 */
export function readManifestFile(root: string): {
  manifest: Manifest | undefined;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const manifest = readSafely(MANIFEST_FILE, problems, () =>
    readDataFile(root, MANIFEST_FILE, 'manifest', manifestSchema, problems),
  );
  return { manifest, problems };
}

/** The files of a collection under `root`, relative and sorted, so every run reads them in one order. */
export function listCollection(root: string, name: CollectionName): string[] {
  const { base, pattern } = collections[name];
  return globSync(pattern, { cwd: join(root, base) })
    .map((file) => `${base}/${file.split('\\').join('/')}`)
    .sort();
}

function readCollection<Data>(
  root: string,
  name: CollectionName,
  problems: ContentProblem[],
  schema: z.ZodType = collections[name].schema,
) {
  const { base, pattern } = collections[name];
  const files = listCollection(root, name);
  const documents: SourceDocument<Data>[] = [];
  for (const file of files) {
    const document = readSafely(file, problems, () => readDocument<Data>(root, name, file, problems, schema));
    if (document) documents.push(document);
  }
  // The framework is one file: each of several is said to be one too many, at the file, so the line
  // leads to a file to remove (integrity checks leave the count alone).
  if (name === 'framework' && files.length > 1) {
    for (const file of files) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '',
        message: `expected exactly one framework file, found ${files.length} (${files.join(', ')}): keep one, and move or remove the others`,
      });
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

/** One file of a collection, read and checked; undefined, with its problems said, when it is wrong. */
function readDocument<Data>(
  root: string,
  name: CollectionName,
  file: string,
  problems: ContentProblem[],
  schema: z.ZodType,
): SourceDocument<Data> | undefined {
  const read = readContentFile(root, file);
  if (read.problem !== undefined) {
    problems.push({ file, line: 1, column: 1, field: '', message: read.problem });
    return undefined;
  }
  const bytes = read.bytes;
  const notUtf8 = invalidUtf8(bytes);
  if (notUtf8) {
    problems.push({ file, ...notUtf8, field: '', message: 'this file is not UTF-8 text: save it as UTF-8' });
    return undefined;
  }
  const source = bytes.toString('utf8');
  const frontmatter = readFrontmatter(source);
  for (const error of frontmatter.syntaxErrors) {
    problems.push({ file, ...error.position, field: '', message: `YAML: ${error.message}` });
  }
  if (frontmatter.syntaxErrors.length > 0) return undefined;
  const bodyLine = source.slice(0, source.length - frontmatter.body.length).split('\n').length;
  const empty = frontmatter.data == null;
  const result = schema.safeParse(frontmatter.data);
  problems.push(
    ...(empty ? [emptyFile(file, name, schema, frontmatter.locate)] : []),
    ...fileProblems(file, frontmatter, {
      data: result.success ? result.data : undefined,
      bodyLine,
      showsBody: name !== 'sections',
    }),
  );
  if (result.success) {
    return { file, data: result.data as Data, body: frontmatter.body, bodyLine, locate: frontmatter.locate };
  }
  if (!empty) {
    for (const issue of result.error.issues) {
      const { path, message } = describeIssue(issue, frontmatter.data);
      problems.push({ file, ...frontmatter.locate(path), field: fieldName(path), message });
    }
  }
  return undefined;
}
