/**
 * The reflection worksheet on a rubric page: what a reader writes and marks is saved in this browser
 * (localStorage) as they go, restored on return, exported as Markdown or JSON, imported from JSON and
 * cleared on request. An import that would change or drop a note here asks first (merge, which keeps
 * every note here, or replace), and the last import or clear can be undone, after a reload too (what
 * was here before it is kept in this browser). Notes for items no longer on the page are kept and shown apart. Saved data that
 * cannot be read is set aside untouched and reported; the page keeps working.
 *
 * Notes record the framework's version they were written against (the page's, src/client/page-attributes.ts).
 * Notes kept under an id the page no longer has go to the row whose item took that id over; a row
 * whose notes were written against an older version, and whose words changed since, says so, with a
 * link to the change. The notes themselves are never altered.
 */
import { joinBase } from './base-path';
import { build, h } from './dom-tree';
import { readPage } from './page-attributes';
import { download, fit } from './page-files';
import { askImport } from './import-choice';
import type { ScaleValue } from './scale';
import { changedSince } from './then-now';
import { worksheetWords } from './words/worksheet';
import { importPlan, mergeWorksheets, wouldLoseNotes } from './worksheet-import';
import { readWorksheet, readWorksheetRow, worksheetSelectors } from './worksheet-attributes';
import {
  caseFileName,
  isCaseFile,
  newCase,
  parseCase,
  partOf,
  pickedCount,
  serialiseCase,
  withWorksheet,
  worksheetOf,
} from './case';
import {
  activeCase,
  changeActive,
  keepForUndo,
  pendingUndo,
  readStore,
  storeKey,
  today,
  undoLast,
  writeStore,
  type CaseStore,
} from './case-store';
import { caseWords } from './words/case';
import {
  carryFormerIds,
  emptyWorksheet,
  entryOf,
  orphansOf,
  parseWorksheet,
  withEntry,
  worksheetMarkdown,
  writtenEntry,
  type Worksheet,
  type WorksheetRow,
} from './worksheet';

interface Row extends WorksheetRow {
  element: Element;
  formerIds: string[];
  notes: HTMLTextAreaElement | null;
  seen: HTMLInputElement[];
  unmark: HTMLInputElement | null;
}

function readRows(root: HTMLElement, version: string | undefined): Row[] {
  return [...root.querySelectorAll(worksheetSelectors.row)].map((element) => {
    const row = readWorksheetRow(element, location.href);
    return {
      ...row,
      cited: { ...row.cited, ...(version === undefined ? {} : { version }) },
      element,
      notes: element.querySelector<HTMLTextAreaElement>(worksheetSelectors.notes),
      seen: [...element.querySelectorAll<HTMLInputElement>(worksheetSelectors.seen)],
      // "No mark": a mark can be taken off again.
      unmark: element.querySelector<HTMLInputElement>('[data-worksheet-unmark]'),
    };
  });
}

/** The attribute of the marks this script adds to rows, so each showing replaces the last. */
const changedMark = 'data-worksheet-changed';
let showing = 0;

/**
 * Marks each row whose notes were written against another version than the page's, where the row's
 * item changed since; nothing when the data cannot be had. The marks of the latest call are shown,
 * whatever order the fetches end in.
 */
async function markChanged(
  worksheet: Worksheet,
  rows: readonly Row[],
  { level, base, version }: { level: string; base: string; version: string | undefined },
): Promise<void> {
  const call = ++showing;
  const notes = rows.flatMap((row) => {
    const entry = entryOf(worksheet, row.key);
    if (version === undefined || !entry?.version || entry.version === version) return [];
    return [{ key: row.key, id: entry.from ?? row.key, version: entry.version }];
  });
  const changes = notes.length > 0 ? await changedSince(notes, { level, base }) : new Map();
  if (call !== showing) return;
  for (const old of document.querySelectorAll(`[${changedMark}]`)) old.remove();
  for (const row of rows) {
    const change = changes.get(row.key);
    const written = entryOf(worksheet, row.key)?.version;
    if (!change || written === undefined) continue;
    const mark = build(
      h(
        'span',
        { class: 'notes-changed', [changedMark]: '' },
        `${worksheetWords.changedSince(written)} `,
        h('a', { href: joinBase(base, change.change) }, worksheetWords.whatChanged),
      ),
      document,
    );
    const cell = row.element.querySelector('.asks');
    const prompt = row.element.querySelector('.prompt');
    if (cell) cell.append(mark);
    else if (prompt) prompt.after(mark);
    else row.element.append(mark);
  }
}

export function startWorksheet(root: HTMLElement): void {
  const { level, title, levelTitle, formerLevels } = readWorksheet(root);
  const { version, base } = readPage(document.documentElement);
  const rows = readRows(root, version);
  /** A worksheet file of this level, or this level's part of a case file. */
  const readImport = (text: string): { worksheet: Worksheet } | { error: string } => {
    if (!isCaseFile(text)) {
      const result = parseWorksheet(text, level, formerLevels);
      return 'worksheet' in result ? { worksheet: carryFormerIds(result.worksheet, rows) } : result;
    }
    const parsed = parseCase(text);
    if ('error' in parsed) return parsed;
    const own = [level, ...formerLevels].find((id) => Object.hasOwn(parsed.case.levels, id));
    if (own === undefined)
      return { error: worksheetWords.otherLevel(Object.keys(parsed.case.levels).join(', ')) };
    return { worksheet: carryFormerIds({ ...worksheetOf(parsed.case, own), level }, rows) };
  };
  const status = root.querySelector('[data-worksheet-status]');
  const problem = root.querySelector('[data-worksheet-problem]');
  const orphanList = root.querySelector<HTMLElement>('[data-worksheet-orphans]');
  const say = (text: string) => status && (status.textContent = text);
  const warn = (text: string) => problem && (problem.textContent = text);

  // The notes are the active case's for this level (src/client/case-store.ts): the case page shows
  // them too. A case kept under one of the level's former ids is read as this level's.
  const fromStore = (store: CaseStore): Worksheet => {
    const c = activeCase(store);
    if (!c) return emptyWorksheet(level);
    const own = [level, ...formerLevels].find((id) => Object.keys(partOf(c, id).entries).length > 0);
    return carryFormerIds({ ...worksheetOf(c, own ?? level), level }, rows);
  };
  const first = readStore(localStorage, base, today());
  if (first.problem) warn(first.problem);
  // Worksheets kept by earlier versions are taken into the store now, so every page sees them.
  if (localStorage.getItem(storeKey(base)) === null && first.store.cases.length > 0)
    writeStore(localStorage, base, first.store);
  let worksheet: Worksheet = fromStore(first.store);
  const fresh = () => readStore(localStorage, base, today()).store;
  const caseLine = root.querySelector<HTMLElement>('[data-worksheet-case]');
  const showCase = (store: CaseStore) => {
    const c = activeCase(store);
    if (!caseLine || !c) return;
    const name = caseLine.querySelector('[data-worksheet-case-name]');
    if (name) name.textContent = worksheetWords.inCase(c.name, pickedCount(c));
    caseLine.hidden = false;
  };
  showCase(first.store);

  /** Puts the worksheet in the fields; on first start, only where it has something, so nothing typed is lost. */
  const show = (everywhere = true) => {
    for (const row of rows) {
      const entry = entryOf(worksheet, row.key);
      if (!entry && !everywhere) continue;
      if (row.notes) {
        row.notes.value = entry?.notes ?? '';
        fit(row.notes);
      }
      for (const input of row.seen) input.checked = input.value === entry?.seen;
      if (row.unmark) row.unmark.checked = entry?.seen === undefined && row.seen.length > 0;
    }
    const orphans = orphansOf(worksheet, new Set(rows.map((row) => row.key)));
    if (!orphanList) return;
    orphanList.hidden = orphans.length === 0;
    const list = orphanList.querySelector('ul');
    list?.replaceChildren(
      ...orphans.map(([id, entry]) => {
        const item = document.createElement('li');
        const name = document.createElement('code');
        name.textContent = `#${id}`;
        item.append(name, ` ${entry.seen ? `(${entry.seen}) ` : ''}${entry.notes}`);
        return item;
      }),
    );
  };
  const showChanged = () => void markChanged(worksheet, rows, { level, base, version });
  /** Files are named after the case's person, this level and the case's date. */
  const fileName = (extension: string) => {
    const c = activeCase(fresh()) ?? newCase({ id: '', name: '', date: today() });
    return caseFileName({ ...c, level }, levelTitle, extension);
  };
  const save = () => {
    const store = changeActive(fresh(), today(), (c) => withWorksheet(c, level, worksheet), version);
    writeStore(localStorage, base, store);
    showCase(store);
    say(worksheetWords.saved);
  };
  const update = (row: Row) => {
    const seen = row.seen.find((input) => input.checked)?.value as ScaleValue | undefined;
    const before = entryOf(worksheet, row.key);
    worksheet = withEntry(worksheet, row.key, writtenEntry(row.notes?.value ?? '', seen, version));
    save();
    // Notes written now are written against today's words: a mark on older notes no longer applies.
    if (before?.version !== version) showChanged();
  };

  show(false);
  showChanged();
  // Whatever the reader wrote or marked while this code loaded is kept too.
  for (const row of rows) {
    const written = Boolean(row.notes?.value.trim()) || row.seen.some((input) => input.checked);
    if (written && !entryOf(worksheet, row.key)) update(row);
  }
  for (const row of rows) {
    row.notes?.addEventListener('input', () => {
      if (row.notes) fit(row.notes);
      update(row);
    });
    for (const input of [...row.seen, ...(row.unmark ? [row.unmark] : [])])
      input.addEventListener('change', () => update(row));
  }

  root.querySelector('[data-worksheet-export-markdown]')?.addEventListener('click', () => {
    // The scale as the page shows it: each point's value and the words of its label.
    const scale = rows
      .flatMap((row) => row.seen)
      .map((input) => ({
        value: input.value,
        label: input.closest('label')?.textContent?.trim() ?? input.value,
      }));
    const markdown = worksheetMarkdown(worksheet, rows, title, scale, version);
    download(fileName('md'), 'text/markdown', markdown);
  });
  // The file is the whole case, which the case page and calibration read as well.
  root.querySelector('[data-worksheet-export-json]')?.addEventListener('click', () => {
    const c = activeCase(
      changeActive(fresh(), today(), (kept) => withWorksheet(kept, level, worksheet), version),
    );
    if (c) download(fileName('json'), 'application/json', serialiseCase(c, version));
  });
  // The last import or clear can be undone: the cases as they were before it are kept, in this browser too.
  const undo = root.querySelector<HTMLButtonElement>('[data-worksheet-undo]');
  const showUndo = () => {
    const pending = pendingUndo(localStorage, base);
    if (!undo) return;
    undo.hidden = !pending;
    undo.textContent = pending ? caseWords.undo(pending.action) : '';
  };
  showUndo();
  /** Puts `next` in place of the notes here, keeping the cases as they were to undo. */
  const replaceWith = (next: Worksheet, action: 'import' | 'clear', said: string) => {
    keepForUndo(localStorage, base, action, fresh());
    worksheet = next;
    warn('');
    show();
    showChanged();
    save();
    showUndo();
    say(said);
  };
  undo?.addEventListener('click', () => {
    const restored = undoLast(localStorage, base);
    if (!restored) return;
    worksheet = fromStore(restored);
    show();
    showChanged();
    showCase(restored);
    showUndo();
    say(worksheetWords.undone);
  });

  const choice = root.querySelector<HTMLElement>('[data-worksheet-import-choice]');
  let pending: Worksheet | undefined;
  const closeChoice = () => {
    pending = undefined;
    if (choice) choice.hidden = true;
  };
  root
    .querySelector<HTMLInputElement>('[data-worksheet-import]')
    ?.addEventListener('change', async (event) => {
      const input = event.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      const imported = readImport(await file.text());
      if ('error' in imported) {
        warn(worksheetWords.badImport(imported.error));
        return;
      }
      const plan = importPlan(worksheet, imported.worksheet);
      if (!wouldLoseNotes(plan) || !choice) {
        replaceWith(mergeWorksheets(worksheet, imported.worksheet), 'import', worksheetWords.imported);
        return;
      }
      // Notes here would change or go: ask first.
      pending = imported.worksheet;
      askImport(choice, plan, 'worksheet');
    });
  root.querySelector('[data-worksheet-merge]')?.addEventListener('click', () => {
    if (pending) replaceWith(mergeWorksheets(worksheet, pending), 'import', worksheetWords.merged);
    closeChoice();
  });
  root.querySelector('[data-worksheet-replace]')?.addEventListener('click', () => {
    if (pending) replaceWith(pending, 'import', worksheetWords.imported);
    closeChoice();
  });
  root.querySelector('[data-worksheet-cancel-import]')?.addEventListener('click', () => {
    closeChoice();
    say(worksheetWords.importCancelled);
  });
  root.querySelector('[data-worksheet-clear]')?.addEventListener('click', () => {
    // Clearing takes this level's notes and marks out of the case; its picks stay.
    if (!confirm(worksheetWords.confirmClear)) return;
    replaceWith(emptyWorksheet(level), 'clear', worksheetWords.cleared);
  });
  window.addEventListener('beforeprint', () => rows.forEach((row) => row.notes && fit(row.notes)));
}
