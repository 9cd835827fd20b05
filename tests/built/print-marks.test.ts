/**
 * What prints is said by each component (`print:hidden`, `print-only`; src/styles/base.css), not by a
 * list of class names in print.css. So that a new control cannot print by accident: every navigation,
 * button, search box, dialog and anchor link on every built page is marked `print:hidden`, itself or
 * through an ancestor; and the fields a reader of paper writes in are not.
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readPages } from '../support/html';
import { ladderSites, level4Sites } from '../support/sites';

const screenOnly = 'nav, button, search, dialog, select, .anchor-link, .skip-link';
const paper = '[data-worksheet-notes], [data-worksheet-seen], [data-print-address]';

/** Whether an element or one of its ancestors carries `print:hidden`. */
function hiddenInPrint(element: HTMLElement | null): boolean {
  for (let at = element; at; at = at.parentNode as HTMLElement | null) {
    if (at.classList?.contains('print:hidden')) return true;
  }
  return false;
}

const describeElement = (path: string, element: HTMLElement) =>
  `${path || '/'}: <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;

describe.each([...level4Sites, ...ladderSites])('print marks, $name', (site) => {
  const pages = readPages(site);

  it('marks every control and navigation that only works on a screen print:hidden', () => {
    const found = pages.flatMap(({ path, document }) =>
      document.querySelectorAll(screenOnly).map((element) => ({ path, element })),
    );
    expect(found.length).toBeGreaterThan(pages.length);
    const unmarked = found
      .filter(({ element }) => !hiddenInPrint(element))
      .map(({ path, element }) => describeElement(path, element));
    expect(unmarked).toEqual([]);
  });

  it('leaves what paper needs printable: the worksheet fields and the address a page was printed from', () => {
    const found = pages.flatMap(({ path, document }) =>
      document.querySelectorAll(paper).map((element) => ({ path, element })),
    );
    expect(found.length).toBeGreaterThan(pages.length);
    const hidden = found
      .filter(({ element }) => hiddenInPrint(element))
      .map(({ path, element }) => describeElement(path, element));
    expect(hidden).toEqual([]);
  });
});
