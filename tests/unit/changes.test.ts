import { describe, expect, it } from 'vitest';
import { changelog, changesBetween, type ItemChange } from '../../src/pipeline/releases/changes';
import { diffText } from '../../src/pipeline/releases/word-diff';
import { release, type LevelSpec } from '../support/releases';

const first: LevelSpec[] = [
  {
    id: '1',
    sections: [
      {
        kind: 'key-behaviors',
        items: [
          { id: 'a', text: 'Anticipates fixture product needs' },
          {
            id: 'b',
            text: 'Fixture plans',
            subpoints: ['Fixture step one', 'Fixture step two'],
            attributes: { 'Fixture proficiency': 'Fixture basic' },
          },
          { id: 'c', text: 'Fixture c' },
          { id: 'k', text: 'Fixture unchanged' },
        ],
      },
      {
        kind: 'common-struggles',
        items: [
          { id: 'd', text: 'Fixture d' },
          { id: 'e', text: 'Fixture e' },
        ],
      },
    ],
  },
  {
    id: '2',
    sections: [
      {
        kind: 'key-behaviors',
        items: [
          { id: 'f', text: 'Fixture f' },
          { id: 'g', text: 'Fixture g' },
        ],
      },
      {
        kind: 'common-struggles',
        items: [
          { id: 'h', text: 'Fixture h' },
          { id: 'j', text: 'Fixture j' },
        ],
      },
    ],
  },
];

/** Every kind of change from `first`: see each test. */
const second: LevelSpec[] = [
  {
    id: '1',
    title: 'Fixture level one',
    sections: [
      {
        kind: 'key-behaviors',
        items: [
          { id: 'a', text: 'Anticipates fixture customer needs' },
          {
            id: 'b',
            text: 'Fixture plans',
            subpoints: ['Fixture step one', 'Fixture step 2'],
            attributes: { 'Fixture proficiency': 'Fixture expert' },
          },
          { id: 'k', text: '  Fixture   unchanged ' },
          { id: 'f', text: 'Fixture f' },
        ],
      },
      {
        kind: 'common-struggles',
        items: [
          { id: 'c', text: 'Fixture c' },
          { id: 'd2', text: 'Fixture d', formerIds: ['d', 'e'] },
        ],
      },
    ],
  },
  {
    id: 'fixture-two',
    formerIds: ['2'],
    sections: [
      { kind: 'key-behaviors', formerIds: ['g'], items: [{ id: 'i', text: 'Fixture i' }] },
      { kind: 'common-struggles', formerIds: ['f'], items: [{ id: 'j', text: 'Fixture j' }] },
    ],
  },
  { id: '3', sections: [{ kind: 'key-behaviors', items: [{ id: 'l', text: 'Fixture l' }] }] },
];

const r1 = release('1.0', first, { released: '2026-01-10' });
const r2 = release('1.1', second, { released: '2026-02-20' });

/** The change of the item that is (or, retired, was) `id`. */
function changeOf(changes: readonly ItemChange[], id: string): ItemChange {
  const change = changes.find((candidate) => (candidate.now ?? candidate.then)?.id === id);
  if (!change) throw new Error(`no change of ${id}`);
  return change;
}

describe('changesBetween', () => {
  const changes = changesBetween(r1, r2);

  it('names the release, the one before and its anchor', () => {
    expect(changes).toMatchObject({
      version: '1.1',
      released: '2026-02-20',
      previous: '1.0',
      anchor: 'release-1.1',
      totals: { levels: 3, items: 9 },
    });
  });

  it("lists changed items in the newer release's reading order, retired ones where they were", () => {
    expect(changes.items.map((change) => `${(change.now ?? change.then)?.id}`)).toEqual([
      'a',
      'b',
      'f',
      'c',
      'd2',
      'e',
      'i',
      'g',
      'h',
      'l',
    ]);
    expect(changes.counts).toEqual({
      added: 2,
      reworded: 2,
      moved: 2,
      retired: 3,
      levels: 3,
      renamed: 1,
      attributes: 1,
    });
  });

  it('diffs reworded text word by word, with where the item is then and now', () => {
    const a = changeOf(changes.items, 'a');
    expect(a.anchor).toBe('1.1--1--a');
    expect(diffText(a.reworded ?? [])).toBe('Anticipates fixture [-product-]{+customer+} needs');
    expect(a).toMatchObject({ moved: false, renamed: false, attributes: [], leadsTo: undefined });
    expect(a.then).toMatchObject({
      id: 'a',
      level: '1',
      levelTitle: 'Fixture level 1',
      section: 'Fixture key-behaviors',
      context: 'Fixture level 1 · Fixture key-behaviors',
      url: '/levels/1/#a',
      words: 'Anticipates fixture product needs',
    });
    expect(a.now?.context).toBe('Fixture level one · Fixture key-behaviors');
    expect(a.now?.text.plain).toBe('Anticipates fixture customer needs');
  });

  it('diffs reworded sub-points, and lists the attributes that changed', () => {
    const b = changeOf(changes.items, 'b');
    expect(b.then?.words).toBe('Fixture plans\n1. Fixture step one\n2. Fixture step two');
    expect(diffText(b.reworded ?? [])).toBe(
      'Fixture plans\n1. Fixture step one\n2. Fixture step [-two-]{+2+}',
    );
    expect(b.attributes).toEqual([
      { scale: 'Fixture proficiency', then: 'Fixture basic', now: 'Fixture expert' },
    ]);
  });

  it('does not list an item whose words changed only in spacing, nor an unchanged one', () => {
    const ids = changes.items.map((change) => (change.now ?? change.then)?.id);
    expect(ids).not.toContain('k');
    expect(ids).not.toContain('j');
  });

  it('marks an item moved between sections or levels, not one whose level was renamed', () => {
    expect(changeOf(changes.items, 'c')).toMatchObject({ moved: true, reworded: undefined, renamed: false });
    expect(changeOf(changes.items, 'c').now?.section).toBe('Fixture common-struggles');
    const f = changeOf(changes.items, 'f');
    expect(f).toMatchObject({ moved: true, anchor: '1.1--1--f' });
    expect(f.then?.level).toBe('2');
    expect(f.now?.level).toBe('1');
  });

  it('follows a renamed id, and leads a merged item to the item that took it over', () => {
    const d2 = changeOf(changes.items, 'd2');
    expect(d2).toMatchObject({ renamed: true, moved: false, reworded: undefined, anchor: '1.1--1--d2' });
    expect(d2.then?.id).toBe('d');
    const e = changeOf(changes.items, 'e');
    expect(e).toMatchObject({
      now: undefined,
      anchor: '1.1--1--e',
      leadsTo: { url: '/levels/1/#d2', title: 'Fixture d' },
    });
  });

  it('leads a retired item to the section that took over its id, in its renamed level, or nowhere', () => {
    expect(changeOf(changes.items, 'g')).toMatchObject({
      now: undefined,
      anchor: '1.1--2--g',
      leadsTo: {
        url: '/levels/fixture-two/#key-behaviors',
        title: 'Fixture level fixture-two · Fixture key-behaviors',
      },
    });
    expect(changeOf(changes.items, 'h').leadsTo).toBeUndefined();
  });

  it('lists added items', () => {
    expect(changeOf(changes.items, 'i')).toMatchObject({ then: undefined, anchor: '1.1--fixture-two--i' });
    expect(changeOf(changes.items, 'l').now?.url).toBe('/levels/3/#l');
  });

  it('lists levels retitled, renamed and added, in the newer order', () => {
    expect(changes.levels).toEqual([
      {
        change: 'retitled',
        then: { id: '1', title: 'Fixture level 1' },
        now: { id: '1', title: 'Fixture level one' },
        url: '/levels/1/',
      },
      {
        change: 'renamed',
        then: { id: '2', title: 'Fixture level 2' },
        now: { id: 'fixture-two', title: 'Fixture level fixture-two' },
        url: '/levels/fixture-two/',
      },
      { change: 'added', then: undefined, now: { id: '3', title: 'Fixture level 3' }, url: '/levels/3/' },
    ]);
  });

  it('retires a level and its items, placed after the level before them', () => {
    const before = release('1', [
      { id: '1', sections: [{ kind: 'key-behaviors', items: [{ id: 'a', text: 'Fixture a' }] }] },
      { id: '2', sections: [{ kind: 'key-behaviors', items: [{ id: 'b', text: 'Fixture b' }] }] },
      { id: '3', sections: [{ kind: 'key-behaviors', items: [{ id: 'c', text: 'Fixture c' }] }] },
    ]);
    const after = release('2', [
      { id: '1', sections: [{ kind: 'key-behaviors', items: [{ id: 'a', text: 'Fixture a' }] }] },
      { id: '3', sections: [{ kind: 'key-behaviors', items: [{ id: 'c', text: 'Fixture c changed' }] }] },
    ]);
    const result = changesBetween(before, after);
    expect(result.levels).toEqual([
      { change: 'retired', then: { id: '2', title: 'Fixture level 2' }, now: undefined, url: undefined },
    ]);
    expect(result.items.map((change) => [change.then?.id, change.now?.id])).toEqual([
      ['c', 'c'],
      ['b', undefined],
    ]);
    expect(result.items[1]?.leadsTo).toBeUndefined();
    expect(result.counts).toMatchObject({ retired: 1, reworded: 1, levels: 1 });
  });

  it('places an item retired from a level whose other items are new at the start of that level', () => {
    const before = release('1', [
      { id: '1', sections: [{ kind: 'key-behaviors', items: [{ id: 'a', text: 'Fixture a' }] }] },
      { id: '2', sections: [{ kind: 'key-behaviors', items: [{ id: 'x', text: 'Fixture x' }] }] },
    ]);
    const after = release('2', [
      { id: '1', sections: [{ kind: 'key-behaviors', items: [{ id: 'b', text: 'Fixture b' }] }] },
      { id: '2', sections: [{ kind: 'key-behaviors', items: [{ id: 'y', text: 'Fixture y' }] }] },
    ]);
    expect(changesBetween(before, after).items.map((change) => change.anchor)).toEqual([
      '2--1--a',
      '2--1--b',
      '2--2--x',
      '2--2--y',
    ]);
  });

  it('places a retired item before the item that follows it when nothing before it lives on', () => {
    const before = release('1', [
      {
        id: '1',
        sections: [
          {
            kind: 'key-behaviors',
            items: [
              { id: 'a', text: 'Fixture a' },
              { id: 'b', text: 'Fixture b' },
            ],
          },
        ],
      },
    ]);
    const after = release('2', [
      {
        id: '1',
        sections: [
          {
            kind: 'key-behaviors',
            items: [
              { id: 'n', text: 'Fixture n' },
              { id: 'b', text: 'Fixture b changed' },
            ],
          },
        ],
      },
    ]);
    expect(changesBetween(before, after).items.map((change) => change.anchor)).toEqual([
      '2--1--n',
      '2--1--a',
      '2--1--b',
    ]);
  });

  it('matches an item within its level before one of another level with the same id', () => {
    const before = release('1', [
      { id: '1', sections: [{ kind: 'key-behaviors', items: [{ id: 'p', text: 'Fixture p one' }] }] },
      { id: '2', sections: [{ kind: 'key-behaviors', items: [{ id: 'p', text: 'Fixture p two' }] }] },
    ]);
    const after = release('2', [
      { id: '1', sections: [{ kind: 'key-behaviors', items: [{ id: 'p', text: 'Fixture p one' }] }] },
      {
        id: '2',
        sections: [{ kind: 'key-behaviors', items: [{ id: 'q', text: 'Fixture q', formerIds: ['z'] }] }],
      },
      {
        id: '3',
        sections: [{ kind: 'key-behaviors', items: [{ id: 'r', text: 'Fixture p two', formerIds: ['p'] }] }],
      },
    ]);
    const result = changesBetween(before, after);
    expect(
      result.items.map((change) => [change.then?.level, change.then?.id, change.now?.level, change.now?.id]),
    ).toEqual([
      [undefined, undefined, '2', 'q'],
      ['2', 'p', '3', 'r'],
    ]);
    expect(result.items[1]).toMatchObject({ moved: true, renamed: true, reworded: undefined });
  });

  it('lists a scale value added or removed', () => {
    const before = release('1', [
      {
        id: '1',
        sections: [
          {
            kind: 'key-behaviors',
            items: [{ id: 'a', text: 'Fixture a', attributes: { 'Fixture old': 'x' } }],
          },
        ],
      },
    ]);
    const after = release('2', [
      {
        id: '1',
        sections: [
          {
            kind: 'key-behaviors',
            items: [{ id: 'a', text: 'Fixture a', attributes: { 'Fixture new': 'y' } }],
          },
        ],
      },
    ]);
    expect(changesBetween(before, after).items[0]?.attributes).toEqual([
      { scale: 'Fixture new', then: undefined, now: 'y' },
      { scale: 'Fixture old', then: 'x', now: undefined },
    ]);
  });

  it("names a scale by its title, its values kept by the scale's id (a title may be any words)", () => {
    const scales = [{ id: 'fixture-level', title: '__proto__' }];
    const at = (version: string, value: string) =>
      release(
        version,
        [
          {
            id: '1',
            sections: [
              {
                kind: 'key-behaviors',
                items: [{ id: 'a', text: 'Fixture a', attributes: { 'fixture-level': value } }],
              },
            ],
          },
        ],
        { scales },
      );
    expect(changesBetween(at('1', 'Fixture low'), at('2', 'Fixture high')).items[0]?.attributes).toEqual([
      { scale: '__proto__', then: 'Fixture low', now: 'Fixture high' },
    ]);
  });

  it('names the competency in contexts and section anchors when a release has several', () => {
    const competencies = [
      { id: 'fixture-one', title: 'Fixture one' },
      { id: 'fixture-two', title: 'Fixture two' },
    ];
    const before = release(
      '1',
      [
        {
          id: '1',
          sections: [
            { kind: 'key-behaviors', competency: 'fixture-two', items: [{ id: 'a', text: 'Fixture a' }] },
          ],
        },
      ],
      { competencies },
    );
    const after = release(
      '2',
      [
        {
          id: '1',
          sections: [{ kind: 'key-behaviors', competency: 'fixture-two', formerIds: ['a'], items: [] }],
        },
      ],
      { competencies },
    );
    expect(changesBetween(before, after).items[0]).toMatchObject({
      then: { context: 'Fixture level 1 · Fixture two · Fixture key-behaviors' },
      leadsTo: {
        url: '/levels/1/#fixture-two--key-behaviors',
        title: 'Fixture level 1 · Fixture two · Fixture key-behaviors',
      },
    });
  });

  it('lists nothing one by one for the first release, only how many', () => {
    expect(changesBetween(undefined, r1)).toEqual({
      version: '1.0',
      released: '2026-01-10',
      previous: undefined,
      anchor: 'release-1.0',
      levels: [],
      items: [],
      counts: { added: 10, reworded: 0, moved: 0, retired: 0, levels: 2, renamed: 0, attributes: 0 },
      totals: { levels: 2, items: 10 },
    });
  });

  it('marks changes not yet released as unreleased', () => {
    const result = changesBetween(r1, r2, undefined);
    expect(result).toMatchObject({
      version: undefined,
      released: undefined,
      previous: '1.0',
      anchor: 'unreleased',
    });
    expect(changeOf(result.items, 'a').anchor).toBe('unreleased--1--a');
    expect(changesBetween(r1, r2, '9').anchor).toBe('release-9');
  });

  it('works with ids such as constructor and __proto__', () => {
    const before = release('1', [
      {
        id: 'constructor',
        sections: [
          {
            kind: 'key-behaviors',
            items: [{ id: '__proto__', text: 'Fixture proto', attributes: { toString: 'x' } }],
          },
        ],
      },
    ]);
    const after = release('2', [
      {
        id: 'constructor',
        sections: [
          {
            kind: 'key-behaviors',
            items: [{ id: '__proto__', text: 'Fixture proto changed', attributes: { toString: 'x' } }],
          },
        ],
      },
    ]);
    const [change] = changesBetween(before, after).items;
    expect(change).toMatchObject({ anchor: '2--constructor--__proto__', attributes: [] });
    expect(diffText(change?.reworded ?? [])).toBe('Fixture proto{+ changed+}');
  });
});

describe('changelog', () => {
  const r3 = release('1.10', second.slice(0, 2), { released: '2026-03-30' });

  it('lists every release newest first, by version, each against the one before', () => {
    const entries = changelog([r3, r1, r2], r3);
    expect(entries.map(({ version, previous }) => [version, previous])).toEqual([
      ['1.10', '1.1'],
      ['1.1', '1.0'],
      ['1.0', undefined],
    ]);
    expect(entries[0]?.levels).toEqual([
      { change: 'retired', then: { id: '3', title: 'Fixture level 3' }, now: undefined, url: undefined },
    ]);
    expect(entries[2]?.items).toEqual([]);
  });

  it('puts changes not yet released first, when the content differs from the newest release', () => {
    const current = release('1.1', second, { released: '2026-04-01' });
    const entries = changelog([r1, r3], current);
    expect(entries.map(({ version, anchor }) => [version, anchor])).toEqual([
      [undefined, 'unreleased'],
      ['1.10', 'release-1.10'],
      ['1.0', 'release-1.0'],
    ]);
    expect(entries[0]?.counts.added).toBe(1);
    expect(changelog([r1, r3], release('9', second.slice(0, 2)))).toHaveLength(2);
  });

  it('is empty without releases', () => {
    expect(changelog([], r1)).toEqual([]);
    expect(changelog([r1], undefined)).toHaveLength(1);
  });
});
