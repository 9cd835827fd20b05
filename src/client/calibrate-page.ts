/**
 * The calibration page (src/components/case/CalibratePage.astro): case files chosen with the picker or
 * dropped on it are read here (`file.text()`), never uploaded and never saved, and shown side by side
 * per level (src/client/calibration.ts) against the case index the site publishes. A file that cannot
 * be read is reported in one line naming it; the others load. Each file can be removed again.
 */
import { joinBase } from './base-path';
import { CASE_INDEX_PATH, type CaseIndex } from './case-index';
import {
  calibrationOf,
  isoDate,
  namesOf,
  readCaseFile,
  spreadText,
  type Cell,
  type LevelView,
  type Person,
  type Unreadable,
} from './calibration';
import { build, h, type Tree } from './dom-tree';
import { readPage } from './page-attributes';
import { calibrateWords as words } from './words/calibrate';

/** A person's cell: the mark, then each paragraph of evidence; picked without either, said so. */
function cellTree(cell: Cell): Tree {
  const parts: Tree[] = [];
  if (cell.mark !== undefined) parts.push(h('p', { class: 'mark' }, cell.mark));
  for (const paragraph of cell.notes) parts.push(h('p', {}, paragraph));
  if (parts.length === 0) parts.push(h('p', { class: 'quiet' }, cell.picked ? words.picked : words.nothing));
  return h('td', {}, ...parts);
}

function tableTree(caption: string, heads: string[], rows: Tree[]): Tree {
  return h(
    'div',
    { class: 'table', role: 'region', 'aria-label': caption, tabindex: '0' },
    h(
      'table',
      {},
      h('caption', { class: 'sr-only' }, caption),
      h('thead', {}, h('tr', {}, ...heads.map((head) => h('th', { scope: 'col' }, head)))),
      h('tbody', {}, ...rows),
    ),
  );
}

/** One level: its title, who and when, the table of touched rows, the others folded away, paper's decision field. */
function levelTree(view: LevelView, names: string[], date: string, position: number): Tree {
  const heading = `calibrate-level-${position}`;
  const touched = view.rows.filter((row) => row.touched);
  const untouched = view.rows.filter((row) => !row.touched);
  const rows = touched.map(({ row, cells, evidence, spread }) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, row.ref),
      h('td', {}, h('a', { href: row.url }, row.words.plain)),
      ...cells.map(cellTree),
      h('td', {}, h('p', {}, words.withEvidence(evidence, cells.length)), h('p', {}, spreadText(spread))),
    ),
  );
  const parts: Tree[] = [
    h('h2', { id: heading }, view.url ? h('a', { href: view.url }, view.title) : view.title),
    h(
      'p',
      { class: 'meta' },
      `${words.people}: ${names.join(', ')} · ${words.date}: `,
      h('time', { datetime: date }, date),
    ),
  ];
  if (touched.length > 0)
    parts.push(tableTree(words.table(view.title), [words.ref, words.item, ...names, words.summary], rows));
  if (untouched.length > 0)
    parts.push(
      h(
        'details',
        { class: 'untouched' },
        h('summary', {}, words.untouchedRows(untouched.length)),
        h(
          'ul',
          {},
          ...untouched.map(({ row }) =>
            h('li', {}, `${row.ref} `, h('a', { href: row.url }, row.words.plain)),
          ),
        ),
      ),
    );
  if (view.former.length > 0)
    parts.push(
      h('h3', {}, words.former),
      h('p', {}, words.formerHelp),
      tableTree(
        `${view.title}: ${words.former}`,
        [words.item, ...names],
        view.former.map(({ key, cells }) =>
          h('tr', {}, h('th', { scope: 'row' }, key), ...cells.map(cellTree)),
        ),
      ),
    );
  parts.push(
    h(
      'div',
      { class: 'decision' },
      h('p', {}, words.decision, h('span', { class: 'line' })),
      h(
        'p',
        {},
        words.decisionNotes,
        h('span', { class: 'line' }),
        h('span', { class: 'line' }),
        h('span', { class: 'line' }),
      ),
    ),
  );
  return h('section', { class: 'level', 'aria-labelledby': heading }, ...parts);
}

export function startCalibration(root: Element): void {
  const find = <T extends Element>(name: string) => root.querySelector<T>(`[data-calibrate-${name}]`);
  const input = find<HTMLInputElement>('files');
  const drop = find<HTMLElement>('drop');
  const problems = find<HTMLElement>('problems');
  const status = find<HTMLElement>('status');
  const peopleBox = find<HTMLElement>('people');
  const peopleList = find<HTMLElement>('people-list');
  const empty = find<HTMLElement>('empty');
  const levels = find<HTMLElement>('levels');

  let people: Person[] = [];
  let index: CaseIndex | undefined;
  let indexFailed = false;
  let loaded = 0;

  const report = (lines: string[]) => {
    if (problems) problems.replaceChildren(...lines.map((line) => build(h('p', {}, line), document)));
  };

  function draw(): void {
    const names = namesOf(people);
    if (peopleBox) peopleBox.hidden = people.length === 0;
    if (empty) empty.hidden = people.length > 0;
    peopleList?.replaceChildren(
      ...people.map((person, at) => {
        const item = build(h('li', {}, h('span', {}, names[at] ?? '')), document) as HTMLElement;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = words.removeShort;
        remove.setAttribute('aria-label', words.remove(names[at] ?? ''));
        remove.addEventListener('click', () => removePerson(person.id, at));
        item.append(remove);
        return item;
      }),
    );
    if (!levels) return;
    if (!index) {
      levels.replaceChildren();
      return;
    }
    const views = calibrationOf(index, people);
    const date = isoDate(new Date());
    const trees: Tree[] =
      people.length > 0 && views.length === 0
        ? [h('p', {}, words.nothingForLevels)]
        : views.map((view, at) => levelTree(view, names, date, at));
    levels.replaceChildren(...trees.map((tree) => build(tree, document)));
  }

  function removePerson(id: string, at: number): void {
    people = people.filter((person) => person.id !== id);
    draw();
    if (status) status.textContent = words.status(people.length);
    // The focus goes to the next file's Remove, else the previous one's, else the picker.
    const buttons = peopleList?.querySelectorAll('button') ?? [];
    (buttons[Math.min(at, buttons.length - 1)] ?? input)?.focus();
  }

  async function load(files: readonly File[]): Promise<void> {
    const read = await Promise.all(
      files.map(async (file): Promise<{ person: Person } | Unreadable> => {
        try {
          return readCaseFile(String((loaded += 1)), file.name, await file.text());
        } catch {
          return { file: file.name, reason: words.notRead };
        }
      }),
    );
    const bad = read.filter((result): result is Unreadable => !('person' in result));
    people = [...people, ...read.flatMap((result) => ('person' in result ? [result.person] : []))];
    report([
      ...(indexFailed ? [words.indexMissing] : []),
      ...bad.map(({ file, reason }) => words.unreadable(file, reason)),
    ]);
    draw();
    if (status) status.textContent = words.status(people.length);
  }

  const loadChosen = () => {
    if (!input?.files?.length) return;
    const files = [...input.files];
    // Cleared, so the same file chosen again (after removing it) loads again.
    input.value = '';
    void load(files);
  };
  input?.addEventListener('change', loadChosen);
  // Files chosen before this script arrived (it loads after the page) are read now.
  loadChosen();
  drop?.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.setAttribute('data-over', '');
  });
  drop?.addEventListener('dragleave', () => drop.removeAttribute('data-over'));
  drop?.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.removeAttribute('data-over');
    void load([...(event.dataTransfer?.files ?? [])]);
  });
  // Said once files can be dropped: tests wait for it, as the case page's `data-case-ready`.
  root.setAttribute('data-calibrate-ready', '');

  const { base } = readPage(document.documentElement);
  void fetch(joinBase(base, CASE_INDEX_PATH))
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<CaseIndex>;
    })
    .then(
      (fetched) => {
        index = fetched;
        draw();
      },
      () => {
        indexFailed = true;
        report([words.indexMissing]);
      },
    );
}
