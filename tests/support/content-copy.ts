/**
 * A throwaway copy of a handbook's content, to edit or spoil and then compile or build: the fixture
 * ladder by default, copied into a fresh folder. Tests that change content change a copy, never
 * tests/fixtures/ or content/.
 *
 *   const copy = copyContent();            // tests/fixtures/ladder/content in a temporary folder
 *   copy.spoil('duplicate-id');            // tests/fixtures/invalid/duplicate-id.mdx in its place
 *   compileContent(copy.root);
 *   removeCopies();                        // in afterEach or afterAll
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ladderFixture, repoRoot } from './sites';

const invalid = join(repoRoot, 'tests/fixtures/invalid');

export interface ContentCopy {
  /** The copy's root: it holds `content/`, as a project does. */
  root: string;
  /** The absolute path of `file`, a path relative to the root (`content/levels/level-1.mdx`). */
  path(file: string): string;
  read(file: string): string;
  /** Writes `file`, creating its folders. */
  write(file: string, data: string | Buffer): void;
  /** Rewrites `file` with `change` applied to its text. */
  edit(file: string, change: (text: string) => string): void;
  /**
   * Puts each broken file `tests/fixtures/invalid/<name>.mdx` (or `.yaml`) where its first YAML comment,
   * `# replaces: <file>`, says.
   */
  spoil(...names: string[]): void;
}

const copies: string[] = [];

/**
 * Copies `from`'s `content/` (a project root: the fixture ladder by default) into a new folder under
 * `parent` (the system's temporary folder by default; a build needs one inside the project, so Astro
 * resolves its packages).
 */
export function copyContent(from: string = ladderFixture, parent: string = tmpdir()): ContentCopy {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'handbook-content-'));
  copies.push(root);
  cpSync(join(from, 'content'), join(root, 'content'), { recursive: true });
  const path = (file: string) => join(root, file);
  const read = (file: string) => readFileSync(path(file), 'utf8');
  const write = (file: string, data: string | Buffer) => {
    mkdirSync(dirname(path(file)), { recursive: true });
    writeFileSync(path(file), data);
  };
  return {
    root,
    path,
    read,
    write,
    edit: (file, change) => write(file, change(read(file))),
    spoil: (...names) => {
      for (const name of names) {
        const file = existsSync(join(invalid, `${name}.yaml`)) ? `${name}.yaml` : `${name}.mdx`;
        const source = readFileSync(join(invalid, file), 'utf8');
        const target = /# replaces: (\S+)/.exec(source)?.[1];
        if (!target) throw new Error(`${file} does not say which file it replaces`);
        write(target, source);
      }
    },
  };
}

/** Deletes every copy made so far. */
export function removeCopies(): void {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
}
