/**
 * The framework's version against its releases: once `content/releases/` records a release, the
 * framework names the version it is at, and a version only goes up. (Each release file is checked on
 * its own as it is read: `read/read-releases.ts`.)
 */
import { compareVersions } from '../../schemas/release';
import type { ContentProblem } from '../problems';
import type { ContentFiles } from '../read/read-content';
import { problemAt } from './report';

export function findReleaseProblems(files: ContentFiles): ContentProblem[] {
  const framework = files.framework[0];
  const latest = files.releases.at(-1);
  if (!framework || !latest) return [];
  const released = latest.data.version;
  const version = framework.data.version;
  if (version === undefined) {
    return [
      problemAt(
        framework,
        [],
        `version is missing: ${latest.file} records release ${released}, so citations must name a version; add version: ${released} (or a later one, before npm run release)`,
      ),
    ];
  }
  if (compareVersions(version, released) < 0) {
    return [
      problemAt(
        framework,
        ['version'],
        `${version} is older than the latest release, ${released} (${latest.file}): a version only goes up; write ${released} or a later one`,
      ),
    ];
  }
  return [];
}
