/**
 * Recording a release, for `npm run release`: the content as it is now, at the version its framework
 * file names, written to `content/releases/<version>.json`, and every URL it publishes recorded in the
 * permalink manifest. Refused, with nothing written, while the content check or the permalink guard
 * fails, when the framework names no version, or when the version is not above the latest release.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileContent } from '../../pipeline/compile';
import { formatProblems } from '../../pipeline/problems';
import { releaseFile, releaseText, sameContent, snapshotOf } from '../../pipeline/releases/snapshot';
import { compareVersions } from '../../schemas/release';
import { recordPermalinks } from './manifest';
import type { ToolResult } from './tool-result';

const NOTHING_WRITTEN = 'no release was recorded';

/** Today, as a release records it: `2026-11-30` (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Writes `text` to `file` whole or not at all: a release is never half-written. */
function writeWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const staging = `${file}.writing`;
  writeFileSync(staging, text);
  renameSync(staging, file);
}

export function recordRelease(root: string, released: string = today()): ToolResult {
  const { handbook, problems, files } = compileContent(root);
  if (!handbook) return { ok: false, lines: [formatProblems(problems, NOTHING_WRITTEN)] };
  const frameworkFile = files.framework[0]?.file ?? 'content/framework/';
  const version = handbook.version;
  if (version === undefined) {
    return {
      ok: false,
      lines: [
        `${frameworkFile}:1:1 version is missing: name the version to release in the framework file (version: 2026.1, or 1.0.0)`,
        NOTHING_WRITTEN,
      ],
    };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(released) || Number.isNaN(Date.parse(released))) {
    return { ok: false, lines: [`--date ${released} is not a date written YYYY-MM-DD`, NOTHING_WRITTEN] };
  }
  const snapshot = snapshotOf(handbook, version, released);
  const latest = handbook.releases.at(-1);
  if (latest && compareVersions(version, latest.version) === 0) {
    if (sameContent(latest, snapshot))
      return { ok: true, lines: [`release ${version} is already recorded, and nothing has changed since`] };
    return {
      ok: false,
      lines: [
        `release ${version} is already recorded (${releaseFile(version)}) and the content has changed since: raise version in ${frameworkFile} to release the changes`,
        NOTHING_WRITTEN,
      ],
    };
  }
  if (latest && sameContent(latest, snapshot)) {
    return {
      ok: false,
      lines: [
        `nothing citable has changed since release ${latest.version}: there is nothing to release as ${version}`,
        NOTHING_WRITTEN,
      ],
    };
  }
  const file = join(root, releaseFile(version));
  if (existsSync(file)) {
    // A file under this name that the reader did not take as a release says so among the problems.
    return { ok: false, lines: [`${releaseFile(version)} already exists: remove it first`, NOTHING_WRITTEN] };
  }
  writeWhole(file, releaseText(snapshot));
  const recorded = recordPermalinks(root);
  const items = snapshot.items.length;
  return {
    ok: recorded.ok,
    lines: [
      `${releaseFile(version)}: release ${version} of ${released}, ${snapshot.levels.length} levels, ${items} items`,
      ...recorded.lines,
    ],
  };
}
