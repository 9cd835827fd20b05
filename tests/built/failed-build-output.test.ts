/**
 * What a maintainer reads when content is wrong, from Astro's own command line (`astro build`,
 * `astro check`), not from the programmatic build the other site tests use: the problem lines, each
 * naming its file, and nothing after them: no "Stack trace:" (which Astro prints before any stack an
 * error has, even an empty one), no frames. Each run is a project of links to this one's code, with a
 * copy of the fixture ladder's content, spoiled.
 */
import { spawn } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent, removeCopies } from '../support/content-copy';
import { ladderFixture, output, repoRoot } from '../support/sites';

afterAll(removeCopies);

/** Runs `astro <command>` in a project whose content is the ladder's with `spoiled` in place. */
function runAstro(
  command: 'build' | 'check',
  spoiled: string,
): Promise<{ code: number | null; log: string }> {
  const copy = copyContent(ladderFixture, output);
  copy.spoil(spoiled);
  for (const name of ['src', 'public', 'node_modules', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    symlinkSync(join(repoRoot, name), join(copy.root, name));
  const child = spawn(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: copy.root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, log })));
}

/** The output's lines from the content report on, as printed. */
const report = (log: string) => log.slice(log.indexOf('The handbook content has')).trimEnd().split('\n');

describe.concurrent('a failed build, as Astro prints it', () => {
  it.each([
    [
      'build' as const,
      'shared-rank',
      "content/levels/level-3-manager.mdx:4:1 rank 3 is also level 3-ic's (content/levels/level-3-ic.mdx:3:1): levels share a rank only on different tracks, so give each a track",
    ],
    [
      'build' as const,
      'yaml-alias-bomb',
      'content/levels/level-2.mdx:6:16 YAML: aliases such as *a stand for more than 100 values in all: write the values out in full',
    ],
    [
      'check' as const,
      'duplicate-id',
      'content/sections/level-1/fixture-craft/key-behaviors.mdx:10:5 items[1].id duplicate id "fixture-shares-widgets": items[0] already uses it',
    ],
  ])('astro %s on %s ends with the problem line, and no stack trace', async (command, spoiled, line) => {
    const { code, log } = await runAstro(command, spoiled);
    expect(code, log).not.toBe(0);
    expect(report(log), log).toEqual(['The handbook content has 1 problem; nothing was built.', line]);
    expect(log).not.toMatch(/Stack trace|^\s+at /m);
  });
});
