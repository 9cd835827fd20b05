/** Pagefind's excerpts (escaped text with `<mark>` around each hit) as words and marked runs. */

/** The words inside `<mark>` in a Pagefind excerpt, without trailing punctuation. */
export function markedWords(excerpt: string): string[] {
  const words = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) =>
    decodeEntities(match[1] ?? '').replace(/[.,;:!?]+$/, ''),
  );
  return [...new Set(words.filter(Boolean))];
}

/** A Pagefind excerpt as plain text. */
export function plainText(excerpt: string): string {
  return decodeEntities(excerpt.replace(/<[^>]*>/g, ''));
}

/** `text` cut into runs, each marked or not, where whole words of `marks` appear (case-insensitive). */
export function segments(text: string, marks: readonly string[]): { text: string; mark: boolean }[] {
  if (marks.length === 0) return [{ text, mark: false }];
  const escaped = marks.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text
    .split(pattern)
    .map((part, index) => ({ text: part, mark: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => entities[name] ?? '');
}
