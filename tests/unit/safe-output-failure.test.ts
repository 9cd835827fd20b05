/** A build that fails for any reason leaves no staging folder behind, and the last good site as it was. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import safeOutput, { publish, stagingFor } from '../../src/integrations/safe-output';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const site = (dir: string, text: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
};

/** The integration set up for a build of `outDir`, with the cleanup it asks to run when the process ends. */
function building(outDir: string) {
  const cleanups: (() => void)[] = [];
  const { hooks } = safeOutput((cleanup) => cleanups.push(cleanup));
  const options = {
    command: 'build',
    config: { outDir: pathToFileURL(`${outDir}/`) },
    updateConfig: () => undefined,
  } as unknown as Parameters<NonNullable<(typeof hooks)['astro:config:setup']>>[0];
  void hooks['astro:config:setup']?.(options);
  const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
  const done = () =>
    hooks['astro:build:done']?.({ logger } as unknown as Parameters<
      NonNullable<(typeof hooks)['astro:build:done']>
    >[0]);
  const exit = () => cleanups.forEach((cleanup) => cleanup());
  return { cleanups, done, exit };
}

function outDirIn(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-output-'));
  roots.push(root);
  return join(root, 'dist');
}

describe('a build that fails after staging began', () => {
  it('removes the staging folder when the process ends, and leaves the last good site', () => {
    const outDir = outDirIn();
    site(outDir, 'last good');
    const build = building(outDir);
    expect(build.cleanups).toHaveLength(1);
    // The bundler wrote part of the site, then threw ("File name too long"): build:done never runs.
    site(join(stagingFor(outDir), 'levels/1'), 'half written');
    build.exit();
    expect(existsSync(stagingFor(outDir))).toBe(false);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('last good');
  });

  it('leaves a published build alone when the process ends', async () => {
    const outDir = outDirIn();
    site(outDir, 'last good');
    const build = building(outDir);
    site(stagingFor(outDir), 'complete');
    await build.done();
    build.exit();
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('complete');
  });

  it('puts the last good site back when publishing itself fails, and the staging folder goes on exit', () => {
    const outDir = outDirIn();
    site(outDir, 'last good');
    const build = building(outDir);
    // Nothing to publish: the rename of the staging folder fails.
    expect(() => publish(stagingFor(outDir), outDir)).toThrow();
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('last good');
    site(stagingFor(outDir), 'half written');
    build.exit();
    expect(existsSync(stagingFor(outDir))).toBe(false);
  });

  it('fails to publish with nothing to put back when there was no site before', () => {
    const outDir = outDirIn();
    expect(() => publish(stagingFor(outDir), outDir)).toThrow();
    expect(existsSync(outDir)).toBe(false);
  });

  it('asks for no cleanup outside a build', () => {
    const cleanups: (() => void)[] = [];
    const { hooks } = safeOutput((cleanup) => cleanups.push(cleanup));
    void hooks['astro:config:setup']?.({
      command: 'dev',
      config: { outDir: pathToFileURL(`${outDirIn()}/`) },
      updateConfig: () => undefined,
    } as unknown as Parameters<NonNullable<(typeof hooks)['astro:config:setup']>>[0]);
    expect(cleanups).toEqual([]);
  });
});
