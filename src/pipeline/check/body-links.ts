/**
 * Parsing MDX bodies with the reference MDX parser (micromark's MDX extension), positions kept, and
 * the links in them. src/pipeline/check/body-check.ts checks what the parse finds.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { Root } from 'mdast';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import type { Position } from '../read/frontmatter';

export interface BodyLink extends Position {
  url: string;
}

/** An MDX body as a syntax tree; throws, with a line and column, where it is not valid MDX. */
export function parseBody(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/** Every Markdown link in `body`, positioned in the body (line 1 is its first line). */
export function linksIn(body: string): BodyLink[] {
  const links: BodyLink[] = [];
  visit(parseBody(body), (node) => {
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
