/**
 * The bench's rows for a long history: a made-up framework of 2,000 items in 20 levels at first,
 * released 20 times, each release rewording 100 items, moving about 10 to the next level and retiring
 * 20 (each leaving its id to its section), all computed the way a build computes them: the changelog (every release
 * against the one before, with word-level differences) and what an old citation of the first release
 * reads (since-the-first-release data, every item followed through 19 releases).
 */
import { performance } from 'node:perf_hooks';
import { changelog } from '../../src/pipeline/releases/changes';
import { sinceRelease } from '../../src/pipeline/releases/since';
import type { ReleaseContent } from '../../src/schemas/release';
import { release, type LevelSpec } from '../support/releases';

const LEVELS = 20;
const PER_LEVEL = 100;
const RELEASES = 20;

/** The made-up framework's releases, oldest first: each changes what the one before holds. */
function history(): ReleaseContent[] {
  let levels: LevelSpec[] = Array.from({ length: LEVELS }, (_, level) => ({
    id: `${level + 1}`,
    sections: [
      {
        kind: 'key-behaviors',
        items: Array.from({ length: PER_LEVEL }, (_, index) => ({
          id: `fixture-item-${level}-${index}`,
          text: `Fixture behavior number ${index} of fixture level ${level}, described in some fixture words`,
        })),
      },
    ],
  }));
  const releases: ReleaseContent[] = [];
  for (let n = 0; n < RELEASES; n += 1) {
    if (n > 0) {
      levels = levels.map((level, index) => {
        const [section] = level.sections;
        if (!section) return level;
        const items = section.items.map((item, position) =>
          (position + n) % 20 === index % 20
            ? { ...item, text: `${item.text}, revised in release ${n}` }
            : item,
        );
        const retired = items.splice(n % items.length, 1).map((item) => item.id);
        return {
          ...level,
          sections: [{ ...section, items, formerIds: [...(section.formerIds ?? []), ...retired] }],
        };
      });
      // A few items move up a level each release.
      for (let index = 0; index + 1 < LEVELS; index += 1) {
        const from = levels[index]?.sections[0];
        const to = levels[index + 1]?.sections[0];
        const moved = from?.items.shift();
        if (from && to && moved && index % 2 === n % 2) to.items.push(moved);
        else if (from && moved) from.items.unshift(moved);
      }
    }
    releases.push(
      release(`2026.${n + 1}`, levels, { released: `2026-01-${String(n + 1).padStart(2, '0')}` }),
    );
  }
  return releases;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[1] ?? 0;

/** `[measure, value, notes]` rows: the changelog and since-the-first-release data, median of 3 each. */
export function releasesBench(): string[][] {
  const releases = history();
  const items = releases.at(-1)?.items.length ?? 0;
  let entries = 0;
  let changes = 0;
  const changelogTimes = Array.from({ length: 3 }, () => {
    const start = performance.now();
    const log = changelog(releases, releases.at(-1));
    entries = log.length;
    changes = log.reduce((sum, entry) => sum + entry.items.length, 0);
    return (performance.now() - start) / 1000;
  });
  let cited = 0;
  const sinceTimes = Array.from({ length: 3 }, () => {
    const start = performance.now();
    const [first, ...later] = releases;
    if (!first) return 0;
    const since = sinceRelease(first, later, releases.at(-1), releases.at(-1)?.version);
    cited = Object.values(since.items).reduce((sum, level) => sum + Object.keys(level).length, 0);
    return (performance.now() - start) / 1000;
  });
  return [
    [
      `changelog of ${RELEASES} releases, ${items.toLocaleString('en-US')} items`,
      `${median(changelogTimes).toFixed(2)} s`,
      `${entries} releases, ${changes.toLocaleString('en-US')} item changes with word-level differences; median of 3`,
    ],
    [
      `since the first of ${RELEASES} releases`,
      `${median(sinceTimes).toFixed(2)} s`,
      `what an old citation reads: ${cited.toLocaleString('en-US')} items changed, each followed through ${RELEASES - 1} releases; median of 3`,
    ],
  ];
}
