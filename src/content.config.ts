import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as layout } from './schemas/collections';

/** Astro's view of `content/`: each collection loaded with `glob()` and checked by its schema. */
export const collections = {
  framework: defineCollection({
    loader: glob({ base: layout.framework.base, pattern: layout.framework.pattern }),
    schema: layout.framework.schema,
  }),
  levels: defineCollection({
    loader: glob({ base: layout.levels.base, pattern: layout.levels.pattern }),
    schema: layout.levels.schema,
  }),
  sections: defineCollection({
    loader: glob({ base: layout.sections.base, pattern: layout.sections.pattern }),
    schema: layout.sections.schema,
  }),
};
