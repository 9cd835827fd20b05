/**
 * Text is text: characters that are not words, but instructions to a terminal or to the bidirectional
 * algorithm, are refused wherever an author writes text (every string of a content file, and bodies).
 *
 * - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what readers see
 *   (an override shows a sentence backwards and pulls the item's buttons into it) while search and
 *   citations keep the source order.
 * - C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F) other than tab, line feed and the
 *   carriage return of a Windows line ending: NUL, BEL, ESC ("[31mteam[0m") are never words.
 *
 * The left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C) are
 * allowed: they are invisible punctuation that right-to-left writing needs, they only set the direction
 * of the characters beside them and cannot reverse a run of letters the way an override does.
 */

import { fieldName, type ContentProblem } from '../problems';
import type { Position } from '../read/frontmatter';

/** The names of the characters refused, as Unicode names them (C0/C1 by their usual names). */
const names: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** A refused character: C0/C1 controls but tab and line feed (a CR is refused unless before LF); bidi controls. */
function isRefused(codePoint: number): boolean {
  return (
    (codePoint <= 0x1f && codePoint !== 0x09 && codePoint !== 0x0a) ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

export interface RefusedCharacter {
  /** Its index in the text (UTF-16 units, as JavaScript and the YAML reader count). */
  index: number;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
  label: string;
  /** Why it is refused, for the message. */
  kind: 'bidi' | 'control';
}

/** `U+001B ESCAPE`, `U+0093 control character` for a C1 control with no common name. */
export function characterLabel(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} ${names[codePoint] ?? 'control character'}`;
}

/** Every refused character of `text`, in order. A carriage return before a line feed is a line end. */
export function refusedCharacters(text: string): RefusedCharacter[] {
  const found: RefusedCharacter[] = [];
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.charCodeAt(index);
    if (!isRefused(codePoint) || (codePoint === 0x0d && text[index + 1] === '\n')) continue;
    found.push({ index, label: characterLabel(codePoint), kind: codePoint >= 0x2000 ? 'bidi' : 'control' });
  }
  return found;
}

/** What to say about a refused character. */
export function refusedCharacterMessage(character: RefusedCharacter): string {
  return character.kind === 'bidi'
    ? `holds ${character.label}, a bidi control character that reorders what readers see: delete it (the text reads in its own direction)`
    : `holds ${character.label}, a control character, not text: delete it`;
}

/** `text` with each refused character written as its escape (`\u202E`), safe to print in a terminal. */
export function shown(text: string): string {
  return [...text]
    .map((character) => {
      const codePoint = character.codePointAt(0) ?? 0;
      return isRefused(codePoint) ? `\\u${codePoint.toString(16).toUpperCase().padStart(4, '0')}` : character;
    })
    .join('');
}

/** The message for a text's refused characters: the first, and how many more. */
function messageFor(found: readonly RefusedCharacter[]): string {
  const [first] = found;
  if (!first) return '';
  const more = found.length - 1;
  return more === 0
    ? refusedCharacterMessage(first)
    : `${refusedCharacterMessage(first)} (and ${more} more such character${more === 1 ? '' : 's'})`;
}

/**
 * The refused characters of a file: one problem per string of its YAML data (at the first such
 * character), and one per line of its body.
 */
export function refusedCharacterProblems(
  file: string,
  yaml: {
    data: unknown;
    locateCharacter(path: readonly PropertyKey[], index: number, key?: boolean): Position;
  },
  body?: { text: string; line: number },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { path, text, key } of stringsIn(yaml.data)) {
    const found = refusedCharacters(text);
    const [first] = found;
    if (!first) continue;
    problems.push({
      file,
      ...yaml.locateCharacter(path, first.index, key),
      field: fieldName(path.map((step) => (typeof step === 'string' ? shown(step) : step))),
      message: key ? messageFor(found).replace(/^holds/, 'has a name that holds') : messageFor(found),
    });
  }
  if (body) {
    body.text.split('\n').forEach((line, offset) => {
      const found = refusedCharacters(`${line}\n`);
      const [first] = found;
      if (first)
        problems.push({
          file,
          line: body.line + offset,
          column: first.index + 1,
          field: '',
          message: `this line ${messageFor(found)}`,
        });
    });
  }
  return problems;
}

/**
 * Every string in parsed YAML data, with its path, and every map key (`key: true`): the places a
 * refused character could hide, whatever field the schema expects there.
 */
export function stringsIn(
  data: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string; key: boolean }[] {
  if (typeof data === 'string') return [{ path, text: data, key: false }];
  if (Array.isArray(data)) return data.flatMap((entry, index) => stringsIn(entry, [...path, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([name, value]) => [
      { path: [...path, name], text: name, key: true },
      ...stringsIn(value, [...path, name]),
    ]);
  }
  return [];
}
