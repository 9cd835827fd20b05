/**
 * The handbook for pages: the model the content loader built, and the MDX bodies Astro renders.
 * Pages read from here and nowhere else.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { Handbook, Level } from '../pipeline/model/model';
import { ContentError, IN_DEV } from '../pipeline/problems';
import { MODEL_ID, type StoredModel } from '../pipeline/loader';

let loading: Promise<Handbook> | undefined;

/**
 * The whole handbook. A build reads it once; the dev server reads it for each page, so an edit shows
 * without a restart, and content with a problem shows the problem (`file:line:col …`) on every page.
 */
export function getModel(): Promise<Handbook> {
  if (import.meta.env.DEV) return load();
  loading ??= load();
  return loading;
}

async function load(): Promise<Handbook> {
  const entry = await getEntry('handbook', MODEL_ID);
  const stored = entry?.data as StoredModel | undefined;
  if (!stored) throw new Error('The handbook content has not been loaded.');
  if (stored.problems.length > 0 || !stored.handbook) throw new ContentError(stored.problems, IN_DEV);
  return stored.handbook;
}

/** The routes of pages with one page per level (`/levels/<level>/`, its rubric): each level, as a prop. */
export async function levelPaths(): Promise<{ params: { level: string }; props: { level: Level } }[]> {
  const handbook = await getModel();
  return handbook.levels.map((level) => ({ params: { level: level.id }, props: { level } }));
}

/** The rendered MDX body of the framework file ("how to read it"). */
export async function renderGuide() {
  const [entry] = await getCollection('framework');
  if (!entry) throw new Error('The framework file has not been loaded.');
  return render(entry);
}

/** The rendered MDX body of a level's file: its introduction. */
export async function renderIntroduction(level: string) {
  const entry = await getEntry('levels', level);
  if (!entry) throw new Error(`Level ${level} has not been loaded.`);
  return render(entry);
}
