/**
 * Whether the content a tool is about to replace is safe in git: committed, so `git checkout` brings
 * it back. Tools that replace `content/` refuse to run, unless forced, when it is not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** What git says of `content/` under a project root. */
export type ContentState =
  /** No `content/` folder: nothing to lose. */
  | { state: 'absent' }
  /** Every file is committed as it is. */
  | { state: 'committed' }
  /** Files changed, new, deleted or ignored since the last commit: work that git could not bring back. */
  | { state: 'uncommitted'; files: string[] }
  /** Git cannot tell (not a repository, or no git): nothing says the content is safe. */
  | { state: 'unknown'; reason: string };

/**
 * The paths in `git status --porcelain` output (`XY path`, or `XY from -> to` for a rename), with
 * git's quoting of unusual names left as it is.
 */
export function parsePorcelain(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.length > 3)
    .map((line) => {
      const path = line.slice(3);
      const arrow = path.indexOf(' -> ');
      return arrow === -1 ? path : path.slice(arrow + 4);
    });
}

/** Asks git about `content/` under `root`: changed, untracked and ignored files all count. */
export function contentState(root: string): ContentState {
  if (!existsSync(join(root, 'content'))) return { state: 'absent' };
  const result = spawnSync(
    'git',
    ['status', '--porcelain=v1', '--untracked-files=all', '--ignored=matching', '--', 'content'],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.error) return { state: 'unknown', reason: `git could not be run (${result.error.message})` };
  if (result.status !== 0) {
    const why = result.stderr.trim().split('\n')[0] ?? '';
    return { state: 'unknown', reason: why || `git status exited with ${String(result.status)}` };
  }
  const files = parsePorcelain(result.stdout);
  return files.length === 0 ? { state: 'committed' } : { state: 'uncommitted', files };
}

/** Why a tool refuses to replace the content, or undefined when it may. */
export function refusal(state: ContentState, tool: string): string | undefined {
  if (state.state === 'absent' || state.state === 'committed') return undefined;
  if (state.state === 'unknown') {
    return `${tool} replaces content/, and git cannot say whether it is committed (${state.reason}), so it might be lost for good. Commit it (or copy it somewhere), or run again with --force to replace it anyway.`;
  }
  const shown = state.files.slice(0, 10).map((file) => `  ${file}`);
  const more = state.files.length > shown.length ? [`  … and ${state.files.length - shown.length} more`] : [];
  return [
    `${tool} replaces content/, which has work that is not committed:`,
    ...shown,
    ...more,
    'Commit or stash it first (it can then be brought back), or run again with --force to replace it anyway.',
  ].join('\n');
}
