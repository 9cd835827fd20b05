/** What a thing under content/ that is not a regular file is called, and reading what cannot be read. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contentFileProblem,
  notAFile,
  readContentFile,
  readFailure,
} from '../../src/pipeline/read/content-file';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-files-'));
  roots.push(root);
  mkdirSync(join(root, 'content/levels'), { recursive: true });
  return root;
}

/** Stats that are only what `kind` says. */
function stats(kind: 'file' | 'dir' | 'fifo' | 'char' | 'block' | 'socket' | 'other'): Stats {
  return {
    isFile: () => kind === 'file',
    isDirectory: () => kind === 'dir',
    isFIFO: () => kind === 'fifo',
    isCharacterDevice: () => kind === 'char',
    isBlockDevice: () => kind === 'block',
    isSocket: () => kind === 'socket',
  } as Stats;
}

describe('notAFile', () => {
  it.each([
    ['file', undefined],
    ['dir', 'this is a folder, not a file'],
    ['fifo', 'this is a named pipe (FIFO), not a file'],
    ['char', 'this is a device, not a file'],
    ['block', 'this is a device, not a file'],
    ['socket', 'this is a socket, not a file'],
    ['other', 'this is not a regular file'],
  ] as const)('calls a %s what it is', (kind, start) => {
    const said = notAFile(stats(kind));
    if (start === undefined) expect(said).toBeUndefined();
    else expect(said?.startsWith(start)).toBe(true);
  });
});

describe('readContentFile', () => {
  it('reads a regular file', () => {
    const root = project();
    writeFileSync(join(root, 'content/levels/level-1.mdx'), 'fixture');
    expect(readContentFile(root, 'content/levels/level-1.mdx').bytes?.toString()).toBe('fixture');
  });

  it('follows a link inside content/ to a file inside it', () => {
    const root = project();
    writeFileSync(join(root, 'content/levels/source'), 'fixture');
    symlinkSync('source', join(root, 'content/levels/level-1.mdx'));
    expect(readContentFile(root, 'content/levels/level-1.mdx').bytes?.toString()).toBe('fixture');
  });

  it('says a link inside content/ to a folder inside it is a folder', () => {
    const root = project();
    symlinkSync('.', join(root, 'content/levels/level-1.mdx'));
    expect(readContentFile(root, 'content/levels/level-1.mdx').problem).toMatch(/^this is a folder/);
  });

  it('says why a path that cannot be looked at cannot be read', () => {
    const root = project();
    writeFileSync(join(root, 'content/levels/level-1.mdx'), 'fixture');
    expect(readContentFile(root, 'content/levels/level-1.mdx/level-2.mdx').problem).toMatch(
      /^this file cannot be read: ENOTDIR/,
    );
    expect(contentFileProblem(root, 'content/levels/level-9.mdx')).toMatch(
      /^this file cannot be read: ENOENT/,
    );
  });
});

describe('readFailure', () => {
  const failure = (code: string, message: string) => Object.assign(new Error(message), { code });
  it.each([
    [
      'EACCES',
      'this file cannot be opened (permission denied): let the build read it (chmod a+r), or remove it',
    ],
    [
      'EPERM',
      'this file cannot be opened (permission denied): let the build read it (chmod a+r), or remove it',
    ],
    [
      'ELOOP',
      'this is a symbolic link that loops (it leads back to itself): replace it with the file it should be',
    ],
    ['EIO', 'this file cannot be read: EIO: i/o error, read'],
  ])('says %s in one sentence', (code, said) => {
    expect(readFailure(failure(code, `${code === 'EIO' ? 'EIO: i/o error, read' : code}\nmore`))).toBe(said);
  });

  it('says a failure without a code by its first line', () => {
    expect(readFailure('fixture failure\nmore')).toBe('this file cannot be read: fixture failure');
  });
});
