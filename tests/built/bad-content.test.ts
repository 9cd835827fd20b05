/**
 * Bad content never builds: `astro build` stops before writing anything, and its error names the
 * file, the line and the field.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-sites';
import { output, repoRoot } from '../support/sites';

mkdirSync(output, { recursive: true });
// Inside the project, so Astro resolves its own packages from the project's node_modules.
const root = mkdtempSync(join(output, 'bad-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build with bad content', () => {
  it('fails naming file, line and field, and publishes nothing', async () => {
    cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
    const file = 'content/sections/level-4/common-struggles.mdx';
    const broken = readFileSync(join(root, file), 'utf8').replace(
      'id: under-communicates-tradeoffs',
      'id: struggles-to-delegate',
    );
    writeFileSync(join(root, file), broken);
    const outDir = join(root, 'dist');

    await expect(buildSite({ name: 'bad content', base: '/', dir: outDir, root })).rejects.toThrow(
      `${file}:8:5 items[1].id duplicate id "struggles-to-delegate": items[0] already uses it`,
    );
    expect(existsSync(outDir)).toBe(false);
  });
});
