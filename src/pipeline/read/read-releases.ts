/**
 * Reads the releases `npm run release` wrote (`content/releases/<version>.json`): each is strict JSON,
 * checked by its schema, named by its version, and sealed by its checksum, so a file edited by hand,
 * renamed or half-written is one problem line, never a changelog that lies. Oldest first.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASES_DIR } from '../content-files';
import { compareVersions, releaseFileSchema, type ReleaseFile } from '../../schemas/release';
import type { ContentProblem } from '../problems';
import { checksumOf, contentOf, releaseFile } from '../releases/snapshot';
import { readDataFile, readSafely } from './data-file';
import type { SourceDocument } from './source-document';

/** The release files under `root`, relative to it: `content/releases/*.json`. */
export function listReleases(root: string): string[] {
  try {
    return readdirSync(join(root, RELEASES_DIR))
      .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
      .map((name) => `${RELEASES_DIR}/${name}`)
      .sort();
  } catch {
    return [];
  }
}

export function readReleases(root: string, problems: ContentProblem[]): SourceDocument<ReleaseFile>[] {
  const releases: SourceDocument<ReleaseFile>[] = [];
  for (const file of listReleases(root)) {
    const release = readSafely(file, problems, () =>
      readDataFile(root, file, 'release', releaseFileSchema, problems),
    );
    if (!release) continue;
    const { version, checksum } = release.data;
    const at = (path: string[]) => ({ file, ...release.locate(path) });
    if (file !== releaseFile(version)) {
      problems.push({
        ...at(['version']),
        field: 'version',
        message: `release ${version} must be in ${releaseFile(version)}: rename the file back (npm run release names it)`,
      });
      continue;
    }
    if (checksumOf(contentOf(release.data)) !== checksum) {
      problems.push({
        ...at(['checksum']),
        field: 'checksum',
        message:
          'this release was edited after npm run release wrote it: restore it from version control (git checkout -- <file>); a release records what was published and is never edited',
      });
      continue;
    }
    releases.push(release);
  }
  return releases.sort((a, b) => compareVersions(a.data.version, b.data.version));
}
