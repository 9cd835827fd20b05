/**
 * `npm run new-handbook` on copies of the project's content: it leaves a minimal handbook that compiles,
 * every word a placeholder, with a fresh manifest, and never replaces work git could not bring back.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { listCollection } from '../../src/pipeline/read/read-content';
import { MANIFEST_FILE } from '../../src/pipeline/content-files';
import { contentState } from '../../src/cli/authoring/git-state';
import { newHandbook } from '../../src/cli/authoring/new-handbook';
import { starterFiles } from '../../src/cli/authoring/starter';
import { readFrontmatter } from '../../src/pipeline/read/frontmatter';
import { copyContent, removeCopies } from '../support/content-copy';
import { repoRoot } from '../support/sites';

afterEach(removeCopies);

const tsx = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const git = (root: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=fixture', '-c', 'user.email=fixture@example.org', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
/** The fixture ladder's content, committed in a repository of its own. */
const committedCopy = () => {
  const copy = copyContent();
  git(copy.root, 'init', '--quiet');
  git(copy.root, 'add', 'content');
  git(copy.root, 'commit', '--quiet', '-m', 'fixture content');
  return copy;
};

describe('new-handbook', () => {
  it("replaces a copy of the project's content with a minimal handbook that compiles with no problem", () => {
    const copy = copyContent(repoRoot);
    const before = readdirSync(copy.path('content'), { recursive: true, withFileTypes: true });
    const { ok, lines } = newHandbook(copy.root, { force: true });
    expect(ok).toBe(true);
    const { handbook, problems } = compileContent(copy.root);
    expect(problems).toEqual([]);
    expect(handbook?.levels).toHaveLength(1);
    expect(handbook?.levels[0]?.sections).toHaveLength(1);
    expect(handbook?.levels[0]?.sections[0]?.items).toHaveLength(1);
    expect(handbook?.competencies).toHaveLength(1);
    // Nothing of the old content is left.
    expect(listCollection(copy.root, 'levels')).toEqual(['content/levels/level-1.mdx']);
    expect(listCollection(copy.root, 'sections')).toEqual(['content/sections/level-1/key-behaviors.mdx']);
    for (const { file, text } of starterFiles) expect(copy.read(file)).toBe(text);
    const files = before.filter((entry) => entry.isFile()).length;
    expect(lines.join('\n')).toContain(`Removed the ${files} files of the previous content.`);
  });

  it('starts a fresh manifest, recording nothing, and says why the old one went', () => {
    const copy = copyContent(repoRoot);
    const old = (JSON.parse(copy.read(MANIFEST_FILE)) as { urls: string[] }).urls.length;
    const report = newHandbook(copy.root, { force: true }).lines.join('\n');
    expect(JSON.parse(copy.read(MANIFEST_FILE))).toMatchObject({ urls: [] });
    expect(report).toContain(`The ${old} URLs it listed belonged to the previous framework`);
    expect(report).toMatch(/Why the permalink manifest starts afresh/);
    expect(report).toMatch(/npm run permalinks/);
    expect(report).toMatch(/Next steps[\s\S]*npm run import -- items\.csv[\s\S]*npm test/);
  });

  it('writes words that are all placeholders, and says so', () => {
    for (const { file, text } of starterFiles.filter(({ file }) => file.endsWith('.mdx'))) {
      const { data, body } = readFrontmatter(text);
      const words = [
        body,
        ...JSON.stringify(data)
          .split('"')
          .filter((value) => / /.test(value)),
      ].filter((value) => value.trim() !== '');
      expect(words.length, file).toBeGreaterThan(0);
      for (const value of words) expect(value, file).toMatch(/\byour\b/i);
    }
  });

  it('refuses, changing nothing, when git cannot say the content is committed', () => {
    const copy = copyContent();
    const before = copy.read('content/levels/level-2.mdx');
    const { ok, lines } = newHandbook(copy.root);
    expect(ok).toBe(false);
    expect(lines.join('\n')).toMatch(/git cannot say whether it is committed[\s\S]*Nothing was changed/);
    expect(copy.read('content/levels/level-2.mdx')).toBe(before);
  });

  it('runs on committed content, and refuses changed or new files until they are committed', () => {
    const copy = committedCopy();
    expect(contentState(copy.root)).toEqual({ state: 'committed' });
    copy.edit('content/levels/level-2.mdx', (text) => `${text}\nMore words.\n`);
    copy.write('content/sections/level-2/notes.txt', 'an unsaved thought\n');
    const refused = newHandbook(copy.root);
    expect(refused.ok).toBe(false);
    expect(refused.lines[0]).toBe(
      [
        'new-handbook replaces content/, which has work that is not committed:',
        '  content/levels/level-2.mdx',
        '  content/sections/level-2/notes.txt',
        'Commit or stash it first (it can then be brought back), or run again with --force to replace it anyway.',
      ].join('\n'),
    );
    expect(existsSync(copy.path('content/sections/level-2/notes.txt'))).toBe(true);

    git(copy.root, 'add', 'content');
    git(copy.root, 'commit', '--quiet', '-m', 'the notes');
    const done = newHandbook(copy.root);
    expect(done.ok).toBe(true);
    expect(done.lines.join('\n')).toContain('They are in git: `git checkout HEAD -- content/');
    expect(compileContent(copy.root).problems).toEqual([]);
  });

  it('is the npm script: exit 1 and the reason on stderr when refused, exit 0 with --force', () => {
    const copy = copyContent();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [tsx, 'src/cli/new-handbook.ts', '--root', copy.root, ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
    const refused = run();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Nothing was changed\./);
    expect(existsSync(copy.path('content/levels/level-2.mdx'))).toBe(true);
    const forced = run('--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/^Started a new handbook in content\//);
    expect(readFileSync(join(copy.root, 'content/levels/level-1.mdx'), 'utf8')).toContain('id: 1');
  }, 30_000); // each run starts tsx: seconds on a busy machine

  it('starts a handbook where there was no content at all, with nothing to refuse', () => {
    const root = join(copyContent().root, 'empty-project');
    const { ok } = newHandbook(root);
    expect(ok).toBe(true);
    expect(compileContent(root).problems).toEqual([]);
  });
});
