import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertValidContent, ContentError } from '../../src/integrations/content-check';
import { indexSite, PagefindError } from '../../src/integrations/pagefind';
import { repoRoot } from '../support/sites';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-integration-'));
  dirs.push(dir);
  return dir;
};
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
    writeFileSync(join(root, 'content/levels/level-1.mdx'), '---\nnumber: one\ntitle: T\nrole: r\nclosing: c\n---\n');
    expect(() => assertValidContent(root)).toThrow(ContentError);
    try {
      assertValidContent(root);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^The handbook content has 3 problems; nothing was built\./);
      expect(message).toContain('content/levels/level-1.mdx:2:1 number Invalid input: expected number, received string');
      expect(message).toContain('content/framework:1:1 the "framework" collection is empty');
    }
  });
});

describe('Pagefind integration', () => {
  it('indexes a site and writes the bundle into it', async () => {
    const site = tempDir();
    mkdirSync(join(site, 'a'));
    writeFileSync(join(site, 'a/index.html'), '<html lang="en"><body><main data-pagefind-body><h1>Fixture</h1><p>Fixture words to find.</p></main></body></html>');
    expect(await indexSite(site)).toBe(1);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
  });
  it('fails when there is nothing to index', async () => {
    await expect(indexSite(tempDir())).rejects.toThrow(PagefindError);
  });
});
