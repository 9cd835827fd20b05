import { defineCollection } from 'astro:content';
import { contentLoaders } from './pipeline/loader';
import { collections as layout } from './pipeline/content-files';

/**
 * Astro's view of `content/`. One loader reads and checks every file once (see
 * `src/pipeline/loader.ts`); the schemas give each collection its types and its editor support.
 */
const loaders = contentLoaders();

export const collections = {
  framework: defineCollection({ loader: loaders.framework, schema: layout.framework.schema }),
  levels: defineCollection({ loader: loaders.levels, schema: layout.levels.schema }),
  sections: defineCollection({ loader: loaders.sections, schema: layout.sections.schema }),
  /** One entry, `model`: the handbook built from all of the above, or the problems that stopped it. */
  handbook: defineCollection({ loader: loaders.handbook }),
};
