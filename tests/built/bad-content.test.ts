/**
 * Bad content never builds: `astro build` stops before writing anything, and its error names the
 * file, the line and the field. That includes a published link that would die.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-sites';
import { ladderFixture, output, repoRoot } from '../support/sites';

mkdirSync(output, { recursive: true });
// Inside the project, so Astro resolves its own packages from the project's node_modules.
const roots: string[] = [];
function copyOf(contentRoot: string): string {
  const root = mkdtempSync(join(output, 'bad-content-'));
  roots.push(root);
  cpSync(join(contentRoot, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('a build with bad content', () => {
  it('fails naming file, line and field, and publishes nothing', async () => {
    const root = copyOf(repoRoot);
    const file = 'content/sections/level-4/common-struggles.mdx';
    edit(join(root, file), (text) =>
      text.replace('id: under-communicates-tradeoffs', 'id: struggles-to-delegate'),
    );
    const outDir = join(root, 'dist');
    await expect(buildSite({ name: 'bad content', base: '/', dir: outDir, root })).rejects.toThrow(
      `${file}:8:5 items[1].id duplicate id "struggles-to-delegate": items[0] already uses it`,
    );
    expect(existsSync(outDir)).toBe(false);
  });

  it('fails when a published item id is renamed without formerIds: the permalink guard', async () => {
    const root = copyOf(ladderFixture);
    edit(join(root, 'content/sections/level-1/fixture-craft/key-behaviors.mdx'), (text) =>
      text.replace('id: fixture-asks-questions', 'id: fixture-asks-early'),
    );
    const outDir = join(root, 'dist');
    const building = buildSite({ name: 'renamed id', base: '/', dir: outDir, root });
    await expect(building).rejects.toThrow(
      /content\/permalinks\.json:\d+:5 urls\[\d+\] "\/levels\/1\/#fixture-asks-questions" was published and no longer resolves/,
    );
    expect(existsSync(outDir)).toBe(false);
  });
});
