/**
 * A word-level diff of two wordings, for the changelog and a citation's then/now words. The `diff`
 * package finds the changed words (each word, punctuation mark and run of spaces a token, so the runs
 * join back into both texts exactly); this module then makes the runs read well: a replacement of
 * several words separated by spaces is one removed run and one added run, not a word-by-word zip, and
 * the spaces a removed and an added run share at their ends stay kept.
 */
import { diffWordsWithSpace } from 'diff';

/** One run of a word-level diff: 0 kept, -1 removed, 1 added. */
export type DiffToken = [op: -1 | 0 | 1, text: string];

/** Whether `text` is only whitespace (spaces, tabs, newlines), and not empty. */
function blank(text: string): boolean {
  return /^\s+$/u.test(text);
}

/** Adjacent runs of one op merged, empty runs dropped. */
function merged(tokens: readonly DiffToken[]): DiffToken[] {
  const runs: DiffToken[] = [];
  for (const [op, text] of tokens) {
    if (text === '') continue;
    const last = runs.at(-1);
    if (last?.[0] === op) last[1] += text;
    else runs.push([op, text]);
  }
  return runs;
}

/** The leading whitespace `a` and `b` share. */
function sharedStart(a: string, b: string): string {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length] && blank(a[length] ?? '')) {
    length += 1;
  }
  return a.slice(0, length);
}

/** The trailing whitespace `a` and `b` share. */
function sharedEnd(a: string, b: string): string {
  let length = 0;
  while (
    length < a.length &&
    length < b.length &&
    a[a.length - 1 - length] === b[b.length - 1 - length] &&
    blank(a[a.length - 1 - length] ?? '')
  ) {
    length += 1;
  }
  return a.slice(a.length - length);
}

/**
 * One stretch of changes (with the spaces kept between them) as the runs a reader sees: a replacement
 * as one removed run then one added run, the whitespace both share at their ends kept outside them.
 */
function stretch(tokens: readonly DiffToken[]): DiffToken[] {
  const removed = tokens.filter(([op]) => op !== 1).map(([, text]) => text);
  const added = tokens.filter(([op]) => op !== -1).map(([, text]) => text);
  if (!tokens.some(([op]) => op === -1) || !tokens.some(([op]) => op === 1)) return [...tokens];
  const before = removed.join('');
  const after = added.join('');
  const start = sharedStart(before, after);
  const end = sharedEnd(before.slice(start.length), after.slice(start.length));
  return [
    [0, start],
    [-1, before.slice(start.length, before.length - end.length)],
    [1, after.slice(start.length, after.length - end.length)],
    [0, end],
  ];
}

/**
 * The words of `before` and `after` as runs kept, removed and added: adjacent runs of one op merged,
 * no empty runs; the kept and removed runs join into `before`, the kept and added runs into `after`.
 */
export function wordDiff(before: string, after: string): DiffToken[] {
  const tokens = diffWordsWithSpace(before, after).map((change): DiffToken => [
    change.added ? 1 : change.removed ? -1 : 0,
    change.value,
  ]);
  const runs: DiffToken[] = [];
  /** The changes since the last kept words, with the kept spaces between them. */
  let pending: DiffToken[] = [];
  /** Kept spaces after the pending changes: inside the stretch if another change follows. */
  let gap: DiffToken[] = [];
  const flush = () => {
    runs.push(...stretch(pending), ...gap);
    pending = [];
    gap = [];
  };
  for (const token of tokens) {
    const [op, text] = token;
    if (op !== 0) {
      pending.push(...gap, token);
      gap = [];
    } else if (pending.length > 0 && blank(text)) {
      gap.push(token);
    } else {
      flush();
      runs.push(token);
    }
  }
  flush();
  return merged(runs);
}

/** The diff readable without colour, as `git diff --word-diff` writes it: `Keeps [-old-]{+new+} words`. */
export function diffText(tokens: readonly DiffToken[]): string {
  return tokens.map(([op, text]) => (op === -1 ? `[-${text}-]` : op === 1 ? `{+${text}+}` : text)).join('');
}
