import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import pagefindIntegration, {
  indexSite,
  PagefindError,
  UNUSED_BUNDLE_FILES,
} from '../../src/integrations/pagefind';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-integration-'));
  dirs.push(dir);
  return dir;
};
/** A logger that keeps what it is told, for hooks called outside Astro. */
function recordingLogger() {
  const lines: string[] = [];
  const logger = { info: (line: string) => lines.push(line) } as unknown as AstroIntegrationLogger;
  return { lines, logger };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Pagefind integration', () => {
  it('indexes the site when Astro has written it', async () => {
    const site = tempDir();
    writeFileSync(
      join(site, 'index.html'),
      '<html lang="en"><body><main data-pagefind-body><p>Fixture.</p></main></body></html>',
    );
    const { lines, logger } = recordingLogger();
    const hook = pagefindIntegration().hooks['astro:build:done'];
    await hook?.({ dir: pathToFileURL(`${site}/`), logger } as unknown as Parameters<
      NonNullable<typeof hook>
    >[0]);
    expect(lines).toEqual(['indexed 1 pages for search']);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('indexes a site and writes the bundle into it', async () => {
    const site = tempDir();
    mkdirSync(join(site, 'a'));
    writeFileSync(
      join(site, 'a/index.html'),
      '<html lang="en"><body><main data-pagefind-body><h1>Fixture</h1><p>Fixture words to find.</p></main></body></html>',
    );
    expect(await indexSite(site)).toBe(1);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/wasm.en.pagefind'))).toBe(true);
  });

  it('indexes items with their dictionary words, and never writes the published pages or leaves a copy behind', async () => {
    const site = tempDir();
    const title = JSON.stringify({
      text: 'Fixture delegate',
      context: 'Fixture · Struggles',
      competency: 'c',
      weight: 5,
    });
    const html = `<html lang="en"><body><main data-pagefind-body><ul><li id="a" data-pagefind-title='${title}'>Fixture delegate—work</li></ul></main></body></html>`;
    writeFileSync(join(site, 'index.html'), html);
    const staged = () => readdirSync(tmpdir()).filter((name) => name.startsWith('handbook-index-')).length;
    const before = staged();
    const expanded: string[] = [];
    const expand = (text: string) => {
      expanded.push(text);
      return [{ term: 'assign', tier: 'synonym' as const, source: 'delegate' }];
    };
    expect(await indexSite(site, { expand })).toBe(1);
    expect(expanded).toEqual(['Fixture delegate']);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe(html);
    expect(staged()).toBe(before);
  });

  it("leaves out the files readers never load: Pagefind's UIs, its worker, its language-less WebAssembly", async () => {
    const site = tempDir();
    writeFileSync(join(site, 'index.html'), '<html lang="en"><body><p>Fixture words.</p></body></html>');
    await indexSite(site);
    const written = readdirSync(join(site, 'pagefind'));
    expect(written).toContain('pagefind.js');
    for (const file of UNUSED_BUNDLE_FILES) expect(written).not.toContain(file);
    // Only what src/client/search.ts loads: the API, its entry and page list, English WebAssembly, chunks.
    for (const file of written) {
      expect(file).toMatch(
        /^(pagefind\.js|pagefind-entry\.json|pagefind\.en_\w+\.pf_meta|wasm\.en\.pagefind|fragment|index|filter)$/,
      );
    }
  });
  it('fails when there is nothing to index', async () => {
    await expect(indexSite(tempDir())).rejects.toThrow(PagefindError);
  });
});
