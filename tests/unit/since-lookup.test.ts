/** The client's reading of since-a-release data (src/client/since.ts): which entry an old citation finds. */
import { describe, expect, it } from 'vitest';
import {
  citedLevels,
  findSinceEntry,
  readSinceEntry,
  sinceUrl,
  type SinceEntry,
  type SinceFile,
} from '../../src/client/since';
import { sinceUrl as pipelineSinceUrl } from '../../src/pipeline/urls/urls';

const entry = (text: string): SinceEntry => ({
  reworded: true,
  moved: false,
  retired: false,
  then: { text: `fixture ${text} then`, context: 'Fixture level · Key Behaviors' },
  now: { text: `fixture ${text} now`, context: 'Fixture level · Key Behaviors', url: '/levels/2/#x' },
  diff: [
    [0, 'fixture '],
    [-1, 'then'],
    [1, 'now'],
  ],
  change: `/changes/#2026.2--2--${text}`,
});

/** A since file as the build writes it: level 1 renamed `first` since, level `old` now `2`. */
const file = JSON.parse(
  JSON.stringify({
    version: '2026.1',
    current: '2026.3',
    levels: { '1': 'first', '2': '2', old: '2', constructor: 'constructor' },
    items: {
      '1': { 'ships-widgets': entry('ships-widgets') },
      '2': { 'reviews-widgets': entry('reviews-widgets') },
      old: { 'old-item': entry('old-item') },
      constructor: { constructor: entry('constructor') },
    },
  }).replace(
    '"constructor":{"constructor":',
    `"constructor":{"__proto__":${JSON.stringify(entry('proto'))},"constructor":`,
  ),
) as unknown;

describe('the since file', () => {
  it('is where the pipeline says it is', () => {
    for (const version of ['2026.1', '1.2.0']) expect(sinceUrl(version)).toBe(pipelineSinceUrl(version));
  });
});

describe('the levels a citation of the release may have named', () => {
  it('are the page level itself, and the levels renamed to it since', () => {
    expect(citedLevels(file, '2')).toEqual(['2', 'old']);
    expect(citedLevels(file, 'first')).toEqual(['first', '1']);
  });

  it('never the page level id when the release used it for a level that is now another', () => {
    expect(citedLevels(file, '1')).toEqual([]);
  });

  it('is the page level for a level the release did not have', () => {
    expect(citedLevels(file, 'new')).toEqual(['new']);
  });
});

describe('the entry of a cited item', () => {
  it('is found under the page level', () => {
    expect(findSinceEntry(file, '2', 'reviews-widgets')?.change).toBe('/changes/#2026.2--2--reviews-widgets');
  });

  it('is found under the id the level had then, once renamed', () => {
    expect(findSinceEntry(file, 'first', 'ships-widgets')?.then.text).toBe('fixture ships-widgets then');
    expect(findSinceEntry(file, '2', 'old-item')?.then.text).toBe('fixture old-item then');
    expect(findSinceEntry(file, '1', 'ships-widgets')).toBeUndefined();
  });

  it('is absent for an item that did not change', () => {
    expect(findSinceEntry(file, '2', 'unchanged')).toBeUndefined();
  });

  it('reads ids every object has as ids, never as what objects inherit', () => {
    expect(findSinceEntry(file, 'constructor', 'constructor')?.then.text).toBe('fixture constructor then');
    expect(findSinceEntry(file, 'constructor', '__proto__')?.then.text).toBe('fixture proto then');
    expect(findSinceEntry(file, '2', 'constructor')).toBeUndefined();
    expect(findSinceEntry(file, '2', 'toString')).toBeUndefined();
    expect(findSinceEntry(file, 'toString', 'valueOf')).toBeUndefined();
    expect(citedLevels(file, 'hasOwnProperty')).toEqual(['hasOwnProperty']);
  });

  it('is nothing when the file is not one', () => {
    for (const broken of [undefined, null, 'text', [], { items: [] }, { levels: 3, items: { '2': 5 } }])
      expect(findSinceEntry(broken, '2', 'reviews-widgets')).toBeUndefined();
  });
});

describe('an entry as fetched', () => {
  it('is trusted only in the shape the build writes', () => {
    const good = entry('x');
    expect(readSinceEntry(good)).toEqual(good);
    const retired = {
      ...good,
      retired: true,
      now: undefined,
      leadsTo: { url: '/levels/2/', title: 'Fixture' },
    };
    expect(readSinceEntry(JSON.parse(JSON.stringify(retired)))).toBeDefined();
    for (const bad of [
      { ...good, then: { text: 3, context: '' } },
      { ...good, now: { text: 'a', context: 'b' } },
      { ...good, diff: [[2, 'x']] },
      { ...good, diff: 'x' },
      { ...good, leadsTo: { url: '/x/' } },
      { ...good, change: undefined },
      { ...good, moved: 'yes' },
    ])
      expect(readSinceEntry(bad)).toBeUndefined();
  });
});

describe('the agreement between the build and the browser', () => {
  it('the since data the build writes is what the browser reads, type for type', async () => {
    const { sinceRelease } = await import('../../src/pipeline/releases/since');
    // Compiles only while the pipeline's SinceFile is the client's: the two sides of one JSON file.
    const written: (...args: Parameters<typeof sinceRelease>) => SinceFile = sinceRelease;
    expect(typeof written).toBe('function');
  });
});
