/**
 * Nothing under `content/` vanishes without a word: every file is part of the handbook or is reported,
 * and each file's name and folder agree with what it says it is, so a file is found where it belongs.
 *
 *   content/levels/level-<id>.mdx
 *   content/sections/level-<level>/<kind>.mdx                (or …/level-<level>/<competency>/<kind>.mdx)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, THESAURUS_FILE, type CollectionName } from '../content-files';
import { problemAt } from './report';
import type { ContentProblem } from '../problems';
import { listCollection, type ContentFiles } from '../read/read-content';
import { listReleases } from '../read/read-releases';

/** Every file under `dir`, relative to `root`; names starting with `.` (editor and system files) are left out. */
function filesUnder(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(root, `${dir}/${entry.name}`) : [`${dir}/${entry.name}`],
    );
}

const collectionNames: CollectionName[] = ['framework', 'levels', 'sections'];

export function findLayoutProblems(root: string, files: ContentFiles): ContentProblem[] {
  const known = new Set([
    MANIFEST_FILE,
    THESAURUS_FILE,
    ...listReleases(root),
    ...collectionNames.flatMap((name) => listCollection(root, name)),
  ]);
  const problems: ContentProblem[] = filesUnder(root, 'content')
    .filter((file) => !known.has(file))
    .sort()
    .map((file) => ({
      file,
      line: 1,
      column: 1,
      field: '',
      message: file.endsWith('.md')
        ? 'a .md file is not read, so it would vanish: content files are .mdx; rename it'
        : 'this file is not part of the handbook, so it would vanish: content files are .mdx in content/framework/, content/levels/ and content/sections/ (and releases, .json in content/releases/)',
    }));

  for (const level of files.levels) {
    const expected = `content/levels/level-${level.data.id}.mdx`;
    if (level.file !== expected) {
      problems.push(
        problemAt(
          level,
          ['id'],
          `level ${level.data.id}'s file must be ${expected}, so it is found where it belongs`,
        ),
      );
    }
  }
  for (const section of files.sections) {
    const { level, kind, competency } = section.data;
    const folder = `content/sections/level-${level}`;
    const expected = [
      `${folder}/${kind}.mdx`,
      ...(competency ? [`${folder}/${competency}/${kind}.mdx`] : []),
    ];
    if (!expected.includes(section.file)) {
      problems.push(
        problemAt(
          section,
          ['kind'],
          `this "${kind}" section of level ${level} must be ${expected.join(' or ')}, so it is found where it belongs`,
        ),
      );
    }
  }
  return problems;
}
