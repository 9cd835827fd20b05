/**
 * Parsing MDX bodies with the reference MDX parser (micromark's MDX extension), positions kept, and
 * which of their links must resolve. `body-check.ts` checks what the parse finds.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { Root } from 'mdast';
import { mdxjs } from 'micromark-extension-mdxjs';

/** An MDX body as a syntax tree; throws, with a line and column, where it is not valid MDX. */
export function parseBody(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/** Whether a link is to the handbook itself (root-relative), and so must resolve. */
export function isHandbookLink(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
