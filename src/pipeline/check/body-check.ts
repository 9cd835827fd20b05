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
import { handbookLinkProblem, isHandbookLink } from './text-links';
import { pageIds } from '../urls/page-ids';

export { isHandbookLink };

/** An MDX body as a syntax tree; throws, with a line and column, where it is not valid MDX. */
function parseBody(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/**
 * What the site's Markdown renderer (GitHub-flavoured) makes of plain text that the reference parser
 * leaves as text: a bare `www.…` or `http://…` becomes a link (GFM's autolink literals), and `[^note]`
 * a footnote, whose generated ids (`footnote-label`, `user-content-fn-…`) could take an anchor the
 * handbook gives an item. Found in the source of each text node, so their place is exact.
 */
const footnotes =
  "footnotes are not allowed: the ids they generate (footnote-label, user-content-fn-…) could take an item's anchor; write the note as a sentence";
const gfmInText: { pattern: RegExp; message: (found: string) => string }[] = [
  {
    pattern: /(?<=^|[\s*_~(])(?:www\.|http:\/\/)[^\s<]*/giu,
    message: (found) => {
      // GFM leaves trailing punctuation out of the link.
      const written = found.replace(/[.,:;!?"')*_~]+$/u, '');
      const address = written.replace(/^http:\/\//iu, '');
      return `"${written}" becomes a link to an http: address: write [words](https://${address}), with https://`;
    },
  },
  { pattern: /\[\^[^\]\s]*\]/gu, message: () => footnotes },
];

/** The anchors a body's own headings get (as the site slugs them), to which `#fragment` links may lead. */
function headingAnchors(tree: Root): Set<string> {
  const slugger = new Slugger();
  const anchors = new Set<string>();
  const walk = (node: Nodes) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return anchors;
}

/** Ids every page gives elements of its own (`#main`…), to which a `#fragment` link may lead. */
const pageOwnIds = new Set<string>(
  Object.values(pageIds).filter((id): id is string => typeof id === 'string'),
);

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
  // Own entries only: `<constructor>` must not find what every object inherits.
  const allowed = Object.hasOwn(allowedElements, name) ? allowedElements[name] : undefined;
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
  options: {
    resolvable: ReadonlySet<string>;
    taken: (anchor: string) => string | undefined;
    /** The address of the page the body is shown on: `#fragment` links must name an anchor there. */
    pageUrl?: string | undefined;
  },
): Found[] {
  const found: Found[] = [];
  const tree = parseBody(body);
  const slugger = new Slugger();
  const ownAnchors = headingAnchors(tree);
  const at = (node: Nodes, message: string) =>
    found.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
  /** A problem `offset` characters into the body. */
  const atOffset = (offset: number, message: string) => {
    const before = body.slice(0, offset).split('\n');
    found.push({ line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message });
  };
  const fragmentResolves = (url: string) => {
    const fragment = decodeFragment(url.slice(1));
    return (
      ownAnchors.has(fragment) ||
      pageOwnIds.has(fragment) ||
      (options.pageUrl !== undefined && options.resolvable.has(`${options.pageUrl}#${fragment}`))
    );
  };
  const checkLink = (node: Nodes & { url: string }) => {
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
      const problem = handbookLinkProblem(node.url, options.resolvable);
      if (problem) at(node, problem);
    } else if (node.url.startsWith('#')) {
      if (options.pageUrl !== undefined && !fragmentResolves(node.url))
        at(node, `link to "${node.url}": this page has no such anchor`);
    } else if (!isAllowedTextLink(node.url)) {
      at(
        node,
        `link to "${node.url}" is not allowed: link to a handbook page (/levels/…) or an https: address`,
      );
    }
  };
  const walk = (node: Nodes, inLink = false) => {
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
      case 'text': {
        // Words a link already wraps are its text: GFM links nothing inside a link.
        if (inLink) break;
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) break;
        const source = body.slice(start, end);
        for (const { pattern, message } of gfmInText) {
          for (const match of source.matchAll(pattern)) atOffset(start + match.index, message(match[0]));
        }
        break;
      }
      case 'linkReference':
      case 'imageReference':
        if (node.label?.startsWith('^')) at(node, footnotes);
        break;
      case 'definition':
        // A definition whose label starts with ^ is a footnote's note; any other holds a link's address.
        if (node.label?.startsWith('^')) at(node, footnotes);
        else checkLink(node);
        break;
      case 'link':
        checkLink(node);
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
    const linked = inLink || node.type === 'link' || node.type === 'linkReference';
    if ('children' in node) for (const child of node.children) walk(child as Nodes, linked);
  };
  walk(tree);
  return found;
}

/** A fragment as the browser matches it against ids: percent-escapes decoded where they are valid. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Every problem of these documents' bodies, as content problems at their place in the file. */
export function findBodyProblems(
  documents: readonly SourceDocument<unknown>[],
  options: {
    resolvable: ReadonlySet<string>;
    taken: (document: SourceDocument<unknown>, anchor: string) => string | undefined;
    /** The address of the page a document's body is shown on. */
    pageOf?: (document: SourceDocument<unknown>) => string | undefined;
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
        pageUrl: options.pageOf?.(document),
      }).map(({ line, column, message }) => ({ ...place(line, column), message }));
    } catch (error) {
      // The MDX parser's errors carry where they are.
      const { line = 1, column = 1, reason } = error as { line?: number; column?: number; reason?: string };
      return [{ ...place(line, column), message: `MDX: ${reason ?? String(error)}` }];
    }
  });
}
