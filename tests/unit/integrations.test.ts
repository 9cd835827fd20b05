import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import contentCheck, { assertValidContent, ContentError } from '../../src/integrations/content-check';
import pagefindIntegration, { indexSite, PagefindError } from '../../src/integrations/pagefind';
import { repoRoot } from '../support/sites';

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

describe('content check', () => {
  it('passes the real content', () => {
    expect(() => assertValidContent(repoRoot)).not.toThrow();
  });
  it('throws one error listing every problem as file:line:col field message', () => {
    const root = tempDir();
    mkdirSync(join(root, 'content/levels'), { recursive: true });
    writeFileSync(
      join(root, 'content/levels/level-1.mdx'),
      '---\nnumber: one\ntitle: T\nrole: r\nclosing: c\n---\n',
    );
    expect(() => assertValidContent(root)).toThrow(ContentError);
    try {
      assertValidContent(root);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^The handbook content has 3 problems; nothing was built\./);
      expect(message).toContain(
        'content/levels/level-1.mdx:2:1 number Invalid input: expected number, received string',
      );
      expect(message).toContain('content/framework:1:1 the "framework" collection is empty');
    }
  });
});

describe('content check integration', () => {
  const hook = contentCheck().hooks['astro:config:setup'];
  const run = (root: string, command: 'build' | 'dev' | 'preview') => {
    const { lines, logger } = recordingLogger();
    // Only the fields the hook reads; the rest of Astro's setup options do not matter here.
    const options = { config: { root: pathToFileURL(`${root}/`) }, command, logger } as unknown as Parameters<
      NonNullable<typeof hook>
    >[0];
    return { lines, result: () => hook?.(options) };
  };

  it('checks the content before a build and says so', async () => {
    const { lines, result } = run(repoRoot, 'build');
    await result();
    expect(lines).toEqual(['content is valid']);
  });
  it('stops a build with bad content', () => {
    expect(() => run(tempDir(), 'build').result()).toThrow(ContentError);
  });
  it('does not check content for a preview of an existing build', async () => {
    const { lines, result } = run(tempDir(), 'preview');
    await result();
    expect(lines).toEqual([]);
  });
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
  });
  it('fails when there is nothing to index', async () => {
    await expect(indexSite(tempDir())).rejects.toThrow(PagefindError);
  });
});
