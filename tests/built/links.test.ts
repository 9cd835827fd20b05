/**
 * Every internal link and `#fragment` in the built fixtures resolves, at the root and under
 * /handbook/, and nothing is fetched from another site (tests/support/checks/links.ts); the Level 4
 * fixture builds the pages a one-level handbook has.
 */
import { describe, expect, it } from 'vitest';
import { describeLinks } from '../support/checks/links';
import { readPages } from '../support/html';
import { ladderSites, level4Sites } from '../support/sites';

describe.each(level4Sites)('pages, $name', (site) => {
  it('builds the home, 404, search, level, rubric and nine section pages, its changelog, and no ladder or compare pages', () => {
    const paths = readPages(site).map((built) => built.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '',
        '404.html',
        'levels/4/',
        'levels/4/key-behaviors/',
        'levels/4/signals-youre-ready-to-level-up/',
        'levels/4/rubric/',
        'search/',
        'changes/',
        'case/',
        'calibrate/',
      ]),
    );
    expect(paths).toHaveLength(17);
  });
});

for (const site of [...level4Sites, ...ladderSites]) describeLinks(site);
