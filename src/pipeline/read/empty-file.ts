/**
 * What to say of a content file that holds no data: a frontmatter with nothing between its `---`
 * lines, a thesaurus of comments only, an empty permalink manifest. YAML reads each as nothing (null),
 * which its schema alone would report as "expected object, found null"; this says what to write.
 */
import type { z } from 'astro/zod';
import { sectionSchema } from '../../schemas/content';
import type { CollectionName } from '../content-files';

/** The files that can be empty: a collection's MDX frontmatter, or one of the two data files. */
export type ContentFileKind = CollectionName | 'thesaurus' | 'manifest' | 'release';

/** Each collection's file, as the line names it, and the part of CONTRIBUTING.md that shows one. */
const collectionFiles: Record<CollectionName, { noun: string; guide: string }> = {
  framework: { noun: "the framework's", guide: 'CONTRIBUTING.md' },
  levels: { noun: "the level's", guide: '"Add a level" in CONTRIBUTING.md' },
  sections: { noun: "the section's", guide: '"Add a section" in CONTRIBUTING.md' },
};

/**
 * The fields a file of `schema` must have, as its schema says of an empty map: `id, rank, title`, or
 * `kind and the fields of its kind` where the schema picks its fields by one of them.
 */
export function requiredFields(schema: z.ZodType): string {
  const result = schema.safeParse({});
  const issues = result.success ? [] : result.error.issues;
  const fields = issues.map((issue) => String(issue.path[0] ?? '')).filter(Boolean);
  const picker = issues.find((issue) => issue.code === 'invalid_union')?.path[0];
  if (fields.length === 1 && picker !== undefined)
    return `${String(picker)} and the fields of its ${String(picker)}`;
  return [...new Set(fields)].join(', ');
}

/** The one line said of an empty file of this kind, checked by `schema`. */
export function emptyFileMessage(kind: ContentFileKind, schema: z.ZodType): string {
  if (kind === 'thesaurus')
    return "the thesaurus is empty: add a line for each word readers search with and the framework's words it stands for (reader word: [framework word]), or delete the file";
  if (kind === 'manifest')
    return 'the permalink manifest is empty: delete it, then run npm run permalinks to record every URL the handbook publishes';
  if (kind === 'release')
    return 'the release file is empty: restore it from version control (git checkout -- <file>); npm run release writes release files, never by hand';
  const { noun, guide } = collectionFiles[kind];
  // A section's fields are its kind's, whichever kinds the framework declares (or, unread, none).
  const fields = requiredFields(kind === 'sections' ? sectionSchema : schema);
  return `the frontmatter is empty: write ${noun} fields between the --- lines${fields ? ` (${fields})` : ''}; see ${guide}`;
}
