/**
 * Odd files and a wrong environment never hang a build or end it in a stack trace, and a build that
 * fails, however late, leaves the last good site as it was and no staging folder behind (issue 16): a
 * FIFO named like a section file, an invalid HANDBOOK_SITE, and an id so long that the bundler itself
 * fails once it has started writing. The builds run two at a time, on spoiled copies of the ladder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stagingFor } from '../../src/integrations/safe-output';
import { runBuild } from '../support/build-sites';
import { copyContent, removeCopies, type ContentCopy } from '../support/content-copy';
import { ladderFixture, output } from '../support/sites';

afterAll(removeCopies);

/** A copy of the ladder inside the project (so Astro resolves its packages), with a last good site in dist/. */
function spoiledCopy(spoil: (copy: ContentCopy) => void): { copy: ContentCopy; dist: string } {
  const copy = copyContent(ladderFixture, output);
  const dist = join(copy.root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'the last good site');
  spoil(copy);
  return { copy, dist };
}

/** Builds the copy, and checks the failure left the last good site and no staging folder. */
async function failingBuild(copy: ContentCopy, dist: string, site?: string): Promise<string> {
  const { code, output: log } = await runBuild({
    name: 'odd files',
    base: '/',
    dir: dist,
    root: copy.root,
    ...(site === undefined ? {} : { site }),
  });
  expect(code).not.toBe(0);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good site');
  expect(existsSync(stagingFor(dist))).toBe(false);
  return log;
}

const k1 = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';

describe.concurrent('a build that fails', () => {
  it('does not wait on a FIFO named like a section file: one line, and it stops', async () => {
    const { copy, dist } = spoiledCopy((copy) => {
      rmSync(copy.path(k1));
      execFileSync('mkfifo', [copy.path(k1)]);
    });
    const log = await failingBuild(copy, dist);
    expect(log).toContain(
      `${k1}:1:1 this is a named pipe (FIFO), not a file: it is not opened, since reading it would wait for ever; replace it with a regular file`,
    );
  });

  it('stops on an invalid HANDBOOK_SITE with one line naming the variable, and no stack trace', async () => {
    const { copy, dist } = spoiledCopy(() => undefined);
    const log = await failingBuild(copy, dist, 'not a url');
    expect(log).toContain(
      'HANDBOOK_SITE must be an absolute https:// or http:// address such as https://handbook.example.org, found "not a url"',
    );
    expect(log).not.toMatch(/^\s+at /m);
    expect(log).not.toContain('Stack trace');
  });

  it('removes its staging folder when it fails after pages began (a very long level id)', async () => {
    const id = `fixture-${'l'.repeat(231)}`;
    const { copy, dist } = spoiledCopy((copy) => {
      copy.write(
        `content/levels/level-${id}.mdx`,
        // With a body, the bundler names a chunk after the file: longer than a file name may be.
        `---\nid: ${id}\nrank: 9\ntitle: Fixture Long Level\n---\nFixture introduction.\n`,
      );
      copy.write(
        `content/sections/level-${id}/fixture-craft/key-behaviors.mdx`,
        copy.read(k1).replace('level: 1', `level: ${id}`),
      );
    });
    // Whether the content check refuses the id or the bundler fails on it, the failure leaves nothing.
    await failingBuild(copy, dist);
  });
});
