/**
 * `npm run new-handbook`: replaces `content/` with the starter handbook (`starter.ts`), a fresh
 * permalink manifest included, and says what it did, why the manifest starts afresh, and what to do
 * next. It refuses, unless forced, when `content/` holds work git could not bring back.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileContent } from '../../pipeline/compile';
import { MANIFEST_FILE } from '../../pipeline/content-files';
import { formatProblems } from '../../pipeline/problems';
import { contentState, refusal, type ContentState } from './git-state';
import { starterFiles } from './starter';
import type { ToolResult } from './tool-result';

/** How many files are under `dir`, at any depth. */
function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (count, entry) => count + (entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1),
    0,
  );
}

/** How many URLs the manifest under `root` records; 0 when it is absent or unreadable. */
function recordedCount(root: string): number {
  try {
    const data = JSON.parse(readFileSync(join(root, MANIFEST_FILE), 'utf8')) as { urls?: unknown };
    return Array.isArray(data.urls) ? data.urls.length : 0;
  } catch {
    return 0;
  }
}

/** The URLs the old manifest listed, as a sentence's subject. */
const listed = (count: number) =>
  count === 0 ? 'Any URL it listed' : count === 1 ? 'The URL it listed' : `The ${count} URLs it listed`;

/**
 * Replaces `content/` under `root` with the starter handbook. `state` is what git says of the content
 * (asked of git by default); with `force`, uncommitted work is replaced too.
 */
export function newHandbook(
  root: string,
  options: { force?: boolean; state?: ContentState } = {},
): ToolResult {
  const state = options.state ?? contentState(root);
  const refused = refusal(state, 'new-handbook');
  if (refused && !options.force) return { ok: false, lines: [refused, 'Nothing was changed.'] };

  const content = join(root, 'content');
  const removed = countFiles(content);
  const recorded = recordedCount(root);
  rmSync(content, { recursive: true, force: true });
  for (const { file, text } of starterFiles) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const { problems } = compileContent(root);
  // The starter is tested to compile; a problem here is a bug in this tool, not in anyone's content.
  if (problems.length > 0) throw new Error(formatProblems(problems, 'the starter handbook is broken'));

  const width = Math.max(...starterFiles.map(({ file }) => file.length));
  const undo =
    state.state === 'committed'
      ? ' They are in git: `git checkout HEAD -- content/ && git clean -fd -- content/` brings them back.'
      : '';
  return {
    ok: true,
    lines: [
      'Started a new handbook in content/.',
      ...(removed > 0 ? [`Removed the ${removed} files of the previous content.${undo}`] : []),
      ...starterFiles.map(({ file, about }) => `  wrote ${file.padEnd(width)}  ${about}`),
      '',
      'Why the permalink manifest starts afresh:',
      `  ${MANIFEST_FILE} lists every URL the handbook has published, and the build fails while one`,
      '  of them no longer resolves, so that links pasted into promotion documents keep working.',
      `  ${listed(recorded)} belonged to the previous framework, which this one replaces: kept,`,
      '  each would fail the build. The new manifest lists nothing until you publish.',
      '',
      'Next steps (CONTRIBUTING.md, "Start your own handbook"):',
      "  1. Edit content/framework/handbook.mdx: your framework's name, summary and competencies (and tracks).",
      '  2. Write your levels and their sections (CONTRIBUTING.md: "Add a level", "Add a section"),',
      '     or import them from a spreadsheet: npm run import -- items.csv --levels levels.csv',
      '  3. npm run dev, and read it as your readers will.',
      '  4. npm run permalinks, to record the URLs you are about to publish.',
      '  5. npm test',
      '  6. npm run build, and publish dist/.',
    ],
  };
}
