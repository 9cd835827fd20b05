/**
 * The handbook's content, loaded once per build from Astro's collections and shaped by the pure
 * model in `src/lib/handbook.ts`. Pages read from here and nowhere else.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildLevels, type Level, type Section } from '../lib/handbook';

export type LevelEntry = CollectionEntry<'levels'>;
export type SectionEntry = CollectionEntry<'sections'>;
export type HandbookLevel = Level<LevelEntry, SectionEntry>;
export type HandbookSection = Section<SectionEntry>;

export interface Handbook {
  framework: CollectionEntry<'framework'>;
  levels: HandbookLevel[];
}

let loading: Promise<Handbook> | undefined;

/**
 * The whole handbook, ordered and checked. Throws if any collection is empty. A build loads it once;
 * the dev server loads it afresh for each page, so edited content shows without a restart.
 */
export function getHandbook(): Promise<Handbook> {
  if (import.meta.env.DEV) return load();
  loading ??= load();
  return loading;
}

async function load(): Promise<Handbook> {
  const [framework, ...others] = await getCollection('framework');
  if (!framework) throw new Error('The "framework" collection is empty: add content/framework/handbook.mdx.');
  if (others.length > 0) throw new Error('The "framework" collection must hold exactly one file.');
  const levels = buildLevels(await getCollection('levels'), await getCollection('sections'));
  return { framework, levels };
}
