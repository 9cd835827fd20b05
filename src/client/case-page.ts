/**
 * The case page (`/case/`, CasePage.astro): the reader's cases, kept in this browser
 * (src/client/case-store.ts). It shows the active case's items grouped by level and section, each
 * with its citation, evidence and mark (which the rubric shares), and who and what the case is for;
 * it copies and saves the case as a document (src/client/case-export.ts), imports a case file (asking
 * before it changes or drops a note here), opens a shared selection, and keeps one undo for the last
 * import, clear or delete. Every change reads the store afresh and writes it whole.
 */
import { build } from './dom-tree';
import { caseTrees } from './case-view';
import {
  caseEntry,
  caseFileName,
  caseImportPlan,
  mergeCases,
  parseCase,
  pickedCount,
  replaceCase,
  serialiseCase,
  withCaseEntry,
  withPick,
  type Case,
} from './case';
import { caseDocument, caseHtml, caseMarkdown, caseText } from './case-export';
import { levelOf, type CaseIndex } from './case-index';
import { caseOfShared, readShared, shareQuery, sharedCount, type Shared } from './case-share';
import {
  activeCase,
  addCase,
  addGivenCase,
  changeActive,
  keepForUndo,
  newCaseId,
  pendingUndo,
  readStore,
  removeCase,
  storeKey,
  switchCase,
  today,
  undoLast,
  writeStore,
  type CaseStore,
} from './case-store';
import { copyRich, copyText, showToCopy } from './copy';
import { askImport } from './import-choice';
import { readPage } from './page-attributes';
import { download, fit } from './page-files';
import { caseWords } from './words/case';
import { worksheetWords } from './words/worksheet';
import { wouldLoseNotes } from './worksheet-import';

const noIndex: CaseIndex = { handbook: '', scale: { heading: '', points: [] }, levels: [], rows: [] };

export async function startCase(root: HTMLElement): Promise<void> {
  const { base, version } = readPage(document.documentElement);
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const status = $('[data-case-status]');
  const problem = $('[data-case-problem]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const warn = (text: string) => {
    if (problem) problem.textContent = text;
  };

  const first = readStore(localStorage, base, today());
  if (first.problem) warn(first.problem);
  let store: CaseStore = first.store;
  const fresh = () => readStore(localStorage, base, today()).store;
  const save = (next: CaseStore) => {
    store = next;
    writeStore(localStorage, base, store);
  };
  /** Changes the active case, on the store as it is now (another tab may have changed it). */
  const change = (edit: (c: Case) => Case) => save(changeActive(fresh(), today(), edit, version));

  let index = noIndex;
  try {
    const response = await fetch(root.dataset['caseIndex'] ?? '');
    if (!response.ok) throw new Error(String(response.status));
    index = (await response.json()) as CaseIndex;
  } catch {
    warn(caseWords.noIndex);
  }

  // A shared selection in the address: a fresh browser takes it as its first case; one with cases asks.
  const shared = readShared(location.search);
  if (shared) history.replaceState(history.state, '', location.pathname + location.hash);
  const openShared = (selection: Shared) => {
    const current = fresh();
    const c = caseOfShared(selection, {
      id: newCaseId(current.cases.map((other) => other.id)),
      name: caseWords.sharedName(current.cases.length + 1),
      date: today(),
    });
    save(addGivenCase(current, c));
    say(caseWords.sharedOpened(sharedCount(selection)));
  };
  const sharedPanel = $('[data-case-shared]');
  if (shared && store.cases.every((c) => pickedCount(c) === 0)) openShared(shared);
  else if (shared && sharedPanel) {
    const summary = sharedPanel.querySelector('[data-case-shared-summary]');
    if (summary) summary.textContent = caseWords.sharedSummary(sharedCount(shared));
    sharedPanel.hidden = false;
    sharedPanel.querySelector<HTMLButtonElement>('[data-case-shared-open]')?.addEventListener('click', () => {
      openShared(shared);
      sharedPanel.hidden = true;
      render();
    });
    sharedPanel.querySelector('[data-case-shared-ignore]')?.addEventListener('click', () => {
      sharedPanel.hidden = true;
    });
  }

  const select = $<HTMLSelectElement>('[data-case-select]');
  const fields = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-case-field]')];
  const list = $('[data-case-items]');
  const empty = $('[data-case-empty]');
  const undoButton = $<HTMLButtonElement>('[data-case-undo]');

  const showUndo = () => {
    const undo = pendingUndo(localStorage, base);
    if (!undoButton) return;
    undoButton.hidden = !undo;
    undoButton.textContent = undo ? caseWords.undo(undo.action) : '';
  };

  /** Who and what the case is for, as a line that prints in place of the fields. */
  const showFacts = (doc = documentOf()?.doc) => {
    const facts = $('[data-case-facts]');
    if (facts) facts.textContent = doc?.facts.join(' · ') ?? '';
  };

  const render = () => {
    store = fresh();
    const c = activeCase(store);
    if (select) {
      select.replaceChildren(
        ...store.cases.map((other) => {
          const option = new Option(other.name || caseWords.firstName, other.id);
          option.selected = other.id === store.active;
          return option;
        }),
      );
      select.disabled = store.cases.length === 0;
    }
    for (const field of fields) {
      const name = field.dataset['caseField'] as 'name' | 'person' | 'level' | 'date';
      if (document.activeElement !== field) field.value = c?.[name] ?? '';
    }
    const doc = c ? caseDocument(c, index, location.href) : undefined;
    const trees = c && doc ? caseTrees(c, doc, index) : [];
    list?.replaceChildren(...trees.map((tree) => build(tree, document)));
    // Values set as properties: what a reader wrote is never parsed as markup.
    for (const item of list?.querySelectorAll<HTMLElement>('.case-item') ?? []) {
      const area = item.querySelector<HTMLTextAreaElement>('[data-case-notes]');
      if (area && c) {
        area.value = caseEntry(c, item.dataset['level'] ?? '', item.dataset['key'] ?? '')?.notes ?? '';
        fit(area);
      }
    }
    showFacts(doc);
    if (empty) empty.hidden = !doc || doc.levels.length + doc.orphans.length > 0;
    showUndo();
  };

  // Edits, saved as they are made.
  const entryAt = (item: HTMLElement) => {
    const notes = item.querySelector<HTMLTextAreaElement>('[data-case-notes]')?.value ?? '';
    const seen = item.querySelector<HTMLInputElement>('[data-case-mark]:checked')?.value || undefined;
    return { notes, seen, ...(version === undefined ? {} : { version }) };
  };
  list?.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('.case-item');
    if (!item) return;
    if (target instanceof HTMLTextAreaElement) fit(target);
    const { level = '', key = '' } = item.dataset;
    change((c) => withCaseEntry(c, level, key, entryAt(item)));
    say(caseWords.saved);
  });
  list?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-case-remove]');
    const item = button?.closest<HTMLElement>('.case-item');
    if (!item) return;
    const { level = '', key = '' } = item.dataset;
    const next = item.closest('li')?.nextElementSibling ?? item.closest('section');
    change((c) => withPick(c, level, key, false));
    render();
    say(caseWords.removed);
    (next?.querySelector<HTMLElement>('textarea, h3') ?? select)?.focus();
  });
  for (const field of fields) {
    field.addEventListener('input', () => {
      const name = field.dataset['caseField'] as 'name' | 'person' | 'level' | 'date';
      change((c) => ({ ...c, [name]: field.value }));
      if (name === 'name' && select?.selectedOptions[0]) select.selectedOptions[0].text = field.value;
      showFacts();
      say(caseWords.saved);
    });
  }
  select?.addEventListener('change', () => {
    save(switchCase(fresh(), select.value));
    render();
    say(caseWords.switched(activeCase(store)?.name ?? ''));
  });
  $('[data-case-new]')?.addEventListener('click', () => {
    save(addCase(fresh(), today()));
    render();
    say(caseWords.created(activeCase(store)?.name ?? ''));
    root.querySelector<HTMLInputElement>('[data-case-field="name"]')?.focus();
  });

  // Delete asks first, and can be undone.
  const confirmPanel = $('[data-case-confirm]');
  $('[data-case-delete]')?.addEventListener('click', () => {
    const c = activeCase(fresh());
    if (!c || !confirmPanel) return;
    const notes = Object.values(c.levels).reduce(
      (sum, part) => sum + Object.values(part.entries).filter((entry) => entry.notes.trim() !== '').length,
      0,
    );
    const text = confirmPanel.querySelector('[data-case-confirm-text]');
    if (text) text.textContent = caseWords.confirmDeleteText(c.name, pickedCount(c), notes);
    confirmPanel.hidden = false;
    confirmPanel.querySelector<HTMLButtonElement>('[data-case-confirm-cancel]')?.focus();
  });
  $('[data-case-confirm-cancel]')?.addEventListener('click', () => {
    if (confirmPanel) confirmPanel.hidden = true;
    $('[data-case-delete]')?.focus();
  });
  $('[data-case-confirm-delete]')?.addEventListener('click', () => {
    const current = fresh();
    const c = activeCase(current);
    if (confirmPanel) confirmPanel.hidden = true;
    if (!c) return;
    keepForUndo(localStorage, base, 'delete', current);
    save(removeCase(current, c.id));
    render();
    say(caseWords.deleted(c.name));
    undoButton?.focus();
  });
  undoButton?.addEventListener('click', () => {
    const restored = undoLast(localStorage, base);
    if (!restored) return;
    store = restored;
    render();
    say(worksheetWords.undone);
  });

  // Exports: the document as the page's words build it, named after the person, level and date.
  const documentOf = () => {
    const c = activeCase(fresh());
    return c ? { c, doc: caseDocument(c, index, location.href) } : undefined;
  };
  const fileName = (c: Case, extension: string) =>
    caseFileName(c, c.level === '' ? undefined : levelOf(index, c.level)?.title, extension);
  $('[data-case-copy-rich]')?.addEventListener('click', async () => {
    const made = documentOf();
    if (!made) return;
    if (await copyRich(caseHtml(made.doc), caseText(made.doc))) say(caseWords.copied);
    else showToCopy(caseText(made.doc));
  });
  $('[data-case-copy-markdown]')?.addEventListener('click', async () => {
    const made = documentOf();
    if (!made) return;
    const markdown = caseMarkdown(made.doc);
    if (await copyText(markdown)) say(caseWords.copiedMarkdown);
    else showToCopy(markdown);
  });
  $('[data-case-download-markdown]')?.addEventListener('click', () => {
    const made = documentOf();
    if (made) download(fileName(made.c, 'md'), 'text/markdown', caseMarkdown(made.doc));
  });
  $('[data-case-export-json]')?.addEventListener('click', () => {
    const c = activeCase(fresh());
    if (c) download(fileName(c, 'json'), 'application/json', serialiseCase(c, version));
  });
  $('[data-case-print]')?.addEventListener('click', () => window.print());
  $('[data-case-share]')?.addEventListener('click', async () => {
    const c = activeCase(fresh());
    if (!c) return;
    const url = new URL(shareQuery(c), new URL(location.pathname, location.href)).href;
    if (await copyText(url)) say(caseWords.shareCopied);
    else showToCopy(url);
  });

  // Import: a case or worksheet file, into the active case; asks before it changes or drops a note.
  const choice = $('[data-case-import-choice]');
  let pending: Case | undefined;
  const take = (next: (c: Case) => Case, said: string) => {
    const current = fresh();
    keepForUndo(localStorage, base, 'import', current);
    save(changeActive(current, today(), next, version));
    pending = undefined;
    if (choice) choice.hidden = true;
    warn('');
    render();
    say(said);
  };
  $<HTMLInputElement>('[data-case-import]')?.addEventListener('change', async (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = parseCase(await file.text());
    if ('error' in read) {
      warn(worksheetWords.badImport(read.error));
      return;
    }
    const incoming = read.case;
    const current = activeCase(fresh());
    if (!current || !wouldLoseNotes(caseImportPlan(current, incoming)) || !choice) {
      take((c) => mergeCases(c, incoming), worksheetWords.imported);
      return;
    }
    const plan = caseImportPlan(current, incoming);
    pending = incoming;
    askImport(choice, plan, 'case');
  });
  $('[data-case-merge]')?.addEventListener('click', () => {
    const incoming = pending;
    if (incoming) take((c) => mergeCases(c, incoming), worksheetWords.merged);
  });
  $('[data-case-replace]')?.addEventListener('click', () => {
    const incoming = pending;
    if (incoming) take((c) => replaceCase(c, incoming), worksheetWords.imported);
  });
  $('[data-case-cancel-import]')?.addEventListener('click', () => {
    pending = undefined;
    if (choice) choice.hidden = true;
    say(worksheetWords.importCancelled);
  });

  // Another tab's change shows here, unless the reader is writing in this one.
  window.addEventListener('storage', (event) => {
    if (event.key !== storeKey(base)) return;
    if (root.contains(document.activeElement) && document.activeElement?.matches('textarea, input')) return;
    render();
  });
  window.addEventListener('beforeprint', () => {
    for (const area of root.querySelectorAll('textarea')) fit(area);
  });
  render();
  root.dataset['caseReady'] = '';
}
