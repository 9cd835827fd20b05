/**
 * The test support that keeps the two kinds of tests apart: when two content folders are the same
 * byte for byte (then content/'s sites and the Level 4 fixture's are one build), and when a content
 * folder holds the Level 4 handbook (then content/ is held to the Level 4 source, and its fixture copy
 * must be content/).
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allItems } from '../../src/pipeline/model/model';
import { holdsLevel4 } from '../support/checks/fidelity';
import { copyContent, removeCopies } from '../support/content-copy';
import { readModel } from '../support/content';
import {
  contentIsLevel4Fixture,
  contentSites,
  differingFiles,
  ladderFixture,
  level4Fixture,
  level4Sites,
  repoRoot,
} from '../support/sites';

afterEach(removeCopies);

const level4 = readModel(level4Fixture);
const keyBehaviors = 'content/sections/level-4/key-behaviors.mdx';

describe('differingFiles', () => {
  it('names every file one folder lacks or holds with other bytes, and none of equal folders', () => {
    const copy = copyContent(level4Fixture);
    const content = (root: string) => join(root, 'content');
    expect(differingFiles(content(copy.root), content(level4Fixture))).toEqual([]);
    copy.edit(keyBehaviors, (text) => `${text} `);
    writeFileSync(copy.path('content/notes.txt'), 'fixture notes');
    rmSync(copy.path('content/thesaurus.yaml'));
    expect(differingFiles(content(copy.root), content(level4Fixture))).toEqual([
      'notes.txt',
      'sections/level-4/key-behaviors.mdx',
      'thesaurus.yaml',
    ]);
  });

  it('builds the Level 4 fixture as content/ exactly when content/ is the fixture', () => {
    expect(contentIsLevel4Fixture).toBe(
      differingFiles(join(repoRoot, 'content'), join(level4Fixture, 'content')).length === 0,
    );
    const dirs = (sites: typeof contentSites) => sites.map((site) => site.dir);
    if (contentIsLevel4Fixture) expect(dirs(level4Sites)).toEqual(dirs(contentSites));
    else expect(dirs(level4Sites).filter((dir) => dirs(contentSites).includes(dir))).toEqual([]);
  });
});

describe('holdsLevel4', () => {
  it('recognises the Level 4 handbook, reworded too, and not a framework of other items', () => {
    expect(holdsLevel4(level4, level4)).toBe(true);
    expect(holdsLevel4(readModel(ladderFixture), level4)).toBe(false);

    const reworded = copyContent(level4Fixture);
    reworded.edit(keyBehaviors, (text) => text.replace('text: ', 'text: Fixture rewording. '));
    expect(holdsLevel4(readModel(reworded.root), level4)).toBe(true);
  });

  it('does not take a level 4 of its own, with other items, for the Level 4 handbook', () => {
    const adopter = copyContent(level4Fixture);
    const ids = new Set(allItems(level4).map((item) => item.id));
    const sections = 'content/sections/level-4';
    // Every item id, and every mention of one (related: [id, 5#id]), renamed.
    const rename = (text: string) =>
      text.replace(/(id: |\[|, |#)([a-z0-9-]+)/g, (whole, before: string, id: string) =>
        ids.has(id) ? `${before}fixture-${id}` : whole,
      );
    for (const file of readdirSync(adopter.path(sections))) adopter.edit(`${sections}/${file}`, rename);
    adopter.write('content/permalinks.json', '{ "urls": [] }\n');
    const model = readModel(adopter.root);
    expect(model.levels.map((level) => level.id)).toEqual(['4']);
    expect(allItems(model).filter((item) => ids.has(item.id))).toEqual([]);
    expect(holdsLevel4(model, level4)).toBe(false);
  });
});
