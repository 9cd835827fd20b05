/**
 * Writing the permalink manifest (`content/permalinks.json`), for `npm run permalinks`: record what
 * the content publishes now, keeping everything recorded before; or, with `--fresh`, start afresh for
 * content that replaces the framework whose URLs the manifest holds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from '../../pipeline/compile';
import { MANIFEST_FILE } from '../../pipeline/content-files';
import { formatProblems, type ContentProblem } from '../../pipeline/problems';
import { readManifestFile } from '../../pipeline/read/read-content';
import { manifestText, publishedUrls, updateManifest } from '../../pipeline/urls/permalinks';
import type { ToolResult } from './tool-result';

/**
 * The manifest's text and URLs under `root` (none when it is absent), read as the build reads it; or
 * its problems, when the build would refuse it (YAML, JSON5, a FIFO…), so no tool parses it another way.
 */
function readManifest(
  root: string,
): { text: string | undefined; urls: string[]; problems?: undefined } | { problems: ContentProblem[] } {
  const { manifest, problems } = readManifestFile(root);
  if (problems.length > 0) return { problems };
  if (!manifest) return { text: undefined, urls: [] };
  return { text: readFileSync(join(root, MANIFEST_FILE), 'utf8'), urls: manifest.data.urls };
}

/** Adds every URL the content under `root` publishes to its manifest; drops nothing. */
export function recordPermalinks(root: string): ToolResult {
  const { handbook, problems } = compileContent(root);
  if (!handbook) return { ok: false, lines: [formatProblems(problems, 'the manifest was not changed')] };
  const read = readManifest(root);
  if (read.problems)
    return { ok: false, lines: [formatProblems(read.problems, 'the manifest was not changed')] };
  const recorded = read.urls;
  const urls = updateManifest(recorded, handbook);
  writeFileSync(join(root, MANIFEST_FILE), manifestText(urls));
  return { ok: true, lines: [`${MANIFEST_FILE}: ${urls.length} URLs, ${urls.length - recorded.length} new`] };
}

/**
 * Starts the manifest under `root` afresh: it records what the content publishes now and nothing of
 * before. For a new framework that replaces the one the manifest was kept for; the old framework's
 * URLs are what it drops.
 */
export function startFreshManifest(root: string): ToolResult {
  const file = join(root, MANIFEST_FILE);
  const before = readManifest(root);
  // A manifest the build refuses is not overwritten unread: what it recorded may be worth keeping.
  if (before.problems)
    return {
      ok: false,
      lines: [
        formatProblems(
          before.problems,
          'the manifest was not changed (to start afresh all the same, delete it and run npm run permalinks -- --fresh)',
        ),
      ],
    };
  // Compiled against an empty manifest: the old framework's URLs must not fail the new one.
  writeFileSync(file, manifestText([]));
  const { handbook, problems } = compileContent(root);
  if (!handbook) {
    if (before.text === undefined) writeFileSync(file, manifestText([]));
    else writeFileSync(file, before.text);
    return { ok: false, lines: [formatProblems(problems, 'the manifest was not changed')] };
  }
  const urls = publishedUrls(handbook);
  writeFileSync(file, manifestText(urls));
  const dropped = before.urls.filter((url) => !urls.includes(url)).length;
  return {
    ok: true,
    lines: [
      `${MANIFEST_FILE}: started afresh with the ${urls.length} URLs the content publishes now;`,
      `dropped ${dropped} URLs that only the framework it replaces published.`,
    ],
  };
}
