/**
 * Bad content never builds, as a maintainer meets it: `astro build` exits with an error naming the
 * file, the line, the column and the field, and the last good site is left exactly as it was. One case
 * per stage of the content check (each stage's every mistake is in tests/unit/content-is-data.test.ts
 * and load-handbook.test.ts, through the same loader); the builds run two at a time.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build-sites';
import { ladderFixture, output, repoRoot } from '../support/sites';

mkdirSync(output, { recursive: true });
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A copy of `from`'s content (inside the project, so Astro resolves its packages), with a last good site in dist/. */
function copyOf(from: string): { root: string; dist: string } {
  const root = mkdtempSync(join(output, 'bad-content-'));
  roots.push(root);
  cpSync(join(from, 'content'), join(root, 'content'), { recursive: true });
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'the last good site');
  return { root, dist };
}
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));
function withFixture(root: string, name: string): void {
  const source = readFileSync(join(repoRoot, 'tests/fixtures/invalid', `${name}.mdx`), 'utf8');
  const target = join(root, /# replaces: (\S+)/.exec(source)?.[1] ?? '');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, source);
}

const k1 = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';
const cases: [string, (root: string) => void, string | RegExp][] = [
  [
    'a field that breaks its schema',
    (root) => withFixture(root, 'duplicate-id'),
    `${k1}:10:5 items[1].id duplicate id "fixture-shares-widgets": items[0] already uses it`,
  ],
  [
    'files that do not fit together',
    (root) => withFixture(root, 'unknown-level'),
    'content/sections/level-fixture-principal/fixture-craft/key-behaviors.mdx:3:1 level no level has id 9',
  ],
  [
    'raw HTML in text',
    (root) => withFixture(root, 'text-script'),
    `${k1}:9:5 items[0].text raw HTML "<script>" is not allowed`,
  ],
  [
    'code in an MDX body',
    (root) => withFixture(root, 'body-import'),
    'content/levels/level-1.mdx:10:1 import and export are not allowed: content is data, not code',
  ],
  [
    'a file that would vanish',
    (root) => withFixture(root, 'wrong-extension'),
    'content/sections/level-1/fixture-craft/common-struggles.md:1:1 a .md file is not read',
  ],
  [
    'a published link that would die',
    (root) =>
      edit(join(root, k1), (text) => text.replace('id: fixture-asks-questions', 'id: fixture-asks-early')),
    /content\/permalinks\.json:\d+:5 urls\[\d+\] "\/levels\/1\/#fixture-asks-questions" was published and no longer resolves/,
  ],
  [
    'bytes that are not UTF-8',
    (root) => {
      const bytes = readFileSync(join(root, k1));
      writeFileSync(join(root, k1), Buffer.concat([bytes, Buffer.from([0xc3, 0x28])]));
    },
    new RegExp(`${k1}:\\d+:1 this file is not UTF-8 text`),
  ],
];

describe.concurrent('a build with bad content', () => {
  it.each(cases)(
    'stops on %s, names the place, and leaves the last good site as it was',
    async (_, spoil, expected) => {
      const { root, dist } = copyOf(ladderFixture);
      spoil(root);
      const { code, output: log } = await runBuild({ name: 'bad content', base: '/', dir: dist, root });
      expect(code).not.toBe(0);
      if (typeof expected === 'string') expect(log).toContain(expected);
      else expect(log).toMatch(expected);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good site');
    },
  );

  it('stops on the real handbook too', async () => {
    const { root, dist } = copyOf(repoRoot);
    const file = 'content/sections/level-4/common-struggles.mdx';
    edit(join(root, file), (text) =>
      text.replace('id: under-communicates-tradeoffs', 'id: struggles-to-delegate'),
    );
    const { code, output: log } = await runBuild({ name: 'bad content', base: '/', dir: dist, root });
    expect(code).not.toBe(0);
    expect(log).toContain(
      `${file}:8:5 items[1].id duplicate id "struggles-to-delegate": items[0] already uses it`,
    );
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good site');
  });
});
