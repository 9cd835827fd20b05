import { defineCollection } from 'astro:content';
import { handbookLoaders } from './loaders/handbook';
import { collections as layout } from './schemas/collections';

/**
 * Astro's view of `content/`. One loader reads and checks every file once (see
 * `src/loaders/handbook.ts`); the schemas give each collection its types and its editor support.
 */
const loaders = handbookLoaders();

export const collections = {
  framework: defineCollection({ loader: loaders.framework, schema: layout.framework.schema }),
  levels: defineCollection({ loader: loaders.levels, schema: layout.levels.schema }),
  sections: defineCollection({ loader: loaders.sections, schema: layout.sections.schema }),
  /** One entry, `model`: the handbook built from all of the above, or the problems that stopped it. */
  handbook: defineCollection({ loader: loaders.handbook }),
};
