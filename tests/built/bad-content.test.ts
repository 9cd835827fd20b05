/**
 * Bad content never builds, as a maintainer meets it: `astro build` exits with an error naming the
 * file, the line, the column and the field, and the last good site is left exactly as it was. One case
 * per stage of the content check (each stage's every mistake is in tests/content/content-is-data.test.ts
 * and compile.test.ts, through the same loader); the builds run two at a time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build-sites';
import { copyContent, removeCopies, type ContentCopy } from '../support/content-copy';
import { ladderFixture, level4Fixture, output } from '../support/sites';

afterAll(removeCopies);

/** A copy of `from`'s content (inside the project, so Astro resolves its packages), with a last good site in dist/. */
function copyOf(from: string): { copy: ContentCopy; dist: string } {
  const copy = copyContent(from, output);
  const dist = join(copy.root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'the last good site');
  return { copy, dist };
}

const k1 = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';
const cases: [string, (copy: ContentCopy) => void, string | RegExp][] = [
  [
    'a field that breaks its schema',
    (copy) => copy.spoil('duplicate-id'),
    `${k1}:10:5 items[1].id duplicate id "fixture-shares-widgets": items[0] already uses it`,
  ],
  [
    'files that do not fit together',
    (copy) => copy.spoil('unknown-level'),
    'content/sections/level-fixture-principal/fixture-craft/key-behaviors.mdx:3:1 level no level has id 9',
  ],
  [
    'raw HTML in text',
    (copy) => copy.spoil('text-script'),
    `${k1}:9:5 items[0].text raw HTML "<script>" is not allowed`,
  ],
  [
    'code in an MDX body',
    (copy) => copy.spoil('body-import'),
    'content/levels/level-1.mdx:10:1 import and export are not allowed: content is data, not code',
  ],
  [
    'a file that would vanish',
    (copy) => copy.spoil('wrong-extension'),
    'content/sections/level-1/fixture-craft/common-struggles.md:1:1 a .md file is not read',
  ],
  [
    'a published link that would die',
    (copy) => copy.edit(k1, (text) => text.replace('id: fixture-asks-questions', 'id: fixture-asks-early')),
    /content\/permalinks\.json:\d+:5 urls\[\d+\] "\/levels\/1\/#fixture-asks-questions" was published and no longer resolves/,
  ],
  [
    'bytes that are not UTF-8',
    (copy) => copy.write(k1, Buffer.concat([readFileSync(copy.path(k1)), Buffer.from([0xc3, 0x28])])),
    new RegExp(`${k1}:\\d+:1 this file is not UTF-8 text`),
  ],
];

describe.concurrent('a build with bad content', () => {
  it.each(cases)(
    'stops on %s, names the place, and leaves the last good site as it was',
    async (_, spoil, expected) => {
      const { copy, dist } = copyOf(ladderFixture);
      spoil(copy);
      const { code, output: log } = await runBuild({
        name: 'bad content',
        base: '/',
        dir: dist,
        root: copy.root,
      });
      expect(code).not.toBe(0);
      if (typeof expected === 'string') expect(log).toContain(expected);
      else expect(log).toMatch(expected);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good site');
    },
  );

  it('stops on the Level 4 fixture too', async () => {
    const { copy, dist } = copyOf(level4Fixture);
    const file = 'content/sections/level-4/common-struggles.mdx';
    copy.edit(file, (text) => text.replace('id: under-communicates-tradeoffs', 'id: struggles-to-delegate'));
    const { code, output: log } = await runBuild({
      name: 'bad content',
      base: '/',
      dir: dist,
      root: copy.root,
    });
    expect(code).not.toBe(0);
    expect(log).toContain(
      `${file}:8:5 items[1].id duplicate id "struggles-to-delegate": items[0] already uses it`,
    );
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good site');
  });
});
