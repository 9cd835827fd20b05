import { afterEach, describe, expect, it } from 'vitest';
import { allItems, type Handbook } from '../../src/pipeline/model/model';
import { contextFrom, parseItemRef, refKey } from '../../src/pipeline/model/threads';
import { compileContent } from '../../src/pipeline/compile';
import { formatProblem } from '../../src/pipeline/problems';
import { readModel } from '../support/content';
import { copyContent, removeCopies } from '../support/content-copy';
import { ladderFixture } from '../support/sites';

afterEach(removeCopies);

const item = (handbook: Handbook, level: string, id: string) => {
  const found = allItems(handbook).find((candidate) => candidate.level === level && candidate.id === id);
  if (!found) throw new Error(`no item ${level}#${id}`);
  return found;
};

describe('item references', () => {
  it('read an id in the same level, or <level>#<id> in another', () => {
    expect(parseItemRef('builds-product-sense', '4')).toEqual({ level: '4', id: 'builds-product-sense' });
    expect(parseItemRef('5#sets-direction', '4')).toEqual({ level: '5', id: 'sets-direction' });
    expect(refKey({ level: '5', id: 'sets-direction' })).toBe('5#sets-direction');
  });
});

describe('threads', () => {
  const ladder = readModel(ladderFixture);

  it('lists related items in the order written, with their words, URL and context', () => {
    expect(item(ladder, '2', 'fixture-designs-widgets').related).toEqual([
      {
        level: '2',
        id: 'fixture-habit-one',
        url: '/levels/2/#fixture-habit-one',
        text: 'Fixture habit, review fixture widgets weekly',
        context: 'Fixture Level 2 · Fixture Craft · Fixture Build These Habits',
      },
      expect.objectContaining({ id: 'fixture-ready-two' }),
      expect.objectContaining({
        id: 'fixture-struggles-to-delegate',
        context: 'Fixture Level 2 · Fixture People · Fixture Common Struggles',
      }),
    ]);
  });

  it('computes backlinks, across levels too', () => {
    expect(item(ladder, '2', 'fixture-habit-one').backlinks.map(({ url }) => url)).toEqual([
      '/levels/2/#fixture-designs-widgets',
    ]);
    expect(item(ladder, '2', 'fixture-designs-widgets').backlinks.map(({ url }) => url)).toEqual([
      '/levels/3-ic/#fixture-sets-standards',
    ]);
    expect(item(ladder, '3-ic', 'fixture-sets-standards').related.map(({ url }) => url)).toEqual([
      '/levels/2/#fixture-designs-widgets',
    ]);
  });

  it('follows a related item through its former id, so renaming it breaks no thread', () => {
    const copy = copyContent();
    copy.edit('content/sections/level-2/fixture-craft/build-these-habits.mdx', (text) =>
      text.replace('  - id: fixture-habit-one\n', '  - id: fixture-habit-review\n    formerIds: [fixture-habit-one]\n'),
    );
    const renamed = readModel(copy.root);
    expect(item(renamed, '2', 'fixture-designs-widgets').related[0]?.url).toBe(
      '/levels/2/#fixture-habit-review',
    );
    expect(item(renamed, '2', 'fixture-habit-review').backlinks).toHaveLength(1);
  });

  it('has no threads where none are written', () => {
    expect(allItems(readModel(ladderFixture)).filter((found) => found.related.length > 0)).toHaveLength(2);
  });
});

describe('threads written twice over', () => {
  it('reports an item named by its id and by a former id, rather than dropping one without a word', () => {
    const copy = copyContent();
    copy.edit('content/sections/level-2/fixture-craft/build-these-habits.mdx', (text) =>
      text.replace('  - id: fixture-habit-one\n', '  - id: fixture-habit-one\n    formerIds: [fixture-old-habit]\n'),
    );
    copy.edit('content/sections/level-2/fixture-craft/key-behaviors.mdx', (text) =>
      text.replace('related: [fixture-habit-one,', 'related: [fixture-habit-one, fixture-old-habit,'),
    );
    expect(compileContent(copy.root).problems.map(formatProblem)).toEqual([
      'content/sections/level-2/fixture-craft/key-behaviors.mdx:11:34 items[1].related[1] "fixture-old-habit" is a former id of "fixture-habit-one", which related[0] already names: list it once, by its id',
    ]);
  });
});

describe('contextFrom', () => {
  it('says where a related item is from the item that names it, leaving out what they share', () => {
    expect(contextFrom('Level 4 · Key Behaviors', 'Level 4 · Build These Habits')).toBe('Build These Habits');
    expect(contextFrom('Level 4 · Craft · Key Behaviors', 'Level 4 · People · Common Struggles')).toBe(
      'People · Common Struggles',
    );
    expect(contextFrom('Level 4 · Key Behaviors', 'Level 5 · Key Behaviors')).toBe('Level 5 · Key Behaviors');
    expect(contextFrom('Level 4 · Key Behaviors', 'Level 4 · Key Behaviors')).toBe('Key Behaviors');
  });
});
