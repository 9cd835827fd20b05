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
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { compileContent, type CompiledContent } from './compile';
import { ContentError, formatProblem, formatProblems, IN_DEV } from './problems';
import type { SourceDocument } from './read/read-content';
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

/**
 * Every file under `dir`, at any depth: each collection's MDX, the thesaurus, the permalink manifest,
 * and whatever else is there (a stray `.md`, a misplaced file), since the checks report those too.
 * Dot-named files are listed as well: the checks ignore them, but a fingerprint that is too wide only
 * costs a reading, while one that is too narrow leaves the dev server showing stale answers.
 */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    // No content/ at all: the checks say what is missing.
    return [];
  }
}

/**
 * One file's part of the fingerprint: its own mtime and size (never opened: a FIFO or a device is only
 * looked at), and for a symbolic link its target's too, so editing a linked file counts. A file that
 * cannot be stat'ed (a link to nowhere or that loops, or one removed while listing) still counts, as
 * missing or by its error, so it changes the fingerprint when it appears or comes back.
 */
export function fingerprintOf(file: string): string {
  const stamp = (stats: Stats | undefined) => (stats ? `${stats.mtimeMs}:${stats.size}` : 'missing');
  // lstat fails only where listing would have: a file removed meanwhile reads as missing.
  const own = lstatSync(file, { throwIfNoEntry: false });
  if (!own?.isSymbolicLink()) return `${file}:${stamp(own)}`;
  let target: string;
  try {
    target = stamp(statSync(file, { throwIfNoEntry: false }));
  } catch (error) {
    target = String((error as NodeJS.ErrnoException).code);
  }
  return `${file}:${stamp(own)}->${target}`;
}

/**
 * How long after the last event under `content/` the dev server looks at the files again. Many editors
 * save by truncating a file and then writing it: a reading between the two finds an empty file
 * ("missing frontmatter"), and the event for the write may never come (watchers drop events that
 * follow one another within a few milliseconds). Looking again once the files have settled means a
 * save never leaves a stale error.
 */
export const SETTLE_MS = 150;

/**
 * Reads the content again only when a file under `content/` was added, removed or changed since the
 * last reading. A file that cannot be stat'ed (a link to nowhere, or one removed while listing) still
 * counts, as missing, so it changes the fingerprint when it appears or comes back. `again` reads a
 * reading that had problems afresh even when nothing seems to have changed (a write within the same
 * clock tick and of the same size as the reading's); when it finds the same problems, it keeps the last
 * reading, so they are not reported twice.
 */
function cachedReader() {
  let last: { fingerprint: string; loaded: CompiledContent } | undefined;
  return (root: string, again = false): CompiledContent => {
    const fingerprint = filesUnder(join(root, 'content')).map(fingerprintOf).join('\n');
    const unchanged = last?.fingerprint === fingerprint;
    if (last && unchanged && !(again && last.loaded.problems.length > 0)) return last.loaded;
    const loaded = compileContent(root);
    if (last && unchanged && sameProblems(last.loaded, loaded)) return last.loaded;
    last = { fingerprint, loaded };
    return loaded;
  };
}

/** Whether two readings found the same problems, line for line. */
function sameProblems(a: CompiledContent, b: CompiledContent): boolean {
  const lines = (loaded: CompiledContent) => loaded.problems.map(formatProblem).join('\n');
  return a.problems.length > 0 && lines(a) === lines(b);
}

/** Whether `path` is `dir` or inside it. */
function isWithin(dir: string, path: string): boolean {
  const below = relative(dir, path);
  return below !== '..' && !below.startsWith(`..${sep}`) && !isAbsolute(below);
}

/** An entry's id within its collection: the level's id, or the file's path below the collection. */
function entryId(collection: CollectionName, document: SourceDocument<unknown>): string {
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
  const name = collection as CollectionName;
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
export function contentLoaders(): Record<CollectionName | 'handbook', Loader> {
  const read = cachedReader();
  // Every collection's sync, and one timer for all of them: once events under content/ stop for
  // SETTLE_MS, the files are looked at again (read afresh if the last reading had problems), and each
  // collection takes what that reading found.
  const syncs = new Set<() => void>();
  let settling: ReturnType<typeof setTimeout> | undefined;
  const settleLater = (root: string) => {
    clearTimeout(settling);
    settling = setTimeout(() => {
      read(root, true);
      for (const sync of syncs) sync();
    }, SETTLE_MS);
    settling.unref();
  };
  const loader = (name: string): Loader => ({
    name: name === 'handbook' ? 'handbook-content' : `handbook-content:${name}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentDir = join(root, 'content');
      // One collection speaks for all four, so each problem is logged once.
      const reporting = name === 'handbook' && context.watcher !== undefined;
      // What was last said: a reading is reported once, however many events lead back to it (an
      // editor's swap files), and the terminal shows the problems afresh only when the content changed.
      let reported: CompiledContent | undefined;
      // What this collection holds now.
      let stored: CompiledContent | undefined;
      const sync = () => {
        const loaded = read(root);
        if (reporting && loaded !== reported) {
          if (loaded.problems.length > 0) context.logger.error(formatProblems(loaded.problems, IN_DEV));
          else if (reported && reported.problems.length > 0) context.logger.info('content is valid again');
          reported = loaded;
        }
        store(context, loaded);
        stored = loaded;
        return loaded;
      };
      const loaded = sync();
      // Outside the dev server (build, check, sync) bad content stops everything, before any page is written.
      if (!context.watcher) {
        if (loaded.problems.length > 0) throw new ContentError(loaded.problems);
        return;
      }
      context.watcher.add(contentDir);
      // Once settled, a collection is stored again only if the reading changed.
      syncs.add(() => {
        if (read(root) !== stored) sync();
      });
      // Any event under content/ (a file or folder added, changed or removed, whatever its name) is
      // checked again: the fingerprint decides whether anything needs reading. Then again once the
      // files have settled, for a save caught half-written.
      context.watcher.on('all', (_event, path) => {
        if (!isWithin(contentDir, path)) return;
        sync();
        settleLater(root);
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
