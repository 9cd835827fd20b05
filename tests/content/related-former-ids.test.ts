/**
 * No silent drops in threads: a `related` reference is resolved to its item, through the item's and
 * the level's former ids, before it is compared with the item itself and with the references before
 * it, so naming the item itself by a former id, or one item by two of its ids, is a line that says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { formatProblem } from '../../src/pipeline/problems';
import { copyContent, removeCopies } from '../support/content-copy';

afterEach(removeCopies);

const problemsWith = (name: string) => {
  const copy = copyContent();
  copy.spoil(name);
  return compileContent(copy.root).problems.map(formatProblem);
};

const level2Craft = 'content/sections/level-2/fixture-craft/key-behaviors.mdx';

describe('related, resolved through former ids', () => {
  it.each([
    [
      'related-self-former-id',
      `${level2Craft}:13:15 items[1].related[0] "fixture-drafts-widgets" is a former id of this item, and an item cannot be related to itself`,
    ],
    [
      'related-twice-former-id',
      `${level2Craft}:12:34 items[1].related[1] "fixture-habit-decisions" is a former id of "fixture-habit-two", which related[0] already names: list it once, by its id`,
    ],
    [
      'related-former-id-then-id',
      `${level2Craft}:12:40 items[1].related[1] "2#fixture-habit-two" is already named by its former id "fixture-habit-decisions" (related[0]): list it once, by its id`,
    ],
    ['related-self', `${level2Craft}:12:15 items[1].related[0] an item cannot be related to itself`],
    ['related-twice', `${level2Craft}:12:34 items[1].related[1] "2#fixture-habit-one" is listed twice`],
  ])('reports %s', (name, expected) => {
    expect(problemsWith(name)).toEqual([expected]);
  });

  it('still lets a reference by a former id through, once, to the item it names', () => {
    const copy = copyContent();
    copy.edit(level2Craft, (text) =>
      text.replace(
        'related: [fixture-habit-one, fixture-ready-two, fixture-struggles-to-delegate]',
        'related: [fixture-habit-decisions, fixture-ready-two]',
      ),
    );
    const { handbook, problems } = compileContent(copy.root);
    expect(problems.map(formatProblem)).toEqual([]);
    const item = handbook?.levels
      .flatMap((level) => level.sections.flatMap((section) => section.items))
      .find((candidate) => candidate.level === '2' && candidate.id === 'fixture-designs-widgets');
    expect(item?.related.map(({ id }) => id)).toEqual(['fixture-habit-two', 'fixture-ready-two']);
  });
});
