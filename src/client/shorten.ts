/** Words shortened for a title, a preview or an address: cut at a word, an ellipsis marking the cut. */

/** `text` (its whitespace collapsed) shortened at a word to at most `limit` characters, an ellipsis marking the cut. */
export function shorten(text: string, limit: number): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= limit) return words;
  const cut = words.slice(0, limit - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > limit / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:·–—-]+$/, '')}…`;
}
