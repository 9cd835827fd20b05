/** The last good site survives: a build is published only when complete, in one rename. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import safeOutput, { publish, stagingFor } from '../../src/integrations/safe-output';

const roots: string[] = [];
const tempRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'handbook-output-'));
  roots.push(root);
  return root;
};
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const site = (dir: string, text: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
};

describe('publishing a build', () => {
  it('puts a complete build in place of the last, and leaves nothing behind', () => {
    const root = tempRoot();
    const outDir = join(root, 'dist');
    site(outDir, 'last good');
    site(stagingFor(outDir), 'new');
    publish(stagingFor(outDir), outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(stagingFor(outDir))).toBe(false);
    expect(existsSync(`${stagingFor(outDir)}.previous`)).toBe(false);
  });

  it('publishes a first build where there was none', () => {
    const outDir = join(tempRoot(), 'dist');
    site(stagingFor(outDir), 'first');
    publish(stagingFor(outDir), outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('first');
  });
});

describe('the safe-output integration', () => {
  const hooks = safeOutput().hooks;
  const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;

  function setup(outDir: string, command: 'build' | 'dev') {
    let updated: { outDir?: unknown } = {};
    const options = {
      command,
      config: { outDir: pathToFileURL(`${outDir}/`) },
      updateConfig: (config: { outDir?: unknown }) => (updated = config),
    } as unknown as Parameters<NonNullable<(typeof hooks)['astro:config:setup']>>[0];
    void hooks['astro:config:setup']?.(options);
    return updated;
  }

  it('builds into the staging folder, so a failed build never touches the published site', () => {
    const root = tempRoot();
    const outDir = join(root, 'dist');
    site(outDir, 'last good');
    const { outDir: staging } = setup(outDir, 'build');
    expect(fileURLToPath(staging as URL)).toBe(`${stagingFor(outDir)}/`);
    site(stagingFor(outDir), 'half written');
    // The build fails here: astro:build:done never runs.
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('last good');
  });

  it('publishes when the build is done', async () => {
    const root = tempRoot();
    const outDir = join(root, 'dist');
    site(outDir, 'last good');
    setup(outDir, 'build');
    site(stagingFor(outDir), 'complete');
    await hooks['astro:build:done']?.({ logger } as unknown as Parameters<
      NonNullable<(typeof hooks)['astro:build:done']>
    >[0]);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('complete');
  });

  it('leaves the dev server and preview alone', () => {
    expect(setup(join(tempRoot(), 'dist'), 'dev')).toEqual({});
  });
});
