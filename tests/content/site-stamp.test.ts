/**
 * The built sites' reuse (tests/support/site-stamp.ts): a build is reused only while everything it is
 * built from hashes the same, and only once it is complete.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { copyContent, removeCopies } from '../support/content-copy';
import { clearStamp, inputsHash, isCurrent, writeStamp } from '../support/site-stamp';
import { output, type BuiltSite } from '../support/sites';

afterAll(removeCopies);
afterEach(() => vi.unstubAllEnvs());

/** A copy of the fixture ladder inside the project (as builds have), and a site built from it. */
function site(): { copy: ReturnType<typeof copyContent>; built: BuiltSite } {
  const copy = copyContent(undefined, output);
  const built = { name: 'stamp test', base: '/handbook/', dir: join(copy.root, 'dist'), root: copy.root };
  return { copy, built };
}

/** What a complete build leaves: its pages and its search index. */
function completeBuild(built: BuiltSite): void {
  mkdirSync(join(built.dir, 'pagefind'), { recursive: true });
  writeFileSync(join(built.dir, 'index.html'), '<!doctype html>');
  writeFileSync(join(built.dir, 'pagefind/pagefind.js'), '');
}

describe('reusing a built site', () => {
  it('hashes the same inputs the same, and differently once a content file or an option changes', () => {
    const { copy, built } = site();
    const hash = inputsHash(built, copy.root);
    expect(inputsHash(built, copy.root)).toBe(hash);
    expect(inputsHash({ ...built, base: '/' }, copy.root)).not.toBe(hash);
    expect(inputsHash({ ...built, site: 'https://handbook.example' }, copy.root)).not.toBe(hash);
    copy.edit('content/levels/level-1.mdx', (text) => text.replace('Fixture', 'Fixture, edited'));
    expect(inputsHash(built, copy.root)).not.toBe(hash);
  });

  it('reuses a build only when it is stamped with these inputs and complete', () => {
    const { copy, built } = site();
    const hash = inputsHash(built, copy.root);
    completeBuild(built);
    expect(isCurrent(built, hash)).toBe(false);
    writeStamp(built, hash);
    expect(isCurrent(built, hash)).toBe(true);
    expect(isCurrent(built, `${hash}0`)).toBe(false);
    vi.stubEnv('HANDBOOK_REBUILD', '1');
    expect(isCurrent(built, hash)).toBe(false);
  });

  it('forgets the stamp when a build starts, so a build that fails half-way is never reused', () => {
    const { copy, built } = site();
    const hash = inputsHash(built, copy.root);
    completeBuild(built);
    writeStamp(built, hash);
    clearStamp(built);
    expect(isCurrent(built, hash)).toBe(false);
  });
});
