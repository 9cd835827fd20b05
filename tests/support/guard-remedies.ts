/**
 * Follows the permalink guard to the letter, as an author would: compiles a content copy, reads each
 * message the guard prints about a published URL that no longer resolves, and performs exactly the
 * edit it names: an id into the `formerIds` of the item, section or level it says, or a fresh
 * manifest. What a message leaves to the author (which item, section or level replaces what was lost)
 * the caller decides. Fails on any problem a remedy causes (a kebab-case error, a duplicate id…).
 */
import { expect } from 'vitest';
import { isSeq, parseDocument } from 'yaml';
import { compileContent } from '../../src/pipeline/compile';
import { MANIFEST_FILE } from '../../src/pipeline/content-files';
import { formatProblem } from '../../src/pipeline/problems';
import { startFreshManifest } from '../../src/cli/authoring/manifest';
import type { ContentCopy } from './content-copy';

/** What a case decides that a message leaves to the author. */
export interface Choices {
  /** The item that replaces item `id` of `level`: its file and its id; undefined when none does. */
  item?: (id: string, level: string) => { file: string; id: string } | undefined;
  /** The section file that replaces what `id` addressed in `level`. */
  section?: (id: string, level: string) => string;
  /** The level file that replaces level `id`. */
  level?: (id: string) => string;
  /** Whether the content is a new framework rather than an edit of the old one. */
  newFramework?: boolean;
}

/** Adds `id` to the `formerIds` at `path` in `file`'s frontmatter (creating the list), once. */
function addFormerId(copy: ContentCopy, file: string, path: (string | number)[], id: string): void {
  copy.edit(file, (text) => {
    const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
    if (!match?.[1]) throw new Error(`${file} has no frontmatter`);
    const doc = parseDocument(match[1]);
    const list = doc.getIn([...path, 'formerIds']);
    if (isSeq(list)) {
      if (!list.items.some((entry) => String((entry as { value?: unknown }).value) === id)) list.add(id);
    } else doc.setIn([...path, 'formerIds'], doc.createNode([id], { flow: true }));
    return `---\n${doc.toString({ lineWidth: 0 })}---\n${text.slice(match[0].length)}`;
  });
}

/** The index of item `id` in a section file. */
function itemIndex(copy: ContentCopy, file: string, id: string): number {
  const doc = parseDocument(/^---\n([\s\S]*?\n)---\n/.exec(copy.read(file))?.[1] ?? '');
  const items = (doc.toJS() as { items?: { id: string }[] }).items ?? [];
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) throw new Error(`no item ${id} in ${file}`);
  return index;
}

export const remedy =
  /list "([^"]+)" in the formerIds of the (item|section|level)(?: of level (\S+))? that replaces it/;

/** Performs the edit one message names; true when it started the manifest afresh (the rest is moot). */
function follow(copy: ContentCopy, message: string, choices: Choices): boolean {
  const need = <T>(choice: T | undefined, what: string): T => {
    if (choice === undefined) throw new Error(`the case does not say ${what}: ${message}`);
    return choice;
  };
  if (message.includes('npm run permalinks -- --fresh') && choices.newFramework) {
    expect(startFreshManifest(copy.root).ok).toBe(true);
    return true;
  }
  const levelsGone = /none of the \d+ levels it records exists now \(([^)]*)\)/.exec(message);
  if (levelsGone?.[1]) {
    for (const id of levelsGone[1].split(', '))
      addFormerId(copy, need(choices.level, 'the level')(id), [], id);
    return false;
  }
  if (/ URLs it records no longer resolve: /.test(message)) return false; // "follow the remedy given for each"
  const [, id = '', target, level = ''] = remedy.exec(message) ?? [];
  if (target === 'level') addFormerId(copy, need(choices.level, 'the level')(id), [], id);
  else if (target === 'section') addFormerId(copy, need(choices.section, 'the section')(id, level), [], id);
  else if (target === 'item') {
    // "… of the item that replaces it, or, if none does, of the section that takes its place"
    const successor = need(choices.item, 'the item')(id, level);
    if (successor) {
      addFormerId(copy, successor.file, ['items', itemIndex(copy, successor.file, successor.id)], id);
    } else addFormerId(copy, need(choices.section, 'the section')(id, level), [], id);
  } else throw new Error(`no remedy to follow in: ${message}`);
  return false;
}

/**
 * Compiles the copy, follows every remedy the guard prints, and again, until it prints none; fails
 * on any problem a remedy causes. Returns every message the guard printed, by round.
 */
export function followGuard(copy: ContentCopy, choices: Choices): string[][] {
  const problems = () => compileContent(copy.root).problems.map(formatProblem);
  const isGuard = (line: string) => line.startsWith(`${MANIFEST_FILE}:`);
  const before = new Set(problems().filter((line) => !isGuard(line)));
  const rounds: string[][] = [];
  for (let round = 0; round < 6; round += 1) {
    const now = problems();
    // A remedy that causes a problem of its own (a kebab-case error, a duplicate id…) is wrong.
    expect(now.filter((line) => !isGuard(line) && !before.has(line))).toEqual([]);
    const guard = now.filter(isGuard);
    if (guard.length === 0) {
      expect(now).toEqual([]);
      return rounds;
    }
    rounds.push(guard);
    for (const line of guard) {
      if (follow(copy, line.slice(line.indexOf(' ', line.indexOf(' ') + 1) + 1), choices)) break;
    }
  }
  throw new Error(`the guard still complains after 6 rounds:\n${problems().join('\n')}`);
}

/** The remedies printed, as their kinds of message, for a case to show which it exercised. */
export const remedyKinds = (rounds: string[][]) =>
  [
    ...new Set(
      rounds.flat().map((line) => {
        if (line.includes('--fresh')) return 'fresh';
        return remedy.exec(line)?.[2] ?? 'other';
      }),
    ),
  ].sort();
