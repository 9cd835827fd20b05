/**
 * Bad content never builds: `astro build` stops before writing anything, and its error names the
 * file, the line and the field.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/sites';

const root = mkdtempSync(join(tmpdir(), 'handbook-bad-content-'));
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

    const building = build({
      root,
      configFile: relative(root, join(repoRoot, 'astro.config.mjs')),
      srcDir: join(repoRoot, 'src'),
      publicDir: join(repoRoot, 'public'),
      outDir,
      logLevel: 'silent',
    });

    await expect(building).rejects.toThrow(
      `${file}:8:5 items[1].id duplicate id "struggles-to-delegate": items[0] already uses it`,
    );
    expect(existsSync(outDir)).toBe(false);
  });
});
