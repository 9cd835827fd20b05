/**
 * Ids and words such as `constructor`, `__proto__`, `toString` or `hasOwnProperty` are content like
 * any other: they work wherever content is a key (the thesaurus, items' scale values, the elements a
 * body may use), or are refused with a reason, never dropped or mistaken for what every JavaScript
 * object inherits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkBody } from '../../src/pipeline/check/body-check';
import { compileContent } from '../../src/pipeline/compile';
import { allItems, type Handbook } from '../../src/pipeline/model/model';
import { formatProblem } from '../../src/pipeline/problems';
import { copyContent, removeCopies } from '../support/content-copy';

afterEach(removeCopies);

const itemsOf = (handbook: Handbook | undefined) => {
  if (!handbook) throw new Error('no model');
  return allItems(handbook);
};

describe('the thesaurus', () => {
  it('refuses a reader word "__proto__" with a line, rather than dropping it', () => {
    const copy = copyContent();
    copy.spoil('thesaurus-proto-key');
    expect(compileContent(copy.root).problems.map(formatProblem)).toEqual([
      "content/thesaurus.yaml:4:1 __proto__ is a name every JavaScript object has, so search could not keep it as a reader's word: remove it",
    ]);
  });

  it('keeps reader words named like what objects inherit: constructor, toString, hasOwnProperty', () => {
    const copy = copyContent();
    copy.write(
      'content/thesaurus.yaml',
      'constructor: [widgets]\ntoString: [mentors]\nhasOwnProperty: [widgets]\n',
    );
    const { handbook, problems } = compileContent(copy.root);
    expect(problems).toEqual([]);
    const terms = new Set(itemsOf(handbook).flatMap((item) => item.searchTerms));
    expect([...terms].filter((term) => ['constructor', 'toString', 'hasOwnProperty'].includes(term)).sort()).toEqual([
      'constructor',
      'hasOwnProperty',
      'toString',
    ]);
  });
});

describe('ids', () => {
  it('builds an item whose id is "constructor", and threads to it', () => {
    const copy = copyContent();
    copy.edit('content/sections/level-1/fixture-craft/key-behaviors.mdx', (text) =>
      text.replace(
        'items:\n',
        'items:\n  - id: constructor\n    text: Fixture behavior, builds fixture widgets\n    related: [fixture-asks-questions]\n',
      ),
    );
    const { handbook, problems } = compileContent(copy.root);
    expect(problems).toEqual([]);
    const items = itemsOf(handbook);
    const built = items.find((item) => item.level === '1' && item.id === 'constructor');
    expect(built?.url).toBe('/levels/1/#constructor');
    expect(built?.related.map(({ id }) => id)).toEqual(['fixture-asks-questions']);
    const asks = items.find((item) => item.level === '1' && item.id === 'fixture-asks-questions');
    expect(asks?.backlinks.map(({ id }) => id)).toEqual(['constructor']);
  });

  it('refuses "__proto__" as an item id, with the kebab-case rule', () => {
    const copy = copyContent();
    copy.edit('content/sections/level-1/fixture-craft/key-behaviors.mdx', (text) =>
      text.replace('id: fixture-shares-widgets', 'id: __proto__'),
    );
    expect(compileContent(copy.root).problems.map(formatProblem)).toEqual([
      'content/sections/level-1/fixture-craft/key-behaviors.mdx:7:5 items[0].id must be kebab-case: lower-case letters and digits joined by single hyphens; found "__proto__"',
    ]);
  });

  it('refuses a scale named "constructor", which items would give as an attribute every object has', () => {
    const copy = copyContent();
    copy.edit('content/framework/handbook.mdx', (text) =>
      text.replace(
        /^---\n/,
        '---\nscales:\n  - id: constructor\n    title: Fixture scale\n    values: [Fixture low, Fixture high]\n',
      ),
    );
    expect(compileContent(copy.root).problems.map(formatProblem)).toEqual([
      'content/framework/handbook.mdx:3:5 scales[0].id "constructor" is a name every JavaScript object has, so items could not give it as an attribute: choose another',
    ]);
  });

  it("reads only an item's own values on the framework's scales", () => {
    const copy = copyContent();
    copy.edit('content/framework/handbook.mdx', (text) =>
      text.replace(
        /^---\n/,
        '---\nscales:\n  - id: fixture-grade\n    title: Fixture grade\n    values: [Fixture low, Fixture high]\n',
      ),
    );
    copy.edit('content/sections/level-1/fixture-craft/key-behaviors.mdx', (text) =>
      text.replace(
        'text: Fixture behavior, asks *fixture* questions early',
        'text: Fixture behavior, asks *fixture* questions early\n    attributes:\n      fixture-grade: Fixture high',
      ),
    );
    const { handbook, problems } = compileContent(copy.root);
    expect(problems).toEqual([]);
    expect(itemsOf(handbook).flatMap((item) => item.attributes.map(({ scale, value }) => `${scale}: ${value}`))).toEqual([
      'fixture-grade: Fixture high',
    ]);
  });
});

describe('elements in bodies', () => {
  it.each(['constructor', 'hasOwnProperty', 'toString', '__proto__'])('refuses <%s>, named like what objects inherit', (name) => {
    expect(
      checkBody(`<${name} title="x">X</${name}>`, { resolvable: new Set(), taken: () => undefined }).map(
        ({ message }) => message,
      ),
    ).toEqual([`<${name}> is not allowed: content is Markdown, with <abbr>, <br>, <kbd>, <mark>, <sub>, <sup> at most`]);
  });
});
