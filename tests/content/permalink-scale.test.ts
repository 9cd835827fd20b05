/**
 * The permalink guard's work grows with the manifest, not with its square: a manifest of 200,000 lost
 * URLs is checked in seconds (the bench times it: tests/bench/run.ts, "200,000 lost URLs: check
 * time"). Counted here, not timed: how often the guard reads the manifest's list of URLs.
 */
import { describe, expect, it } from 'vitest';
import { findLostPermalinks } from '../../src/pipeline/check/permalink-remedies';
import { publishedUrls, resolvableUrls } from '../../src/pipeline/urls/permalinks';
import type { Manifest } from '../../src/pipeline/read/read-content';
import { readModel } from '../support/content';
import { ladderFixture } from '../support/sites';

const handbook = readModel(ladderFixture);

/** The fixture ladder's URLs and `lost` more of each shape a lost URL takes, and a count of reads of them. */
function countedManifest(lost: number): { manifest: Manifest; reads: () => number } {
  const shapes = [
    (index: number) => `/levels/1/#fixture-gone-${index}`,
    (index: number) => `/levels/2/fixture-craft/#fixture-gone-${index}`,
    (index: number) => `/levels/1/fixture-gone-${index}/`,
    (index: number) => `/levels/1/#fixture-craft--gone-${index}`,
    (index: number) => `/compare/1/fixture-gone-${index}/`,
  ];
  const urls = [
    ...publishedUrls(handbook),
    ...Array.from({ length: lost }, (_, index) => shapes[index % shapes.length]?.(index) ?? ''),
  ];
  let reads = 0;
  const counted = new Proxy(urls, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const manifest: Manifest = {
    file: 'content/permalinks.json',
    data: { urls: counted },
    body: '',
    bodyLine: 1,
    locate: () => ({ line: 1, column: 1 }),
  };
  return { manifest, reads: () => reads };
}

describe('the permalink guard at scale', () => {
  it('reads the manifest a few times over, however many of its URLs are lost', () => {
    const readsFor = (lost: number) => {
      const { manifest, reads } = countedManifest(lost);
      expect(findLostPermalinks(manifest, handbook)).toHaveLength(lost + 1); // and the "fresh manifest" line
      return reads();
    };
    const small = readsFor(1_000);
    const large = readsFor(8_000);
    // Linear work reads 8 times as much for 8 times the URLs; a scan per lost URL would read 64 times as much.
    expect(large / small).toBeLessThan(10);
    expect(large).toBeLessThan(20 * 8_000);
  });

  it('sends every anchor of a page on through each of many redirects to it', () => {
    const level = handbook.levels[0];
    if (!level) throw new Error('the fixture ladder has levels');
    const redirects = Array.from({ length: 2_000 }, (_, index) => ({
      from: `/levels/fixture-old-${index}/`,
      to: level.url,
    }));
    const resolvable = resolvableUrls({ ...handbook, redirects });
    const anchors = publishedUrls(handbook).filter((url) => url.startsWith(`${level.url}#`));
    expect(anchors.length).toBeGreaterThan(3);
    for (const { from } of redirects) {
      expect(resolvable.has(from)).toBe(true);
      for (const anchor of anchors) expect(resolvable.has(from + anchor.slice(level.url.length))).toBe(true);
    }
  });
});
