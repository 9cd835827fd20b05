/** axe-core's WCAG 2.2 A and AA checks on a page in Chromium, for the product and the content tests. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The colour schemes, each at the width it is checked at: every page is seen wide and narrow, light and dark. */
export const axeSchemes = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 320 },
] as const;

/** Each violation on `page` as one readable line: rule, impact and the first offending element. */
export async function violations(page: Page): Promise<string[]> {
  // Not `resultTypes: ['violations']`: it would be quicker, but it makes landmark-unique report a
  // false violation on the fixture ladder's rubric.
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.nodes[0]?.target.join(' ') ?? ''}`,
  );
}
