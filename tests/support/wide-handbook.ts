/**
 * A generated fixture framework as wide as a real competency matrix, to prove the home page's overview
 * of levels × competencies reads at every width: 8 levels on 6 ranks, forking at rank 5 into a fixture IC
 * and a fixture manager track, and 10 competencies, some with long titles. Every word says "fixture".
 *
 *   rank 1–4   fixture-1 … fixture-4             (every track)
 *   rank 5     fixture-5-ic      fixture-5-manager
 *   rank 6     fixture-6-ic      fixture-6-manager
 *
 * Each level has key behaviors in each competency (one or two), and every third competency a focus
 * summary, so the overview shows both kinds of cell; the last competency is not described below rank 3,
 * so it shows a gap too. Written under tests/.output/ and built by tests/support/own-builds.ts for the
 * tests that need it; never committed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { manifestText } from '../../src/pipeline/urls/permalinks';

const wideCompetencies = [
  ['fixture-craft', 'Fixture Craft'],
  ['fixture-delivery', 'Fixture Delivery'],
  ['fixture-design', 'Fixture System Design and Architecture'],
  ['fixture-operations', 'Fixture Operational Excellence'],
  ['fixture-quality', 'Fixture Quality'],
  ['fixture-communication', 'Fixture Communication and Influence'],
  ['fixture-mentoring', 'Fixture Mentoring'],
  ['fixture-product', 'Fixture Product Sense'],
  ['fixture-strategy', 'Fixture Strategy'],
  ['fixture-hiring', 'Fixture Hiring and Team Building'],
].map(([id = '', title = '']) => ({ id, title }));

interface WideLevel {
  id: string;
  rank: number;
  track?: 'ic' | 'manager';
  title: string;
  role: string;
}

const wideLevels: WideLevel[] = [
  { id: 'fixture-1', rank: 1, title: 'Fixture Level 1', role: 'fixture apprentice' },
  { id: 'fixture-2', rank: 2, title: 'Fixture Level 2', role: 'fixture practitioner' },
  { id: 'fixture-3', rank: 3, title: 'Fixture Level 3', role: 'fixture senior practitioner' },
  { id: 'fixture-4', rank: 4, title: 'Fixture Level 4', role: 'fixture lead practitioner' },
  { id: 'fixture-5-ic', rank: 5, track: 'ic', title: 'Fixture Level 5 (IC)', role: 'fixture staff' },
  {
    id: 'fixture-5-manager',
    rank: 5,
    track: 'manager',
    title: 'Fixture Level 5 (Manager)',
    role: 'fixture team manager',
  },
  {
    id: 'fixture-6-ic',
    rank: 6,
    track: 'ic',
    title: 'Fixture Principal Practitioner (IC)',
    role: 'fixture principal',
  },
  {
    id: 'fixture-6-manager',
    rank: 6,
    track: 'manager',
    title: 'Fixture Director of Fixture Practice (Manager)',
    role: 'fixture director',
  },
];

/** Whether `level` describes the competency at `index` (the last one only from rank 3). */
const describes = (level: WideLevel, index: number): boolean =>
  index < wideCompetencies.length - 1 || level.rank >= 3;

const frontmatter = (fields: string) => `---\n${fields.trim()}\n---\n`;

/** Writes the wide fixture's content root at `root` (emptied first); returns `root`. */
export function writeWideHandbook(root: string): string {
  rmSync(root, { recursive: true, force: true });
  const write = (file: string, text: string) => {
    const path = join(root, 'content', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  write(
    'framework/handbook.mdx',
    frontmatter(`
name: Fixture Wide Handbook
summary: Fixture text, not the framework. A fixture matrix of eight fixture levels in ten fixture competencies, forking into two fixture tracks.
competencies:
${wideCompetencies.map(({ id, title }) => `  - id: ${id}\n    title: ${title}`).join('\n')}
tracks:
  - id: ic
    title: Fixture IC track
  - id: manager
    title: Fixture manager track
`) + '\nFixture guide: read the fixture matrix one fixture level at a time.\n',
  );
  // No URL was ever published from a generated handbook, so the permalink guard has nothing to keep.
  write('permalinks.json', manifestText([]));

  for (const level of wideLevels) {
    write(
      `levels/level-${level.id}.mdx`,
      frontmatter(`
id: ${level.id}
rank: ${level.rank}
${level.track ? `track: ${level.track}\n` : ''}title: ${level.title}
role: ${level.role}
closing: Fixture closing words of ${level.title}.
`) + `\nFixture introduction of ${level.title}, in fixture words.\n`,
    );
    wideCompetencies.forEach((competency, index) => {
      if (!describes(level, index)) return;
      const folder = `sections/level-${level.id}/${competency.id}`;
      const behaviors = 1 + ((level.rank + index) % 2);
      const items = Array.from(
        { length: behaviors },
        (_, n) =>
          `  - id: ${competency.id}-behavior-${n + 1}\n    text: Fixture behavior ${n + 1} of ${level.title} in ${competency.title}`,
      );
      write(
        `${folder}/key-behaviors.mdx`,
        frontmatter(`
level: ${level.id}
competency: ${competency.id}
kind: key-behaviors
title: Fixture Key Behaviors
items:
${items.join('\n')}
`),
      );
      if (index % 3 !== 0) return;
      write(
        `${folder}/focus-summary.mdx`,
        frontmatter(`
level: ${level.id}
competency: ${competency.id}
kind: focus-summary
title: Fixture Focus Summary
items:
  - id: ${competency.id}-focus-1
    text: Fixture focus on fixture widgets
  - id: ${competency.id}-focus-2
    text: Fixture focus on fixture gadgets at rank ${level.rank}
`),
      );
    });
  }
  return root;
}
