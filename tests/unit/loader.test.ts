/**
 * The content loader, called as Astro calls it: four collections sharing one reading of `content/`,
 * bad content stopping a build with `file:line:col` lines, and the dev server reporting a bad edit
 * in the same lines, then recovering when it is fixed.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as load from '../../src/pipeline/compile';
import { ContentError } from '../../src/pipeline/problems';
import { contentLoaders, MODEL_ID, type StoredModel } from '../../src/pipeline/loader';
import { ladderFixture } from '../support/sites';

vi.mock('../../src/pipeline/compile', { spy: true });

const roots: string[] = [];
function ladderCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-loader-'));
  roots.push(root);
  cpSync(join(ladderFixture, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
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
    const stored = entries.get(MODEL_ID)?.data as StoredModel;
    expect(stored.handbook).toBeUndefined();
    expect(stored.problems).toHaveLength(1);

    writeFileSync(file, `${good}\n`);
    watcher.emit('all', 'change', file);
    expect(logged.at(-1)).toBe('content is valid again');
    expect((entries.get(MODEL_ID)?.data as StoredModel).handbook).toBeDefined();
  });

  it('ignores changes outside content/ and to files that are not MDX', async () => {
    const root = ladderCopy();
    const watcher = devWatcher();
    const { value, writes } = context(root, 'handbook', watcher);
    await contentLoaders().handbook.load(value);
    watcher.emit('all', 'change', join(root, 'src/pages/index.astro'));
    watcher.emit('all', 'change', join(root, 'content/notes.txt'));
    expect(writes.count).toBe(1);
    watcher.emit('all', 'change', join(root, 'content/levels/level-1.mdx'));
    expect(writes.count).toBe(2);
    // Nothing changed on disk, so the content is not read again.
    expect(load.compileContent).toHaveBeenCalledTimes(1);
  });
});
