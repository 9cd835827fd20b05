/**
 * This browser's cases, in one place (localStorage), shared by every page: the picks made while
 * reading, the rubric's worksheet and the case page all read and write the same cases
 * (src/client/case.ts), so a note written on the rubric is in the case, and back.
 *
 *   handbook-cases:/handbook/ → { "format": "handbook-cases", "version": 1, "active": "<id>", "cases": [Case…] }
 *
 * Kept per base path, so two handbooks on one host keep their cases apart. Every change reads the
 * store afresh and writes it whole, so two open tabs never write over each other's older copy.
 * Nothing a reader made is dropped without asking:
 * - what cannot be read is set aside, untouched, under a key of its own, and reported;
 * - worksheets kept by earlier versions of the handbook (one per level) become the first case, and
 *   stay where they were;
 * - the last import, clear or delete can be undone: the store as it was before is kept.
 */
import { newCase, parseCase, serialiseCase, withWorksheet, type Case } from './case';
import { parseWorksheet } from './worksheet';
import { caseWords } from './words/case';
import { casesKey } from './selectors';
import { worksheetWords } from './words/worksheet';

export const STORE_FORMAT = 'handbook-cases';
const STORE_VERSION = 1;

export interface CaseStore {
  /** The id of the case picks and notes go to; empty while there is no case. */
  active: string;
  cases: Case[];
}

/** What the store needs of `localStorage`: its items and keys. */
export type StoreStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const storeKey = casesKey;
const undoKey = (base: string) => `${storeKey(base)}:undo`;
/** Where earlier versions kept a level's worksheet: by the level page's path, base included. */
const oldWorksheetPrefix = (base: string) =>
  `handbook-worksheet:${base.endsWith('/') ? base : `${base}/`}levels/`;

/** What a read of the store found: the cases, and a problem to tell the reader, if any. */
export interface StoreRead {
  store: CaseStore;
  problem?: string | undefined;
}

/** The store as saved, or the reason it cannot be read. */
export function parseStore(text: string): { store: CaseStore } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: caseWords.notJson };
  }
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  if (record['format'] !== STORE_FORMAT || record['version'] !== STORE_VERSION)
    return { error: caseWords.notCase };
  const { active, cases } = record;
  if (typeof active !== 'string' || !Array.isArray(cases)) return { error: caseWords.malformed('') };
  const read: Case[] = [];
  for (const saved of cases) {
    const parsed = parseCase(JSON.stringify(saved));
    if ('error' in parsed) return parsed;
    read.push(parsed.case);
  }
  return { store: { active: read.some((c) => c.id === active) ? active : (read[0]?.id ?? ''), cases: read } };
}

export function serialiseStore(store: CaseStore): string {
  const cases = store.cases.map((c) => JSON.parse(serialiseCase(c)) as unknown);
  return JSON.stringify({ format: STORE_FORMAT, version: STORE_VERSION, active: store.active, cases });
}

/** A new id, unlike any of `taken`. */
export function newCaseId(taken: readonly string[], random: () => number = Math.random): string {
  for (;;) {
    const id = `c${Math.floor(random() * 36 ** 8).toString(36)}`;
    if (!taken.includes(id)) return id;
  }
}

/** The level a worksheet file names, or '' (and then it is read as not this level's). */
function levelNamedIn(text: string): string {
  try {
    const level = (JSON.parse(text) as { level?: unknown } | null)?.level;
    return typeof level === 'string' ? level : '';
  } catch {
    return '';
  }
}

/**
 * Worksheets kept by earlier versions of the handbook under `base`, as one case (none when there are
 * none). One that cannot be read is set aside, untouched, and said.
 */
function migrated(storage: StoreStorage, base: string, today: string): { c?: Case; problem?: string } {
  const prefix = oldWorksheetPrefix(base);
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(prefix) && !key.includes(':', prefix.length)) keys.push(key);
  }
  let c: Case | undefined;
  let problem: string | undefined;
  for (const key of keys) {
    const text = storage.getItem(key) ?? '';
    const level = levelNamedIn(text);
    const parsed = parseWorksheet(text, level);
    if ('error' in parsed) {
      storage.setItem(`${key}:unreadable:${new Date().toISOString()}`, text);
      storage.removeItem(key);
      problem = worksheetWords.unreadable(parsed.error);
      continue;
    }
    c = withWorksheet(
      c ?? newCase({ id: 'c1', name: caseWords.firstName, date: today }),
      level,
      parsed.worksheet,
    );
  }
  return { ...(c ? { c } : {}), ...(problem ? { problem } : {}) };
}

/**
 * This browser's cases under `base`. The first read takes in the worksheets earlier versions kept;
 * a store that cannot be read is set aside, untouched, and the reader is told.
 */
export function readStore(storage: StoreStorage, base: string, today: string): StoreRead {
  const key = storeKey(base);
  const text = storage.getItem(key);
  if (text === null) {
    const { c, problem } = migrated(storage, base, today);
    return { store: c ? { active: c.id, cases: [c] } : { active: '', cases: [] }, problem };
  }
  const parsed = parseStore(text);
  if ('store' in parsed) return parsed;
  storage.setItem(`${key}:unreadable:${new Date().toISOString()}`, text);
  storage.removeItem(key);
  return { store: { active: '', cases: [] }, problem: caseWords.unreadable(parsed.error) };
}

export function writeStore(storage: StoreStorage, base: string, store: CaseStore): void {
  storage.setItem(storeKey(base), serialiseStore(store));
}

/** The case picks and notes go to, if there is one. */
export function activeCase(store: CaseStore): Case | undefined {
  return store.cases.find((c) => c.id === store.active);
}

/** The store with an active case: the one it has, or a new first one. */
export function withActiveCase(store: CaseStore, today: string): CaseStore {
  if (activeCase(store)) return store;
  if (store.cases[0]) return { ...store, active: store.cases[0].id };
  const first = newCase({ id: newCaseId([]), name: caseWords.firstName, date: today });
  return { active: first.id, cases: [first] };
}

/**
 * The store with the active case changed by `change` (a first case made if there is none), saved on
 * a page of `version`, which the case then names.
 */
export function changeActive(
  store: CaseStore,
  today: string,
  change: (c: Case) => Case,
  version?: string,
): CaseStore {
  const ready = withActiveCase(store, today);
  const changed = (c: Case) => {
    const next = change(c);
    return version === undefined ? next : { ...next, frameworkVersion: version };
  };
  return { ...ready, cases: ready.cases.map((c) => (c.id === ready.active ? changed(c) : c)) };
}

/** The store with a new, empty case, made the active one. */
export function addCase(store: CaseStore, today: string, name?: string): CaseStore {
  const id = newCaseId(store.cases.map((c) => c.id));
  const c = newCase({ id, name: name ?? caseWords.newName(store.cases.length + 1), date: today });
  return { active: id, cases: [...store.cases, c] };
}

/** The store with `c` added as a new case (a fresh id if its own is taken), made the active one. */
export function addGivenCase(store: CaseStore, c: Case): CaseStore {
  const taken = store.cases.map((other) => other.id);
  const id = c.id === '' || taken.includes(c.id) ? newCaseId(taken) : c.id;
  return { active: id, cases: [...store.cases, { ...c, id }] };
}

/** The store without the case `id`; the next one (or none) becomes active. */
export function removeCase(store: CaseStore, id: string): CaseStore {
  const at = store.cases.findIndex((c) => c.id === id);
  const cases = store.cases.filter((c) => c.id !== id);
  const active = store.active === id ? (cases[Math.min(at, cases.length - 1)]?.id ?? '') : store.active;
  return { active, cases };
}

export function switchCase(store: CaseStore, id: string): CaseStore {
  return store.cases.some((c) => c.id === id) ? { ...store, active: id } : store;
}

/** What an undo brings back: the store as it was, and what the reader did ("import", "clear", "delete"). */
export interface Undo {
  action: string;
  store: CaseStore;
}

/** Keeps the store as it is before `action`, for one undo (after a reload too). */
export function keepForUndo(storage: StoreStorage, base: string, action: string, store: CaseStore): void {
  storage.setItem(
    undoKey(base),
    JSON.stringify({ action, store: JSON.parse(serialiseStore(store)) as unknown }),
  );
}

/** What can be undone, if anything. */
export function pendingUndo(storage: StoreStorage, base: string): Undo | undefined {
  const text = storage.getItem(undoKey(base));
  if (text === null) return undefined;
  try {
    const { action, store } = JSON.parse(text) as { action?: unknown; store?: unknown };
    const parsed = parseStore(JSON.stringify(store));
    return typeof action === 'string' && 'store' in parsed ? { action, store: parsed.store } : undefined;
  } catch {
    return undefined;
  }
}

/** Puts the kept store back, and forgets it; undefined when there was nothing to undo. */
export function undoLast(storage: StoreStorage, base: string): CaseStore | undefined {
  const undo = pendingUndo(storage, base);
  if (!undo) return undefined;
  writeStore(storage, base, undo.store);
  storage.removeItem(undoKey(base));
  return undo.store;
}

/** Today as `YYYY-MM-DD`, in the reader's time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
