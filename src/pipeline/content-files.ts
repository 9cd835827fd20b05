/**
 * Where each collection's files live, relative to the project root, and the schema each file's
 * frontmatter must satisfy. Shared by `src/content.config.ts` (Astro) and `src/pipeline/read/read-content.ts`.
 */
import { frameworkSchema, levelSchema, sectionSchema } from '../schemas/content';

export const collections = {
  /** One file describing the handbook: `content/framework/handbook.mdx`. */
  framework: { base: 'content/framework', pattern: '*.mdx', schema: frameworkSchema },
  /** One file per level: `content/levels/level-4.mdx`. */
  levels: { base: 'content/levels', pattern: '*.mdx', schema: levelSchema },
  /** One file per section of a level: `content/sections/level-4/key-behaviors.mdx`. */
  sections: { base: 'content/sections', pattern: '**/*.mdx', schema: sectionSchema },
} as const;

export type CollectionName = keyof typeof collections;
