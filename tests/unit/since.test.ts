import { describe, expect, it } from 'vitest';
import { sinceRelease } from '../../src/pipeline/releases/since';
import { diffText } from '../../src/pipeline/releases/word-diff';
import { release, type ItemSpec, type SectionSpec } from '../support/releases';

const behaviors = (items: ItemSpec[], formerIds: string[] = []): SectionSpec => ({
  kind: 'key-behaviors',
  formerIds,
  items,
});
const struggles = (items: ItemSpec[]): SectionSpec => ({ kind: 'common-struggles', items });

/** The cited release: every item of it changes later, but `stays` (only renamed). */
const r1 = release('1.1', [
  {
    id: '1',
    sections: [
      behaviors([
        { id: 'a', text: 'Fixture a' },
        { id: 'm', text: 'Fixture merged' },
        { id: 'x', text: 'Fixture x' },
        { id: 's', text: 'Fixture s' },
        { id: 'w', text: 'Fixture w' },
        { id: 'v', text: 'Fixture v' },
        { id: 'stays', text: 'Fixture stays' },
      ]),
      struggles([]),
    ],
  },
  { id: '2', sections: [behaviors([{ id: 't', text: 'Fixture t' }])] },
  { id: 'constructor', sections: [behaviors([{ id: '__proto__', text: 'Fixture proto' }])] },
]);

/** a renamed a2, m merged into stays, v into s, x moved to another section, w retired into its section, level 2 renamed. */
const r2 = release('1.2', [
  {
    id: '1',
    sections: [
      behaviors(
        [
          { id: 'a2', text: 'Fixture a', formerIds: ['a'] },
          { id: 's', text: 'Fixture s', formerIds: ['v'] },
          { id: 'stays', text: 'Fixture stays', formerIds: ['m'] },
        ],
        ['w'],
      ),
      struggles([{ id: 'x', text: 'Fixture x' }]),
    ],
  },
  { id: 'two', formerIds: ['2'], sections: [behaviors([{ id: 't', text: 'Fixture t' }])] },
  { id: 'constructor', sections: [behaviors([{ id: '__proto__', text: 'Fixture proto changed' }])] },
]);

/** a2 reworded, stays renamed stays2, t moved to level 1. */
const r3 = release('1.10', [
  {
    id: '1',
    sections: [
      behaviors(
        [
          { id: 'a2', text: 'Fixture a changed', formerIds: ['a'] },
          { id: 's', text: 'Fixture s', formerIds: ['v'] },
          { id: 'stays2', text: 'Fixture stays', formerIds: ['m', 'stays'] },
          { id: 't', text: 'Fixture t' },
        ],
        ['w'],
      ),
      struggles([{ id: 'x', text: 'Fixture x' }]),
    ],
  },
  { id: 'two', formerIds: ['2'], sections: [behaviors([], ['t'])] },
  { id: 'constructor', sections: [behaviors([{ id: '__proto__', text: 'Fixture proto changed' }])] },
]);

/** Not yet released: s retired, with nothing taking it over (nor v, merged into it). */
const now = release('1.10', [
  {
    id: '1',
    sections: [
      behaviors(
        [
          { id: 'a2', text: 'Fixture a changed', formerIds: ['a'] },
          { id: 'stays2', text: 'Fixture stays', formerIds: ['m', 'stays'] },
          { id: 't', text: 'Fixture t' },
        ],
        ['w'],
      ),
      struggles([{ id: 'x', text: 'Fixture x' }]),
    ],
  },
  { id: 'two', formerIds: ['2'], sections: [behaviors([], ['t'])] },
  { id: 'constructor', sections: [behaviors([{ id: '__proto__', text: 'Fixture proto changed' }])] },
]);

const older = release('1.0', []);

describe('sinceRelease', () => {
  const since = sinceRelease(r1, [r3, older, r2], now, '1.10');

  it('names the cited version, the current one, and where each level is now', () => {
    expect(since.version).toBe('1.1');
    expect(since.current).toBe('1.10');
    expect(since.levels).toEqual({ '1': '1', '2': 'two', constructor: 'constructor' });
  });

  it('lists only the items whose words or place changed, or that were retired', () => {
    expect(Object.keys(since.items)).toEqual(['1', '2', 'constructor']);
    expect(Object.keys(since.items['1'] ?? {})).toEqual(['a', 'm', 'x', 's', 'w', 'v']);
  });

  it('follows an id renamed in one release and reworded in the next, to the release that reworded it', () => {
    const a = since.items['1']?.['a'];
    expect(a).toEqual({
      reworded: true,
      moved: false,
      retired: false,
      then: { text: 'Fixture a', context: 'Fixture level 1 · Fixture key-behaviors' },
      now: {
        text: 'Fixture a changed',
        context: 'Fixture level 1 · Fixture key-behaviors',
        url: '/levels/1/#a2',
      },
      diff: [
        [0, 'Fixture a'],
        [1, ' changed'],
      ],
      change: '/changes/#1.10--1--a2',
    });
  });

  it('marks an item moved between sections, and one moved out of a level that was renamed', () => {
    expect(since.items['1']?.['x']).toEqual({
      reworded: false,
      moved: true,
      retired: false,
      then: { text: 'Fixture x', context: 'Fixture level 1 · Fixture key-behaviors' },
      now: { text: 'Fixture x', context: 'Fixture level 1 · Fixture common-struggles', url: '/levels/1/#x' },
      change: '/changes/#1.2--1--x',
    });
    expect(since.items['2']?.['t']).toMatchObject({
      moved: true,
      now: { url: '/levels/1/#t' },
      change: '/changes/#1.10--1--t',
    });
  });

  it('leads an item merged into another to where that item is now', () => {
    expect(since.items['1']?.['m']).toEqual({
      reworded: false,
      moved: false,
      retired: true,
      then: { text: 'Fixture merged', context: 'Fixture level 1 · Fixture key-behaviors' },
      leadsTo: { url: '/levels/1/#stays2', title: 'Fixture stays' },
      change: '/changes/#1.2--1--m',
    });
  });

  it('leads a retired item to what lists its id now, when what took it over was retired too', () => {
    const listed = structuredClone(now);
    listed.sections[0]?.formerIds.push('v');
    expect(sinceRelease(r1, [r2, r3], listed, undefined).items['1']?.['v']?.leadsTo).toEqual({
      url: '/levels/1/#key-behaviors',
      title: 'Fixture level 1 · Fixture key-behaviors',
    });
    // Nothing lists it now (the permalink guard would refuse that): where it led when retired.
    expect(since.items['1']?.['v']?.leadsTo).toEqual({ url: '/levels/1/#s', title: 'Fixture s' });
    expect(since.items['1']?.['w']?.leadsTo).toEqual({
      url: '/levels/1/#key-behaviors',
      title: 'Fixture level 1 · Fixture key-behaviors',
    });
  });

  it('points an item retired since the last release to the unreleased changes', () => {
    const s = since.items['1']?.['s'];
    expect(s).toMatchObject({ retired: true, change: '/changes/#unreleased--1--s' });
    expect(s?.now).toBeUndefined();
    expect(s?.leadsTo).toBeUndefined();
    expect(s?.diff).toBeUndefined();
  });

  it('keeps ids such as constructor and __proto__ as keys, through JSON too', () => {
    const level = since.items['constructor'];
    expect(Object.hasOwn(since.items, 'constructor')).toBe(true);
    expect(level && Object.hasOwn(level, '__proto__')).toBe(true);
    const parsed = JSON.parse(JSON.stringify(since)) as typeof since;
    const proto = Object.getOwnPropertyDescriptor(parsed.items['constructor'], '__proto__')?.value as
      { diff: Parameters<typeof diffText>[0] } | undefined;
    expect(diffText(proto?.diff ?? [])).toBe('Fixture proto{+ changed+}');
    expect(parsed.levels['constructor']).toBe('constructor');
  });

  it('has no unreleased step when the content now is the newest release, and nothing when nothing changed', () => {
    const released = sinceRelease(r1, [r2, r3], { ...r3, released: '2027-01-01' }, '1.10');
    expect(released.items['1']?.['s']).toBeUndefined();
    const same = sinceRelease(r3, [r3], r3, '1.10');
    expect(same).toEqual({
      version: '1.10',
      current: '1.10',
      levels: { '1': '1', two: 'two', constructor: 'constructor' },
      items: {},
    });
    expect(sinceRelease(r3, [], undefined, undefined).items).toEqual({});
  });

  it('follows a level renamed and then retired, and its items', () => {
    const gone = release('2', [{ id: '1', sections: [behaviors([{ id: 'a2', text: 'Fixture a' }])] }]);
    const result = sinceRelease(r1, [r2, gone], gone, '2');
    expect(result.levels).toEqual({ '1': '1' });
    expect(result.items['2']?.['t']).toMatchObject({ retired: true, change: '/changes/#2--two--t' });
  });
});
