/**
 * The reflection worksheet on a rubric page: what a reader writes and marks is saved in this browser
 * (localStorage) as they go, restored on return, exported as Markdown or JSON, imported from JSON and
 * cleared on request. Notes for items no longer on the page are kept and shown apart. Saved data that
 * cannot be read is set aside untouched and reported; the page keeps working.
 */
import type { ScaleValue } from './scale';
import { worksheetWords } from './words/worksheet';
import { readWorksheet, readWorksheetRow, worksheetSelectors } from './worksheet-attributes';
import {
  emptyWorksheet,
  entryOf,
  orphansOf,
  parseWorksheet,
  serialiseWorksheet,
  withEntry,
  worksheetMarkdown,
  type Worksheet,
  type WorksheetRow,
} from './worksheet';

interface Row extends WorksheetRow {
  notes: HTMLTextAreaElement | null;
  seen: HTMLInputElement[];
}

function readRows(root: HTMLElement): Row[] {
  return [...root.querySelectorAll(worksheetSelectors.row)].map((element) => ({
    ...readWorksheetRow(element, location.href),
    notes: element.querySelector<HTMLTextAreaElement>(worksheetSelectors.notes),
    seen: [...element.querySelectorAll<HTMLInputElement>(worksheetSelectors.seen)],
  }));
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
  const { level, key, title } = readWorksheet(root);
  const rows = readRows(root);
  const status = root.querySelector('[data-worksheet-status]');
  const problem = root.querySelector('[data-worksheet-problem]');
  const orphanList = root.querySelector<HTMLElement>('[data-worksheet-orphans]');
  const say = (text: string) => status && (status.textContent = text);
  const warn = (text: string) => problem && (problem.textContent = text);

  let worksheet: Worksheet = emptyWorksheet(level);
  const saved = localStorage.getItem(key);
  if (saved !== null) {
    const read = parseWorksheet(saved, level);
    if ('worksheet' in read) worksheet = read.worksheet;
    else {
      // Never overwrite what cannot be read: keep it aside for the reader (or a newer version) to recover.
      localStorage.setItem(`${key}:unreadable:${new Date().toISOString()}`, saved);
      localStorage.removeItem(key);
      warn(worksheetWords.unreadable(read.error));
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
  const save = () => {
    localStorage.setItem(key, serialiseWorksheet(worksheet));
    say(worksheetWords.saved);
  };
  const update = (row: Row) => {
    const seen = row.seen.find((input) => input.checked)?.value as ScaleValue | undefined;
    worksheet = withEntry(worksheet, row.key, { notes: row.notes?.value ?? '', seen });
    save();
  };

  show(false);
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
    download(`level-${level}-evidence.md`, 'text/markdown', worksheetMarkdown(worksheet, rows, title, scale));
  });
  root.querySelector('[data-worksheet-export-json]')?.addEventListener('click', () => {
    download(`level-${level}-worksheet.json`, 'application/json', serialiseWorksheet(worksheet));
  });
  root
    .querySelector<HTMLInputElement>('[data-worksheet-import]')
    ?.addEventListener('change', async (event) => {
      const input = event.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      const read = parseWorksheet(await file.text(), level);
      if ('error' in read) {
        warn(worksheetWords.badImport(read.error));
        return;
      }
      worksheet = read.worksheet;
      warn('');
      show();
      save();
      say(worksheetWords.imported);
    });
  root.querySelector('[data-worksheet-clear]')?.addEventListener('click', () => {
    if (!confirm(worksheetWords.confirmClear)) return;
    worksheet = emptyWorksheet(level);
    localStorage.removeItem(key);
    show();
    say(worksheetWords.cleared);
  });
  window.addEventListener('beforeprint', () => rows.forEach((row) => row.notes && fit(row.notes)));
}
