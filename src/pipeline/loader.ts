/**
 * The handbook's content loader: Astro's only reader of `content/`. One reading of the files per
 * change feeds four collections: `framework`, `levels` and `sections` (each file's checked frontmatter,
 * typed by its schema, with MDX bodies rendered by Astro on demand) and `handbook` (the built model,
 * or the problems that stopped it). The collections share the reading, so content is read and checked
 * once however many collections ask.
 *
 * A content problem stops `astro build` and `astro check` before anything is written. During
 * `astro dev` it is logged, as `file:line:col field message`, and every page shows it until fixed.
 */
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { compileContent, type CompiledContent } from './compile';
import { ContentError, formatProblems, IN_DEV } from './problems';
import { listCollection, type SourceDocument } from './read/read-content';
import type { Handbook } from './model/model';
import type { ContentProblem } from './problems';
import type { CollectionName } from './content-files';

/** What the `handbook` collection's one entry holds. */
export interface StoredModel {
  handbook: Handbook | undefined;
  problems: ContentProblem[];
}

/** The id of the `handbook` collection's one entry. */
export const MODEL_ID = 'model';

const documentCollections = ['framework', 'levels', 'sections'] as const satisfies CollectionName[];

/** Reads the content again only when a file was added, removed or changed since the last reading. */
function cachedReader() {
  let last: { fingerprint: string; loaded: CompiledContent } | undefined;
  return (root: string): CompiledContent => {
    const fingerprint = documentCollections
      .flatMap((name) => listCollection(root, name))
      .map((file) => {
        const { mtimeMs, size } = statSync(join(root, file));
        return `${file}:${mtimeMs}:${size}`;
      })
      .join('\n');
    if (last?.fingerprint !== fingerprint) last = { fingerprint, loaded: compileContent(root) };
    return last.loaded;
  };
}

/** An entry's id within its collection: the level's id, or the file's path below the collection. */
function entryId(
  collection: (typeof documentCollections)[number],
  document: SourceDocument<unknown>,
): string {
  if (collection === 'levels') return (document.data as { id: string }).id;
  return document.file.replace(/^content\/[^/]+\//, '').replace(/\.mdx$/, '');
}

function store(context: LoaderContext, loaded: CompiledContent): void {
  const { collection, store } = context;
  store.clear();
  if (collection === 'handbook') {
    const data: StoredModel = { handbook: loaded.handbook, problems: loaded.problems };
    store.set({ id: MODEL_ID, data: data as unknown as Record<string, unknown> });
    return;
  }
  const name = collection as (typeof documentCollections)[number];
  for (const document of loaded.files[name]) {
    const hasBody = document.body.trim() !== '';
    store.set({
      id: entryId(name, document),
      data: document.data as Record<string, unknown>,
      filePath: document.file,
      ...(hasBody ? { body: document.body, deferredRender: true } : {}),
    });
  }
}

/** The loaders of the handbook's four collections, sharing one reading of `content/`. */
export function contentLoaders(): Record<(typeof documentCollections)[number] | 'handbook', Loader> {
  const read = cachedReader();
  const loader = (name: string): Loader => ({
    name: name === 'handbook' ? 'handbook-content' : `handbook-content:${name}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentDir = join(root, 'content');
      // One collection speaks for all four, so each problem is logged once.
      const reporting = name === 'handbook' && context.watcher !== undefined;
      let hadProblems = false;
      const sync = () => {
        const loaded = read(root);
        if (reporting && loaded.problems.length > 0)
          context.logger.error(formatProblems(loaded.problems, IN_DEV));
        else if (reporting && hadProblems) context.logger.info('content is valid again');
        hadProblems = loaded.problems.length > 0;
        store(context, loaded);
        return loaded;
      };
      const loaded = sync();
      // Outside the dev server (build, check, sync) bad content stops everything, before any page is written.
      if (!context.watcher) {
        if (loaded.problems.length > 0) throw new ContentError(loaded.problems);
        return;
      }
      context.watcher.add(contentDir);
      context.watcher.on('all', (_event, path) => {
        if (!relative(contentDir, path).startsWith(`..${sep}`) && path.endsWith('.mdx')) sync();
      });
    },
  });
  return {
    framework: loader('framework'),
    levels: loader('levels'),
    sections: loader('sections'),
    handbook: loader('handbook'),
  };
}
