/**
 * Where every content file lives, relative to the project root: each collection's files, with the
 * schema each file's frontmatter must satisfy, and the two data files. Read by the reader
 * (`read/read-content.ts`), the layout check (`check/file-layout.ts`) and Astro (`src/content.config.ts`).
 */
import { anySectionSchema, frameworkSchema, levelSchema } from '../schemas/content';

/** The permalink manifest: every URL the handbook has published (see `urls/permalinks.ts`). */
export const MANIFEST_FILE = 'content/permalinks.json';

/** The search thesaurus: readers' words for the framework's words (see `model/thesaurus.ts`). */
export const THESAURUS_FILE = 'content/thesaurus.yaml';

/** The releases: one JSON file per version, written by `npm run release` (see `releases/snapshot.ts`). */
export const RELEASES_DIR = 'content/releases';

export const collections = {
  /** One file describing the handbook: `content/framework/handbook.mdx`. */
  framework: { base: 'content/framework', pattern: '*.mdx', schema: frameworkSchema },
  /** One file per level: `content/levels/level-4.mdx`. */
  levels: { base: 'content/levels', pattern: '*.mdx', schema: levelSchema },
  /**
   * One file per section of a level: `content/sections/level-4/key-behaviors.mdx`. Its schema here
   * takes any kind; the reader checks each file against its framework's kinds (`sectionSchemaFor`).
   */
  sections: { base: 'content/sections', pattern: '**/*.mdx', schema: anySectionSchema },
} as const;

export type CollectionName = keyof typeof collections;
