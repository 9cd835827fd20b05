/**
 * Text that readers see (an item's words and sub-points, a lead-in, the mindset shift, closing words,
 * and every name, title, role and summary) is words with a little inline Markdown: emphasis, strong,
 * code, and links with words to the handbook or to https: pages. Anything else, above all raw HTML, is
 * refused here with a hint; the renderer sanitises anyway. No word is longer than `MAX_WORD_LENGTH`.
 */
import { Lexer, type Token } from 'marked';
import { MAX_WORD_LENGTH, spelled } from '../../schemas/limits';

/** Where a link in text may lead: a handbook page (`/levels/4/`), an https: page, an email address. */
export function isAllowedTextLink(href: string): boolean {
  return (
    /^https:\/\//i.test(href) || /^mailto:/i.test(href) || (href.startsWith('/') && !href.startsWith('//'))
  );
}

function problemsIn(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token): string[] => {
    // An element's closing tag is part of the same mistake as its opening one.
    if (token.type === 'html' && token.raw.trim().startsWith('</')) return [];
    if (token.type === 'html') {
      return [
        `raw HTML ${JSON.stringify(token.raw.trim().slice(0, 40))} is not allowed: text is words, not code; write *emphasis*, **strong** or [a link](https://…) instead`,
      ];
    }
    if (token.type === 'image') return [`images are not allowed in text: ${JSON.stringify(token.raw)}`];
    if (token.type === 'link' && !isAllowedTextLink((token as Token & { href: string }).href)) {
      const href = (token as Token & { href: string }).href;
      return [
        `link to ${JSON.stringify(href)} is not allowed: link to a handbook page (/levels/…) or an https: address`,
      ];
    }
    if (token.type === 'link' && wordsOf(token.tokens ?? []).trim() === '') {
      return [
        `link to ${JSON.stringify((token as Token & { href: string }).href)} has no words to click: write them between the brackets, [like this](…)`,
      ];
    }
    return 'tokens' in token && token.tokens ? problemsIn(token.tokens) : [];
  });
}

/** The words a reader sees in inline tokens: link and emphasis text, code, never an address. */
function wordsOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if ('tokens' in token && token.tokens) return wordsOf(token.tokens);
      if (token.type === 'br') return ' ';
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
    })
    .join('');
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * The first word of `text` longer than `MAX_WORD_LENGTH` characters, if any. Words are what Unicode
 * word segmentation finds: runs between spaces, hyphens and punctuation; in scripts written without
 * spaces (Chinese, Japanese), dictionary words.
 */
export function overlongWord(text: string): { word: string; length: number } | undefined {
  for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
    const length = [...segment].length;
    if (isWordLike && length > MAX_WORD_LENGTH) return { word: segment, length };
  }
  return undefined;
}

/** What is wrong with a text field's inline Markdown, one message each; empty when it is fine. */
export function checkText(source: string): string[] {
  const tokens = Lexer.lexInline(source);
  const long = overlongWord(wordsOf(tokens));
  return [
    ...problemsIn(tokens),
    ...(long
      ? [
          `has a word of ${spelled(long.length)} characters ("${long.word.slice(0, 20)}…"): a word is at most ${MAX_WORD_LENGTH}, so break it with a space or a hyphen`,
        ]
      : []),
  ];
}

/**
 * Where reader-facing text is in each kind of file, `*` standing for every entry of a list: the
 * framework's names, titles, summaries and scale values; a level's title, role and closing words; a
 * section's title, lead-in, from → to, and its items' text and sub-points.
 */
const readerFacing: readonly (readonly string[])[] = [
  ['name'],
  ['summary'],
  ['competencies', '*', 'title'],
  ['competencies', '*', 'summary'],
  ['tracks', '*', 'title'],
  ['sectionKinds', '*', 'title'],
  ['scales', '*', 'title'],
  ['scales', '*', 'values', '*'],
  ['title'],
  ['role'],
  ['closing'],
  ['lead'],
  ['from'],
  ['to'],
  ['items', '*', 'text'],
  ['items', '*', 'subpoints', '*'],
];

/** The paths of `data` that `pattern` names and that hold text. */
function expand(
  data: unknown,
  pattern: readonly string[],
  path: (string | number)[] = [],
): (string | number)[][] {
  const [step, ...rest] = pattern;
  if (step === undefined) return typeof data === 'string' ? [path] : [];
  if (step === '*')
    return Array.isArray(data) ? data.flatMap((entry, index) => expand(entry, rest, [...path, index])) : [];
  if (!data || typeof data !== 'object' || !Object.hasOwn(data, step)) return [];
  return expand((data as Record<string, unknown>)[step], rest, [...path, step]);
}

/** The reader-facing text fields of each kind of file, by their path in the data. */
export function textFields(data: unknown): (string | number)[][] {
  return readerFacing.flatMap((pattern) => expand(data, pattern));
}
