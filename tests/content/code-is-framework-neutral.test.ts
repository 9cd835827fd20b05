/**
 * Nothing outside content/ is specific to one framework: the code never says the framework's words.
 * The words a level, a section or an item of content/ says (and the thesaurus's) must not appear, three
 * in a row, in the code of src/, so no placeholder, example search, label or schema description
 * repeats one framework's copy ("e.g. delegate, tradeoffs"). Comments may quote content as examples;
 * the table of default section kinds (src/schemas/section-kinds.ts) is the one place a framework's
 * words are the code's default, by design. It runs on whatever content/ holds.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { repoRoot } from '../support/sites';

/** How many of the content's words in a row make a phrase the code must not have. */
const RUN = 3;

/** Words as compared: lower-case runs of letters and digits; a kebab-case id stays one word. */
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((word) => (/^-|-$/.test(word) ? word.split('-') : [word]))
    .filter(Boolean);

/** Every prose string (one with a space) in a file's data, at any depth. */
function prose(value: unknown): string[] {
  if (typeof value === 'string') return /\s/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(prose);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [...prose(key), ...prose(inner)]);
  return [];
}

/** The content's phrases: every run of RUN words of its levels, sections and thesaurus. */
function contentPhrases(root: string): Set<string> {
  const { files } = compileContent(root);
  const texts = [
    ...files.levels.flatMap((level) => prose(level.data)),
    ...files.sections.flatMap((section) => prose(section.data)),
    ...prose(files.thesaurus?.data),
  ];
  const phrases = new Set<string>();
  for (const text of texts) {
    const run = words(text);
    for (let start = 0; start + RUN <= run.length; start += 1)
      phrases.add(run.slice(start, start + RUN).join(' '));
  }
  return phrases;
}

/** Source text without its comments (block, line and HTML), near enough for a search of words. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1 ');
}

/** The phrases of `phrases` that `source`'s code (comments aside) says. */
function phrasesIn(source: string, phrases: ReadonlySet<string>): string[] {
  const code = ` ${words(withoutComments(source)).join(' ')} `;
  return [...phrases].filter((phrase) => code.includes(` ${phrase} `));
}

describe('phrasesIn', () => {
  const phrases = new Set(['delegate ownership of', 'under-communicate technical tradeoffs']);
  it('finds a phrase of the content in code, case and punctuation aside', () => {
    expect(phrasesIn("const placeholder = 'e.g. Delegate  ownership, of';", phrases)).toEqual([
      'delegate ownership of',
    ]);
    expect(phrasesIn('<p>Under-communicate technical tradeoffs.</p>', phrases)).toEqual([
      'under-communicate technical tradeoffs',
    ]);
  });
  it('leaves comments, ids and parts of words alone', () => {
    expect(phrasesIn('/** e.g. delegate ownership of */\nconst a = 1;', phrases)).toEqual([]);
    expect(phrasesIn('const a = 1; // delegate ownership of', phrases)).toEqual([]);
    expect(phrasesIn('<!-- delegate ownership of -->', phrases)).toEqual([]);
    expect(phrasesIn("kind === 'delegate-ownership-of'", phrases)).toEqual([]);
    expect(phrasesIn("'delegates ownership of'", phrases)).toEqual([]);
    expect(phrasesIn("const url = 'https://example.org/delegate ownership of';", phrases)).toEqual([
      'delegate ownership of',
    ]);
  });
});

describe('the code of src/', () => {
  const phrases = contentPhrases(repoRoot);
  const files = globSync('src/**/*.{ts,mjs,js,astro,css}', { cwd: repoRoot }).filter(
    (file) => !file.endsWith(join('schemas', 'section-kinds.ts')),
  );

  it('is read whole: every source file, and a content of many phrases', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(phrases.size).toBeGreaterThan(100);
  });

  it("never says three words in a row of content/'s levels, sections and thesaurus", () => {
    const found = files.flatMap((file) =>
      phrasesIn(readFileSync(join(repoRoot, file), 'utf8'), phrases).map((phrase) => `${file}: "${phrase}"`),
    );
    expect(found).toEqual([]);
  });
});
