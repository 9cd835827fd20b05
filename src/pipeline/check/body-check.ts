/**
 * MDX bodies (a level's introduction, the "how to read it" guide) are Markdown, and nothing in them
 * runs: no `import`/`export`, no `{expressions}` (both run when the site is built), no `<script>`,
 * `<style>` or `<iframe>`, no event-handler attributes, no `javascript:` links; a few harmless
 * elements only. Links to the handbook must resolve; a heading must not take an item's or a section's
 * anchor. Each problem is placed at its line and column in the file. Bodies are parsed with the
 * reference MDX parser (micromark's MDX extension), positions kept.
 */
import Slugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { ContentProblem } from '../problems';
import type { SourceDocument } from '../read/read-content';
import { isAllowedTextLink } from './text-check';

/** An MDX body as a syntax tree; throws, with a line and column, where it is not valid MDX. */
function parseBody(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/** Whether a link is to the handbook itself (root-relative), and so must resolve. */
export function isHandbookLink(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** The only elements an author may write in a body, and their attributes. */
export const allowedElements: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  kbd: [],
  mark: [],
  sub: [],
  sup: [],
};
const neverAllowed = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
]);
const allowedList = Object.keys(allowedElements)
  .map((name) => `<${name}>`)
  .join(', ');

interface Found {
  line: number;
  column: number;
  message: string;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

function jsxProblems(name: string, attributes: readonly JsxAttribute[]): string[] {
  if (neverAllowed.has(name))
    return [`<${name}> is not allowed: nothing in content runs in a reader's browser`];
  const allowed = allowedElements[name];
  if (!allowed) {
    return [`<${name || 'fragment'}> is not allowed: content is Markdown, with ${allowedList} at most`];
  }
  return attributes.flatMap((attribute): string[] => {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      return ['{…} in an element runs code when the site is built, so it is not allowed'];
    }
    const { name: attributeName, value } = attribute;
    if (/^on/i.test(attributeName))
      return [`the "${attributeName}" attribute runs code, so it is not allowed`];
    if (attributeName === 'id')
      return ['ids belong to the handbook: link to an item or section instead of adding one'];
    if (typeof value === 'object' && value !== null) {
      return ['{…} in an attribute runs code when the site is built, so it is not allowed'];
    }
    return allowed.includes(attributeName)
      ? []
      : [`the "${attributeName}" attribute is not allowed on <${name}>`];
  });
}

/** What is wrong with a body, positioned in the body; `taken` names the page's own anchors. */
export function checkBody(
  body: string,
  options: { resolvable: ReadonlySet<string>; taken: (anchor: string) => string | undefined },
): Found[] {
  const found: Found[] = [];
  const tree = parseBody(body);
  const slugger = new Slugger();
  const at = (node: Nodes, message: string) =>
    found.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, 'import and export are not allowed: content is data, not code');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, '{…} runs code when the site is built, so it is not allowed: write \\{ for a brace');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const message of jsxProblems(node.name ?? '', node.attributes as JsxAttribute[]))
          at(node, message);
        break;
      case 'link':
      case 'definition':
        if (
          node.type === 'link' &&
          toString(node).trim() === '' &&
          !node.children.some((c) => c.type === 'image')
        )
          at(
            node,
            `link to "${node.url}" has no words to click: write them between the brackets, [like this](…)`,
          );
        if (isHandbookLink(node.url)) {
          if (!options.resolvable.has(node.url))
            at(node, `link to "${node.url}": the handbook has no such page or anchor`);
        } else if (!node.url.startsWith('#') && !isAllowedTextLink(node.url)) {
          at(
            node,
            `link to "${node.url}" is not allowed: link to a handbook page (/levels/…) or an https: address`,
          );
        }
        break;
      case 'image':
        if (!isHandbookLink(node.url)) {
          at(
            node,
            "an image from another site would make every reader's browser fetch it: put it in public/ and write its path (/…)",
          );
        }
        break;
      case 'heading': {
        const anchor = slugger.slug(toString(node));
        const owner = options.taken(anchor);
        if (owner)
          at(node, `this heading's anchor #${anchor} is already taken by ${owner}: reword the heading`);
        break;
      }
      default:
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

/** Every problem of these documents' bodies, as content problems at their place in the file. */
export function findBodyProblems(
  documents: readonly SourceDocument<unknown>[],
  options: {
    resolvable: ReadonlySet<string>;
    taken: (document: SourceDocument<unknown>, anchor: string) => string | undefined;
  },
): ContentProblem[] {
  return documents.flatMap((document) => {
    const place = (line: number, column: number) => ({
      file: document.file,
      line: document.bodyLine + line - 1,
      column,
      field: '',
    });
    try {
      return checkBody(document.body, {
        resolvable: options.resolvable,
        taken: (anchor) => options.taken(document, anchor),
      }).map(({ line, column, message }) => ({ ...place(line, column), message }));
    } catch (error) {
      // The MDX parser's errors carry where they are.
      const { line = 1, column = 1, reason } = error as { line?: number; column?: number; reason?: string };
      return [{ ...place(line, column), message: `MDX: ${reason ?? String(error)}` }];
    }
  });
}
