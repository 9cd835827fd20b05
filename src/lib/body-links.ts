/**
 * Links written in MDX bodies (a level's introduction, the "how to read it" guide) to the handbook's
 * own pages: `[the habit](/levels/4/#synthesize-perspectives)`. Each is checked against what the
 * handbook publishes, like every other reference, so a mistyped or stale link fails with file:line:col
 * instead of landing nowhere. Pages add the base path when they render them (MdxLink.astro).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import type { Position } from './frontmatter';
import type { ContentProblem } from './problems';
import type { SourceDocument } from './read-content';

export interface BodyLink extends Position {
  url: string;
}

/** Every Markdown link in `body`, positioned in the body (line 1 is its first line). */
export function linksIn(body: string): BodyLink[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && 'url' in node && node.position) {
      links.push({ url: node.url, line: node.position.start.line, column: node.position.start.column });
    }
  });
  return links;
}

/** Whether a link is to the handbook itself (root-relative), and so must resolve. */
export function isHandbookLink(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Links in MDX bodies to handbook pages or anchors that do not exist, and bodies that do not parse. */
export function findBrokenBodyLinks(
  documents: readonly SourceDocument<unknown>[],
  resolvable: ReadonlySet<string>,
): ContentProblem[] {
  return documents.flatMap((document) => {
    const at = (line: number, column: number) => ({
      file: document.file,
      line: document.bodyLine + line - 1,
      column,
      field: '',
    });
    let links: BodyLink[];
    try {
      links = linksIn(document.body);
    } catch (error) {
      // The MDX parser's errors carry where they are.
      const { line = 1, column = 1, reason } = error as { line?: number; column?: number; reason?: string };
      return [{ ...at(line, column), message: `MDX: ${reason ?? String(error)}` }];
    }
    return links
      .filter(({ url }) => isHandbookLink(url) && !resolvable.has(url))
      .map(({ url, line, column }) => ({
        ...at(line, column),
        message: `link to "${url}": the handbook has no such page or anchor`,
      }));
  });
}
