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
import type { ScaleValue } from './scale';
import { changedSince } from './then-now';
import { worksheetWords } from './words/worksheet';
import { importPlan, mergeWorksheets, wouldLoseNotes } from './worksheet-import';
import { readWorksheet, readWorksheetRow, worksheetSelectors } from './worksheet-attributes';
import {
  carryFormerIds,
  emptyWorksheet,
  entryOf,
  orphansOf,
  parseWorksheet,
  serialiseWorksheet,
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

function download(name: string, type: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Grows a notes field to its text, so what is written is printed whole; an empty one keeps its size. */
function fit(area: HTMLTextAreaElement): void {
  area.style.blockSize = '';
  if (area.value.trim() === '') return;
  if (area.scrollHeight > area.clientHeight) area.style.blockSize = `${area.scrollHeight + 2}px`;
}

export function startWorksheet(root: HTMLElement): void {
  const { level, key, title, formerLevels } = readWorksheet(root);
  const { version, base } = readPage(document.documentElement);
  const rows = readRows(root, version);
  const read = (text: string) => {
    const result = parseWorksheet(text, level, formerLevels);
    return 'worksheet' in result ? { worksheet: carryFormerIds(result.worksheet, rows) } : result;
  };
  const status = root.querySelector('[data-worksheet-status]');
  const problem = root.querySelector('[data-worksheet-problem]');
  const orphanList = root.querySelector<HTMLElement>('[data-worksheet-orphans]');
  const say = (text: string) => status && (status.textContent = text);
  const warn = (text: string) => problem && (problem.textContent = text);

  let worksheet: Worksheet = emptyWorksheet(level);
  const saved = localStorage.getItem(key);
  if (saved !== null) {
    const restored = read(saved);
    if ('worksheet' in restored) worksheet = restored.worksheet;
    else {
      // Never overwrite what cannot be read: keep it aside for the reader (or a newer version) to recover.
      localStorage.setItem(`${key}:unreadable:${new Date().toISOString()}`, saved);
      localStorage.removeItem(key);
      warn(worksheetWords.unreadable(restored.error));
    }
  }

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
  const save = () => {
    localStorage.setItem(key, serialiseWorksheet(worksheet, version));
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
    for (const input of row.seen) input.addEventListener('change', () => update(row));
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
    download(`level-${level}-evidence.md`, 'text/markdown', markdown);
  });
  root.querySelector('[data-worksheet-export-json]')?.addEventListener('click', () => {
    download(`level-${level}-worksheet.json`, 'application/json', serialiseWorksheet(worksheet, version));
  });
  // The last import or clear can be undone: what was here before it is kept, in this browser too.
  const undoKey = `${key}:before-last-import-or-clear`;
  const undo = root.querySelector<HTMLButtonElement>('[data-worksheet-undo]');
  const showUndo = (label: string | undefined) => {
    if (!undo) return;
    undo.hidden = label === undefined;
    undo.textContent = label ?? '';
  };
  const previous = localStorage.getItem(undoKey);
  if (previous !== null)
    showUndo(previous.startsWith('clear:') ? worksheetWords.undoClear : worksheetWords.undoImport);
  /** Puts `next` in place of the notes here, keeping these to undo. */
  const replaceWith = (next: Worksheet, action: 'import' | 'clear', said: string) => {
    localStorage.setItem(undoKey, `${action}:${serialiseWorksheet(worksheet, version)}`);
    worksheet = next;
    warn('');
    show();
    showChanged();
    if (action === 'clear') localStorage.removeItem(key);
    else save();
    showUndo(action === 'clear' ? worksheetWords.undoClear : worksheetWords.undoImport);
    say(said);
  };
  undo?.addEventListener('click', () => {
    const kept = localStorage.getItem(undoKey);
    const restored = kept === null ? undefined : read(kept.slice(kept.indexOf(':') + 1));
    if (!restored || 'error' in restored) return;
    worksheet = restored.worksheet;
    localStorage.removeItem(undoKey);
    show();
    showChanged();
    save();
    showUndo(undefined);
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
      const imported = read(await file.text());
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
      const summary = choice.querySelector('[data-worksheet-import-summary]');
      if (summary)
        summary.textContent = worksheetWords.importChoice(
          plan.added.length,
          plan.changed.length,
          plan.left.length,
        );
      choice.hidden = false;
      choice.querySelector<HTMLButtonElement>('[data-worksheet-merge]')?.focus();
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
    if (!confirm(worksheetWords.confirmClear)) return;
    replaceWith(emptyWorksheet(level), 'clear', worksheetWords.cleared);
  });
  window.addEventListener('beforeprint', () => rows.forEach((row) => row.notes && fit(row.notes)));
}
