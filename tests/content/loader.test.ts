/**
 * The content loader, called as Astro calls it: four collections sharing one reading of `content/`,
 * bad content stopping a build with `file:line:col` lines, and the dev server reporting a bad edit
 * in the same lines, then recovering when it is fixed.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as load from '../../src/pipeline/compile';
import { ContentError } from '../../src/pipeline/problems';
import { contentLoaders, MODEL_ID, type StoredModel } from '../../src/pipeline/loader';
import { copyContent, removeCopies } from '../support/content-copy';

vi.mock('../../src/pipeline/compile', { spy: true });

/** A fresh copy of the fixture ladder's content, deleted after the test. */
const ladderCopy = () => copyContent().root;
afterEach(() => {
  removeCopies();
  vi.clearAllMocks();
});

interface Stored {
  id: string;
  data: unknown;
  filePath?: string;
  body?: string;
  deferredRender?: boolean;
}

/** What Astro gives a loader, reduced to what the handbook's loader uses, and what it kept. */
function context(root: string, collection: string, watcher?: EventEmitter & { add(path: string): void }) {
  const entries = new Map<string, Stored>();
  const logged: string[] = [];
  const writes = { count: 0 };
  const log = (line: string) => logged.push(line);
  const value = {
    collection,
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: log, warn: log, error: log },
    store: {
      clear: () => {
        writes.count++;
        entries.clear();
      },
      set: (entry: Stored) => entries.set(entry.id, entry),
    },
    watcher,
  } as unknown as LoaderContext;
  return { value, entries, logged, writes };
}

function devWatcher() {
  return Object.assign(new EventEmitter(), { add: vi.fn() });
}

describe('the content loader', () => {
  it('feeds four collections from one reading of the content', async () => {
    const root = ladderCopy();
    const loaders = contentLoaders();
    const contexts = Object.fromEntries(
      Object.keys(loaders).map((name) => [name, context(root, name)]),
    ) as Record<keyof typeof loaders, ReturnType<typeof context>>;
    await Promise.all(
      Object.entries(loaders).map(([name, loader]) =>
        loader.load(contexts[name as keyof typeof loaders].value),
      ),
    );

    expect(load.compileContent).toHaveBeenCalledTimes(1);
    const model = contexts.handbook.entries.get(MODEL_ID)?.data as StoredModel;
    expect(model.problems).toEqual([]);
    expect(model.handbook?.levels.map(({ id }) => id)).toEqual([
      '1',
      '2',
      '3-ic',
      '3-manager',
      'fixture-principal',
    ]);
    expect(contexts.levels.entries.get('3-ic')).toMatchObject({
      filePath: 'content/levels/level-3-ic.mdx',
      deferredRender: true,
      data: { id: '3-ic', rank: 3, track: 'ic' },
    });
    expect(contexts.framework.entries.get('handbook')?.body).toMatch(/Fixture guide/);
    const section = contexts.sections.entries.get('level-2/fixture-people/seek-feedback');
    expect(section).toMatchObject({ filePath: 'content/sections/level-2/fixture-people/seek-feedback.mdx' });
    expect(section?.deferredRender).toBeUndefined();
  });

  it('stops a build with every problem as file:line:col field message', async () => {
    const root = ladderCopy();
    const file = join(root, 'content/levels/level-2.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('rank: 2', 'rank: two'));
    const { value } = context(root, 'levels');
    const loading = contentLoaders().levels.load(value);
    await expect(loading).rejects.toThrow(ContentError);
    await expect(loading).rejects.toThrow('content/levels/level-2.mdx:3:1 rank expected number, found "two"');
  });

  it('during dev, logs a bad edit in the same lines, shows it to pages, and recovers when it is fixed', async () => {
    const root = ladderCopy();
    const watcher = devWatcher();
    const { value, entries, logged } = context(root, 'handbook', watcher);
    await contentLoaders().handbook.load(value);
    expect(watcher.add).toHaveBeenCalledWith(join(root, 'content'));
    expect(logged).toEqual([]);

    const file = join(root, 'content/sections/level-1/fixture-people/key-behaviors.mdx');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('fixture-listens', 'fixture-shares-widgets'));
    watcher.emit('all', 'change', file);
    const line =
      'content/sections/level-1/fixture-people/key-behaviors.mdx:7:5 items[0].id duplicate id "fixture-shares-widgets": level 1 already uses it in content/sections/level-1/fixture-craft/key-behaviors.mdx:7:5';
    expect(logged.at(-1)).toContain(line);
    // Events that change nothing (an editor's swap file, a second save) do not say it again.
    const said = logged.length;
    watcher.emit('all', 'change', file);
    watcher.emit('all', 'change', join(root, 'content/levels/level-1.mdx'));
    expect(logged).toHaveLength(said);
    const stored = entries.get(MODEL_ID)?.data as StoredModel;
    expect(stored.handbook).toBeUndefined();
    expect(stored.problems).toHaveLength(1);

    writeFileSync(file, `${good}\n`);
    watcher.emit('all', 'change', file);
    expect(logged.at(-1)).toBe('content is valid again');
    expect((entries.get(MODEL_ID)?.data as StoredModel).handbook).toBeDefined();
  });

  it('stops a build without content/ by naming what is missing', async () => {
    const root = ladderCopy();
    rmSync(join(root, 'content'), { recursive: true });
    const { value } = context(root, 'handbook');
    await expect(contentLoaders().handbook.load(value)).rejects.toThrow(
      'content/levels:1:1 the "levels" collection is empty: no *.mdx files in content/levels/',
    );
  });

  /** A dev loader on a copy of the ladder, and a way to edit, fix and see what it logged and stored. */
  async function devLoader() {
    const root = ladderCopy();
    const watcher = devWatcher();
    const { value, entries, logged, writes } = context(root, 'handbook', watcher);
    await contentLoaders().handbook.load(value);
    const model = () => entries.get(MODEL_ID)?.data as StoredModel;
    const event = (name: string, file: string) => watcher.emit('all', name, join(root, file));
    return { root, model, logged, writes, event };
  }

  // Each is a file the build reads or refuses that is not a collection's MDX: editing it during
  // `npm run dev` must be checked again just as `npm run build` would check it.
  const edits = [
    {
      name: 'a thesaurus phrase no item uses',
      file: 'content/thesaurus.yaml',
      edit: (text: string) => text.replace('[widgets]', '[sprockets]'),
      line: 'content/thesaurus.yaml:2:19 fixture gadgets[0] no item or section title says "sprockets", so "fixture gadgets" would find nothing through it',
    },
    {
      name: 'a published URL that no longer resolves',
      file: 'content/permalinks.json',
      edit: (text: string) => text.replace('"/levels/2/",', '"/levels/2/",\n    "/levels/9/",'),
      line: 'content/permalinks.json:44:5 urls[40] "/levels/9/" was published and no longer resolves',
    },
    {
      name: 'a manifest that is not JSON',
      file: 'content/permalinks.json',
      edit: (text: string) => text.replace('"/levels/2/",', '"/levels/2/"'),
      line: `content/permalinks.json:44:5 JSON: expected "," or "]", found '"': this file is strict JSON (no comments, trailing commas or YAML); npm run permalinks writes it`,
    },
  ];

  it.each(edits)('during dev, re-checks $file on $name, and recovers when it is fixed', async (edit) => {
    const { root, model, logged, event } = await devLoader();
    const path = join(root, edit.file);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, edit.edit(good));
    event('change', edit.file);
    expect(logged.at(-1)).toContain(
      `The handbook content has 1 problem; pages show this until it is fixed.\n${edit.line}`,
    );
    expect(model().handbook).toBeUndefined();

    writeFileSync(path, good);
    event('change', edit.file);
    expect(logged.at(-1)).toBe('content is valid again');
    expect(model().handbook).toBeDefined();
    expect(load.compileContent).toHaveBeenCalledTimes(3);
  });

  it('during dev, refuses a file added under content/ that the build would refuse, until it is removed', async () => {
    const { root, model, logged, event } = await devLoader();
    writeFileSync(join(root, 'content/levels/notes.md'), '# Notes\n');
    event('add', 'content/levels/notes.md');
    expect(logged.at(-1)).toContain(
      'content/levels/notes.md:1:1 a .md file is not read, so it would vanish: content files are .mdx; rename it',
    );
    expect(model().handbook).toBeUndefined();

    // A whole folder goes, with the file in it: the watcher may name only the folder.
    mkdirSync(join(root, 'content/drafts'));
    writeFileSync(join(root, 'content/drafts/level-9.txt'), 'later\n');
    event('addDir', 'content/drafts');
    expect(logged.at(-1)).toContain('content/drafts/level-9.txt:1:1 this file is not part of the handbook');
    rmSync(join(root, 'content/drafts'), { recursive: true });
    rmSync(join(root, 'content/levels/notes.md'));
    event('unlinkDir', 'content/drafts');
    expect(logged.at(-1)).toBe('content is valid again');
    expect(model().handbook).toBeDefined();
  });

  it('during dev, survives a link to nowhere under content/, reporting it like any stray file', async () => {
    const { root, model, logged, event } = await devLoader();
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'content/notes.txt'));
    event('add', 'content/notes.txt');
    expect(logged.at(-1)).toContain('content/notes.txt:1:1 this file is not part of the handbook');
    writeFileSync(join(root, 'nowhere.txt'), 'now somewhere\n');
    event('change', 'content/notes.txt');
    expect(load.compileContent).toHaveBeenCalledTimes(3);
    rmSync(join(root, 'content/notes.txt'));
    event('unlink', 'content/notes.txt');
    expect(logged.at(-1)).toBe('content is valid again');
    expect(model().handbook).toBeDefined();
  });

  it('during dev, ignores events outside content/, and reads again only what changed on disk', async () => {
    const { root, writes, event } = await devLoader();
    event('change', 'src/pages/index.astro');
    event('change', 'content-drafts/level-1.mdx');
    event('change', '.');
    expect(writes.count).toBe(1);

    // Under content/, every event is looked at, whatever the file; nothing changed, so nothing is read again.
    event('change', 'content/levels/level-1.mdx');
    event('change', 'content/thesaurus.yaml');
    event('addDir', 'content');
    expect(writes.count).toBe(4);
    expect(load.compileContent).toHaveBeenCalledTimes(1);

    // Any file that appears, even one the checks pass over (an editor's swap file), is read again.
    writeFileSync(join(root, 'content/levels/.level-1.mdx.swp'), 'swap');
    event('add', 'content/levels/.level-1.mdx.swp');
    expect(load.compileContent).toHaveBeenCalledTimes(2);
  });
});
