/**
 * Content tests on the built site: whatever `content/` holds builds at `/` and under `/handbook/`,
 * with exactly the pages its model publishes; every link and `#fragment` resolves, every item and
 * section has its anchor, and every page keeps to the byte budgets. The checks are the ones the
 * product tests run on the fixtures (tests/support/checks/), given `content/`'s builds; everything
 * they expect comes from the compiled model or the built pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedUrls } from '../../src/pipeline/urls/permalinks';
import { describeAnchors } from '../support/checks/anchors';
import { describeBudgets } from '../support/checks/budgets';
import { describeLinks } from '../support/checks/links';
import { readModel } from '../support/content';
import { isDataFile, pagePath, readPages } from '../support/html';
import { contentSites, repoRoot } from '../support/sites';

const handbook = readModel(repoRoot);

describe.each(contentSites)('pages, $name', (site) => {
  it('builds every page the content publishes, a redirect page for every former level page, and the not-found page', () => {
    const expected = new Set([
      // The data the pages read (the changelog's feed, since-a-release data) is no page.
      ...publishedUrls(handbook)
        .filter((url) => !isDataFile(url))
        .map(pagePath),
      ...handbook.redirects.map(({ from }) => pagePath(from)),
      '404.html',
    ]);
    expect(
      readPages(site)
        .map((built) => built.path)
        .sort(),
    ).toEqual([...expected].sort());
  });
});

describe.each(contentSites)('data files, $name', (site) => {
  it("writes the data the content publishes besides its pages: the changelog's feed and since-a-release data", () => {
    const files = publishedUrls(handbook).filter(isDataFile);
    expect(files.filter((url) => !existsSync(join(site.dir, url.slice(1))))).toEqual([]);
  });
});

for (const site of contentSites) {
  describeLinks(site);
  describeAnchors(site);
  describeBudgets(site);
}
