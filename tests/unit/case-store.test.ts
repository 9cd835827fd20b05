/**
 * This browser's cases (src/client/case-store.ts), on an in-memory storage: the first read takes in
 * the worksheets earlier versions kept, what cannot be read is set aside and said, several cases can
 * be made, switched and removed, and the last import, clear or delete can be undone.
 */
import { describe, expect, it } from 'vitest';
import { caseEntry, isPicked, newCase, withPick } from '../../src/client/case';
import {
  activeCase,
  addCase,
  addGivenCase,
  changeActive,
  keepForUndo,
  newCaseId,
  parseStore,
  pendingUndo,
  readStore,
  removeCase,
  serialiseStore,
  storeKey,
  switchCase,
  today,
  undoLast,
  withActiveCase,
  writeStore,
  type StoreStorage,
} from '../../src/client/case-store';

function memory(items: Record<string, string> = {}): StoreStorage & { items: Map<string, string> } {
  const map = new Map(Object.entries(items));
  return {
    items: map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

const day = '2026-11-30';

describe('reading the store', () => {
  it('starts with no case, and makes the first one when something is picked', () => {
    const storage = memory();
    const { store, problem } = readStore(storage, '/', day);
    expect(store).toEqual({ active: '', cases: [] });
    expect(problem).toBeUndefined();
    const next = changeActive(store, day, (c) => withPick(c, '4', 'a', true), '2026.1');
    writeStore(storage, '/', next);
    const again = readStore(storage, '/', day).store;
    const c = activeCase(again);
    expect(c?.name).toBe('My case');
    expect(c?.frameworkVersion).toBe('2026.1');
    expect(c && isPicked(c, '4', 'a')).toBe(true);
  });

  it('takes in the worksheets earlier versions kept under this base, and no other handbook’s', () => {
    const worksheet = (level: string, notes: string) =>
      JSON.stringify({ format: 'handbook-worksheet', version: 2, level, entries: { a: { notes } } });
    const storage = memory({
      'handbook-worksheet:/handbook/levels/4/': worksheet('4', 'Kept on 4.'),
      'handbook-worksheet:/handbook/levels/5/': worksheet('5', 'Kept on 5.'),
      'handbook-worksheet:/other/levels/4/': worksheet('4', 'Another handbook’s.'),
      'handbook-worksheet:/handbook/levels/4/:before-last-import-or-clear': 'import:{}',
    });
    const c = activeCase(readStore(storage, '/handbook/', day).store);
    expect(c && caseEntry(c, '4', 'a')?.notes).toBe('Kept on 4.');
    expect(c && caseEntry(c, '5', 'a')?.notes).toBe('Kept on 5.');
    expect(c && isPicked(c, '4', 'a')).toBe(true);
    // The old worksheets stay where they were.
    expect(storage.items.has('handbook-worksheet:/handbook/levels/4/')).toBe(true);
  });

  it('sets aside an old worksheet that cannot be read, and says so', () => {
    const storage = memory({ 'handbook-worksheet:/levels/4/': '{"format":"handbook-worksheet", broken' });
    const { store, problem } = readStore(storage, '/', day);
    expect(store.cases).toEqual([]);
    expect(problem).toMatch(/could not be read \(it is not valid JSON\)/);
    expect(
      [...storage.items.keys()].some((key) => key.startsWith('handbook-worksheet:/levels/4/:unreadable:')),
    ).toBe(true);
  });

  it('sets aside a store that cannot be read, untouched, and starts with none', () => {
    const storage = memory({
      [storeKey('/')]: '{"format":"handbook-cases","version":1,"active":"x","cases":[{}]}',
    });
    const { store, problem } = readStore(storage, '/', day);
    expect(store.cases).toEqual([]);
    expect(problem).toMatch(/^The cases saved in this browser could not be read/);
    const aside = [...storage.items.entries()].find(([key]) =>
      key.startsWith(`${storeKey('/')}:unreadable:`),
    );
    expect(aside?.[1]).toContain('"cases":[{}]');
    expect(storage.items.has(storeKey('/'))).toBe(false);
  });

  it('refuses what is not a store', () => {
    expect(parseStore('[')).toEqual({ error: 'it is not valid JSON' });
    expect(parseStore('{"format":"handbook-cases","version":2}')).toEqual({
      error: 'it is not a handbook case or worksheet',
    });
    expect(parseStore('{"format":"handbook-cases","version":1,"active":1,"cases":[]}')).toEqual({
      error: 'it is malformed',
    });
  });

  it('makes a case active when the one named is gone', () => {
    const c = newCase({ id: 'a', name: 'A', date: day });
    const text = serialiseStore({ active: 'gone', cases: [c] });
    expect('store' in parseStore(text) && parseStore(text)).toMatchObject({ store: { active: 'a' } });
  });
});

describe('several cases', () => {
  it('are made, switched and removed, the next one becoming active', () => {
    let store = withActiveCase({ active: '', cases: [] }, day);
    store = addCase(store, day);
    expect(store.cases.map((c) => c.name)).toEqual(['My case', 'Case 2']);
    expect(activeCase(store)?.name).toBe('Case 2');
    const [first, second] = store.cases;
    store = switchCase(store, first?.id ?? '');
    expect(store.active).toBe(first?.id);
    expect(switchCase(store, 'nope')).toBe(store);
    store = removeCase(store, first?.id ?? '');
    expect(store.active).toBe(second?.id);
    store = removeCase(store, second?.id ?? '');
    expect(store).toEqual({ active: '', cases: [] });
  });

  it('gives a case from elsewhere a fresh id when its own is taken', () => {
    const store = withActiveCase({ active: '', cases: [] }, day);
    const taken = store.cases[0]?.id ?? '';
    const added = addGivenCase(store, newCase({ id: taken, name: 'Shared', date: day }));
    expect(added.cases).toHaveLength(2);
    expect(added.active).not.toBe(taken);
  });

  it('makes ids unlike the ones taken', () => {
    let calls = 0;
    const random = () => (calls++ === 0 ? 0 : 0.5);
    expect(newCaseId(['c0'], random)).not.toBe('c0');
  });
});

describe('undo', () => {
  it('brings back the store as it was before the last import, clear or delete, once', () => {
    const storage = memory();
    const before = withActiveCase({ active: '', cases: [] }, day);
    writeStore(storage, '/', before);
    keepForUndo(storage, '/', 'delete', before);
    writeStore(storage, '/', removeCase(before, before.active));
    expect(pendingUndo(storage, '/')?.action).toBe('delete');
    expect(undoLast(storage, '/')).toEqual(before);
    expect(readStore(storage, '/', day).store).toEqual(before);
    expect(pendingUndo(storage, '/')).toBeUndefined();
    expect(undoLast(storage, '/')).toBeUndefined();
  });

  it('ignores a kept undo that cannot be read', () => {
    const storage = memory({ [`${storeKey('/')}:undo`]: '{' });
    expect(pendingUndo(storage, '/')).toBeUndefined();
  });
});

it('dates today as YYYY-MM-DD', () => {
  expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
});
