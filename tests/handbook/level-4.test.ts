/**
 * Content tests for the Level 4 handbook, which apply only while `content/` holds it (an adopter's
 * framework does not: `holdsLevel4()` in tests/support/checks/fidelity.ts). Then the Level 4 fixture,
 * tests/fixtures/level-4/content/, must be a byte-identical copy of `content/`, so the product tests
 * test what is published (and its sites and `content/`'s are one build); and `content/`'s site is
 * held to the Level 4 source, as the fixture's is.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFidelity, holdsLevel4 } from '../support/checks/fidelity';
import { readModel } from '../support/content';
import { contentRootSite, differingFiles, level4Fixture, repoRoot } from '../support/sites';

const level4 = holdsLevel4(readModel(repoRoot), readModel(level4Fixture));

describe('content/ and the Level 4 fixture', () => {
  it('keep one copy of the Level 4 handbook while content/ holds it: tests/fixtures/level-4/content/ is content/, byte for byte', () => {
    const differences = level4
      ? differingFiles(join(repoRoot, 'content'), join(level4Fixture, 'content'))
      : [];
    expect(
      differences,
      'content/ holds the Level 4 handbook: copy it into the fixture (rm -r tests/fixtures/level-4/content && cp -R content tests/fixtures/level-4/content)',
    ).toEqual([]);
  });
});

if (level4) describeFidelity(contentRootSite);
