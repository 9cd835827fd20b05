/**
 * Indexes the built site with Pagefind's Node API, so `astro build` alone produces the whole site,
 * search included. Pagefind reports failures as `{ errors }` instead of throwing: every response is
 * checked, and any error fails the build.
 *
 * What is indexed is a copy of the site's pages in which each item also carries the dictionary's words
 * for its own (src/pipeline/search/expansion.ts), weighted below its own words and its thesaurus
 * terms: search finds the item by a reader's word nobody listed, while the published page carries
 * none of it.
 */
import { globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse, type HTMLElement } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { readItemTitle } from '../client/item-title';
import {
  expandText,
  expandTexts,
  type ExpansionTerm,
  type ExpansionTier,
} from '../pipeline/search/expansion';

export class PagefindError extends Error {
  override name = 'PagefindError';
}

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new PagefindError(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`, {
      cause: response.errors,
    });
  }
  return response;
}

/**
 * Files Pagefind writes that the handbook never loads: its own search UIs and highlighter (the
 * handbook has its own box), the worker (src/client/search.ts searches in the page) and the WebAssembly
 * for pages of no language (every page is `lang="en"`, indexed as English). Removed so the site ships
 * only what readers use: about a third of the bundle.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
  'wasm.unknown.pagefind',
] as const;

/**
 * How much a hit in an item's dictionary words weighs, against 1 for its own words (and 0.8 for its
 * thesaurus terms, src/components/item/Item.astro): a reader's word finds the item, and the framework's
 * own words still rank first.
 */
export const EXPANSION_WEIGHTS: Record<ExpansionTier, number> = { synonym: 0.5, gloss: 0.25 };

/**
 * A page's text with a space on each side of every dash and slash between words: Pagefind reads
 * "clarity—and" as one word, so "clarity" would not find it. Only text between tags changes: the
 * words a result shows come from the item's title attribute, as written.
 */
export function spacedDashes(html: string): string {
  return html.replace(/>[^<]+</g, (text) => text.replace(/(?<=\S)([—–/])(?=\S)/g, ' $1 '));
}

/**
 * A page as search indexes it: its dashes spaced (`spacedDashes`), and each item (an element whose
 * `data-pagefind-title` names a place) with its dictionary words added at the end, one hidden span per
 * tier.
 */
export function indexedPage(
  html: string,
  expand: (text: string) => ExpansionTerm[] = expandText,
  found: readonly Item[] = items(html),
): string {
  return spacedDashes(withExpansion(html, expand, found));
}

/** An item of a page: its title read, and where its element ends in the page's HTML. */
interface Item {
  title: ReturnType<typeof readItemTitle>;
  tag: string;
  end: number;
}

/** The items of a page: elements whose `data-pagefind-title` names a place. */
function items(html: string): Item[] {
  if (!html.includes('data-pagefind-title')) return [];
  // Only the page's main part holds items: parsing it alone halves the work on a large handbook.
  const start = Math.max(0, html.indexOf('<main'));
  const close = html.indexOf('</main>', start);
  const end = close === -1 ? html.length : close + '</main>'.length;
  return parse(html.slice(start, end), { blockTextElements: { script: false, style: false } })
    .querySelectorAll('[data-pagefind-title]')
    .map((element: HTMLElement) => ({
      // The selector asks for the attribute: every element found has it.
      title: readItemTitle(element.getAttribute('data-pagefind-title') as string),
      tag: element.rawTagName,
      end: start + element.range[1],
    }))
    .filter(({ title }) => title.context !== undefined);
}

/** Each item of a page (an element whose `data-pagefind-title` names a place) with its dictionary words. */
export function withExpansion(
  html: string,
  expand: (text: string) => ExpansionTerm[] = expandText,
  found: readonly Item[] = items(html),
): string {
  const additions: { at: number; html: string }[] = [];
  for (const { title, tag, end } of found) {
    const terms = expand(title.text);
    const spans = Object.entries(EXPANSION_WEIGHTS)
      .map(([tier, weight]) => {
        const words = terms.filter((term) => term.tier === tier).map((term) => term.term);
        return words.length === 0
          ? ''
          : `<span hidden data-pagefind-weight="${weight}"> ${words.join(' ')} </span>`;
      })
      .join('');
    const closing = `</${tag}>`;
    if (spans && html.slice(end - closing.length, end).toLowerCase() === closing.toLowerCase())
      additions.push({ at: end - closing.length, html: spans });
  }
  return additions
    .sort((a, b) => b.at - a.at)
    .reduce((out, { at, html: added }) => out.slice(0, at) + added + out.slice(at), html);
}

/**
 * Indexes every HTML page in `siteDir` and writes the bundle to `siteDir/pagefind/`. Returns the pages
 * indexed. `expand` gives an item's dictionary words (WordNet's; the relevance suite measures search
 * without them too).
 */
export async function indexSite(
  siteDir: string,
  { expand = expandText }: { expand?: (text: string) => ExpansionTerm[] } = {},
): Promise<number> {
  // The pages as search reads them, in a folder of their own: the published ones are never written.
  const staging = mkdtempSync(join(tmpdir(), 'handbook-index-'));
  try {
    const pages = globSync('**/*.html', { cwd: siteDir }).map((page) => {
      const html = readFileSync(join(siteDir, page), 'utf8');
      return { page, html, found: items(html) };
    });
    const expansions = expandTexts(
      pages.flatMap(({ found }) => found.map(({ title }) => title.text)),
      expand,
    );
    for (const { page, html, found } of pages) {
      mkdirSync(dirname(join(staging, page)), { recursive: true });
      // Every item's text was expanded above.
      writeFileSync(
        join(staging, page),
        indexedPage(html, (text) => expansions.get(text) as ExpansionTerm[], found),
      );
    }
    const { index } = check('create an index', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new PagefindError('Pagefind returned no index');
    const { page_count } = check('index the site', await index.addDirectory({ path: staging }));
    if (page_count === 0) throw new PagefindError(`Pagefind found no pages to index in ${siteDir}`);
    const outputPath = join(siteDir, 'pagefind');
    check('write the index', await index.writeFiles({ outputPath }));
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
    return page_count;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'handbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages for search`);
      },
    },
  };
}
