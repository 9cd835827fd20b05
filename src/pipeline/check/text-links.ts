/**
 * Links in text fields (an item's words and sub-points, a lead-in, the mindset shift, closing words)
 * are held to the rule links in MDX bodies are held to: a link to the handbook must lead to a page or
 * anchor the handbook publishes, `#fragment` included, and is written with `/` only. The text check
 * (`text-check.ts`) already refuses every scheme but `https:` and `mailto:`; this check needs the built
 * model, so it runs with the model's checks (`model-checks.ts`).
 */
import { Lexer, type Token } from 'marked';
import type { ContentProblem } from '../problems';
import type { SourceDocument } from '../read/read-content';
import { problemAt } from './report';

/** Whether a link is to the handbook itself (root-relative), and so must resolve. */
export function isHandbookLink(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/**
 * What is wrong with a handbook link (`/levels/4/#x`), or undefined when it resolves. A backslash
 * turns `/\evil.example` into another site's address in a browser, and an encoded slash (`%2F`, `%5C`)
 * names no page the handbook publishes: both are refused with their own reason.
 */
export function handbookLinkProblem(url: string, resolvable: ReadonlySet<string>): string | undefined {
  if (url.includes('\\') || /%(2f|5c)/i.test(url)) {
    return `link to ${JSON.stringify(url)} is not allowed: write a handbook address with / alone, no backslash (\\) or encoded slash (%2F, %5C)`;
  }
  if (!resolvable.has(url)) return `link to ${JSON.stringify(url)}: the handbook has no such page or anchor`;
  return undefined;
}

/** The fields of a level or section file that are shown as inline Markdown, by their path in the data. */
export function inlineMarkdownFields(data: unknown): (string | number)[][] {
  const record = (data ?? {}) as Record<string, unknown>;
  const paths: (string | number)[][] = [];
  for (const field of ['lead', 'from', 'to', 'closing'])
    if (typeof record[field] === 'string') paths.push([field]);
  const items: unknown[] = Array.isArray(record['items']) ? record['items'] : [];
  items.forEach((item, index) => {
    paths.push(['items', index, 'text']);
    const subpoints = (item as { subpoints?: unknown } | null)?.subpoints;
    if (Array.isArray(subpoints))
      subpoints.forEach((_, point) => paths.push(['items', index, 'subpoints', point]));
  });
  return paths;
}

/** Every link target written in a piece of inline Markdown, in order. */
export function linksIn(source: string): string[] {
  const walk = (tokens: readonly Token[]): string[] =>
    tokens.flatMap((token) => [
      ...(token.type === 'link' ? [(token as Token & { href: string }).href] : []),
      ...('tokens' in token && token.tokens ? walk(token.tokens) : []),
    ]);
  return walk(Lexer.lexInline(source));
}

/** What is wrong with the handbook links of one piece of inline Markdown, one message each. */
export function checkTextLinks(source: string, resolvable: ReadonlySet<string>): string[] {
  return linksIn(source).flatMap((url) => {
    const problem = isHandbookLink(url) ? handbookLinkProblem(url, resolvable) : undefined;
    return problem ? [problem] : [];
  });
}

/** Every handbook link in these documents' inline Markdown fields that does not resolve, at its field. */
export function findTextLinkProblems(
  documents: readonly SourceDocument<unknown>[],
  resolvable: ReadonlySet<string>,
): ContentProblem[] {
  return documents.flatMap((document) =>
    inlineMarkdownFields(document.data).flatMap((path) => {
      const value = path.reduce<unknown>(
        (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
        document.data,
      );
      if (typeof value !== 'string') return [];
      return checkTextLinks(value, resolvable).map((message) => problemAt(document, path, message));
    }),
  );
}
