/**
 * Elements described as plain data, built into the page with `textContent` and `setAttribute` only:
 * what a script shows from fetched data (src/client/then-now.ts, the worksheet's marks) is never
 * parsed as HTML, and its shape can be tested without a browser.
 */

export interface TreeElement {
  tag: string;
  attributes?: Record<string, string>;
  children: Tree[];
}

/** Text, or an element. */
export type Tree = string | TreeElement;

export const h = (tag: string, attributes: Record<string, string>, ...children: Tree[]): TreeElement => ({
  tag,
  attributes,
  children,
});

/** The tree as DOM nodes of `document`. */
export function build(tree: Tree, document: Document): Node {
  if (typeof tree === 'string') return document.createTextNode(tree);
  const element = document.createElement(tree.tag);
  for (const [name, value] of Object.entries(tree.attributes ?? {})) element.setAttribute(name, value);
  for (const child of tree.children) element.append(build(child, document));
  return element;
}
