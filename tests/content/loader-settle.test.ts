/**
 * The dev server's loader looks at content again once it has settled: a save caught half-written (an
 * editor that truncates a file and then writes it) never leaves a stale error, even when the watcher
 * reports the truncation and drops the write that followed it.
 */
import { EventEmitter } from 'node:events';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as load from '../../src/pipeline/compile';
import { contentLoaders, MODEL_ID, SETTLE_MS, type StoredModel } from '../../src/pipeline/loader';
import { copyContent, removeCopies } from '../support/content-copy';

vi.mock('../../src/pipeline/compile', { spy: true });
afterEach(() => {
  removeCopies();
  vi.clearAllMocks();
  vi.useRealTimers();
});

const file = 'content/sections/level-1/fixture-people/key-behaviors.mdx';

/** The four collections loaded as `astro dev` loads them, on one watcher; what they logged and hold. */
async function devLoaders(root: string) {
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const logged: string[] = [];
  const held = new Map<string, Map<string, unknown>>();
  const loaders = contentLoaders();
  for (const [collection, loader] of Object.entries(loaders)) {
    const entries = new Map<string, unknown>();
    held.set(collection, entries);
    const log = (line: string) => logged.push(line);
    await loader.load({
      collection,
      config: { root: pathToFileURL(`${root}/`) },
      logger: { info: log, warn: log, error: log },
      store: {
        clear: () => entries.clear(),
        set: (entry: { id: string; data: unknown }) => entries.set(entry.id, entry.data),
      },
      watcher,
    } as unknown as LoaderContext);
  }
  const model = () => held.get('handbook')?.get(MODEL_ID) as StoredModel;
  return { watcher, logged, held, model };
}

describe('the dev loader, after a truncate-then-write save', () => {
  it('reads the file again once it has settled, though the event for the write never came', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { root, path } = copyContent();
    const { watcher, logged, held, model } = await devLoaders(root);
    const good = readFileSync(path(file), 'utf8');

    truncateSync(path(file), 0);
    watcher.emit('all', 'change', path(file));
    expect(logged.join('\n')).toContain(`${file}:1:1 YAML: missing frontmatter`);
    expect(model().handbook).toBeUndefined();

    // The write, whose event the watcher dropped.
    writeFileSync(path(file), good);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(model().handbook).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(model().problems).toEqual([]);
    expect(model().handbook?.levels.length).toBeGreaterThan(0);
    expect(held.get('sections')?.has('level-1/fixture-people/key-behaviors')).toBe(true);
    expect(logged.at(-1)).toBe('content is valid again');
  });

  it('reads a file with problems afresh once, even when its size and time did not change, and does not say it twice', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { root, path } = copyContent();
    const { watcher, logged } = await devLoaders(root);
    writeFileSync(path(file), 'fixture: not frontmatter\n');
    watcher.emit('all', 'change', path(file));
    const readings = vi.mocked(load.compileContent).mock.calls.length;
    const said = logged.length;
    vi.advanceTimersByTime(SETTLE_MS);
    // One fresh reading for all four collections; the same problem is not logged again.
    expect(vi.mocked(load.compileContent).mock.calls.length).toBe(readings + 1);
    expect(logged).toHaveLength(said);
  });

  it('waits for the events to stop, then looks once; good content is not read again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { root, path } = copyContent();
    const { watcher } = await devLoaders(root);
    const readings = vi.mocked(load.compileContent).mock.calls.length;
    for (let event = 0; event < 5; event++) {
      watcher.emit('all', 'change', path(file));
      vi.advanceTimersByTime(SETTLE_MS / 2);
    }
    vi.advanceTimersByTime(SETTLE_MS);
    expect(vi.mocked(load.compileContent).mock.calls.length).toBe(readings);
  });
});
