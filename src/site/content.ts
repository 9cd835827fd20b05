/**
 * The handbook for pages: the model the content loader built, and the MDX bodies Astro renders.
 * Pages read from here and nowhere else.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { Handbook, Level } from '../pipeline/model/model';
import { ContentError, IN_DEV, problemsPage, type ContentProblem } from '../pipeline/problems';
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

/**
 * A route's paths (its getStaticPaths), made from the handbook. In the dev server, while content has
 * problems, a route has no paths: Astro calls getStaticPaths before any middleware, so a ContentError
 * thrown there would reach only Astro's error page. With no paths, every address reaches the 404 page,
 * whose getModel() throws into src/middleware.ts, which answers with the problem lines as text. A build
 * never gets here with problems: the content loader stops it first.
 */
export async function staticPaths<Path>(paths: (handbook: Handbook) => Path[]): Promise<Path[]> {
  try {
    return paths(await getModel());
  } catch (error) {
    if (import.meta.env.DEV && isContentError(error)) return [];
    throw error;
  }
}

/** The routes of pages with one page per level (`/levels/<level>/`, its rubric): each level, as a prop. */
export function levelPaths(): Promise<{ params: { level: string }; props: { level: Level } }[]> {
  return staticPaths((handbook) =>
    handbook.levels.map((level) => ({ params: { level: level.id }, props: { level } })),
  );
}

/**
 * The routes of a level's files (`/levels/<level>.json`, `.md`): each level at its id and at each id it
 * was published under before, since a file cannot redirect.
 */
export function levelFilePaths(): Promise<{ params: { level: string }; props: { level: Level } }[]> {
  return staticPaths((handbook) =>
    handbook.levels.flatMap((level) =>
      [level.id, ...level.formerIds].map((id) => ({ params: { level: id }, props: { level } })),
    ),
  );
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

/**
 * The dev server's answer to a page that stopped on content problems (`getModel()` threw a
 * ContentError): status 500 and the problem lines as text, so the page says what is wrong without
 * JavaScript. The body then ends in the error itself, so Astro still adds its error overlay and the
 * reload on the next edit for a browser that runs scripts. Anything else: undefined.
 */
export function contentProblemsResponse(error: unknown): Response | undefined {
  if (!isContentError(error)) return undefined;
  const page = new TextEncoder().encode(problemsPage(error.problems));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(page);
    },
    pull(controller) {
      controller.error(error);
    },
  });
  return new Response(body, { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/**
 * The dev server's answer to whatever stopped a page while the content has problems: a ContentError
 * itself, or what follows from one (a dynamic route whose paths could not be listed, which Astro
 * reports as no matching path). Undefined when the content is fine: the error is the page's own.
 */
export async function problemsResponseFor(error: unknown): Promise<Response | undefined> {
  const direct = contentProblemsResponse(error);
  if (direct) return direct;
  try {
    await getModel();
    return undefined;
  } catch (current) {
    return contentProblemsResponse(current);
  }
}

/** A ContentError, by its shape: the error may come from another copy of the module (Vite's runner). */
function isContentError(error: unknown): error is { problems: readonly ContentProblem[] } {
  return (
    error instanceof ContentError ||
    (error instanceof Error &&
      error.name === 'ContentError' &&
      Array.isArray((error as Partial<ContentError>).problems))
  );
}
