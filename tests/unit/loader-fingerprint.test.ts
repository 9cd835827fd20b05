/**
 * The dev server's fingerprint of a content file (src/pipeline/loader.ts): looked at, never opened, so
 * a symbolic link that loops or leads nowhere counts by what it is, and an edit to a linked file counts.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/pipeline/loader';

const dir = mkdtempSync(join(tmpdir(), 'handbook-fingerprint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a content file's fingerprint", () => {
  it('is its size and time, and for a link its target too, which an edit changes', () => {
    const file = join(dir, 'level-1.mdx');
    const link = join(dir, 'level-2.mdx');
    writeFileSync(file, '---\n---\n');
    symlinkSync(file, link);
    expect(fingerprintOf(file)).toMatch(/:[\d.]+:8$/);
    const before = fingerprintOf(link);
    expect(before).toMatch(/->[\d.]+:8$/);
    writeFileSync(file, '---\nid: 1\n---\n');
    expect(fingerprintOf(link)).not.toBe(before);
  });

  it('names a link that loops or leads nowhere, and a file that is gone, without throwing', () => {
    const loop = join(dir, 'loop-a.mdx');
    symlinkSync(join(dir, 'loop-b.mdx'), loop);
    symlinkSync(loop, join(dir, 'loop-b.mdx'));
    expect(fingerprintOf(loop)).toMatch(/->ELOOP$/);
    const dangling = join(dir, 'dangling.mdx');
    symlinkSync(join(dir, 'nothing.mdx'), dangling);
    expect(fingerprintOf(dangling)).toMatch(/->missing$/);
    expect(fingerprintOf(join(dir, 'gone.mdx'))).toBe(`${join(dir, 'gone.mdx')}:missing`);
  });
});
