/**
 * Only regular files inside content/ are read (src/pipeline/read/content-file.ts), and every parser
 * failure is one line (issue 16): a folder named like a content file, a named pipe (FIFO) named like a
 * section file (never opened, so nothing waits on it), an unreadable file, a symbolic link that loops
 * or leads outside content/, two framework files, a manifest that is not strict JSON and a YAML tag
 * are each one `file:line:col` line. The odd files are made here, in a copy of the fixture ladder.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { formatProblem } from '../../src/pipeline/problems';
import { recordPermalinks, startFreshManifest } from '../../src/cli/authoring/manifest';
import { copyContent, removeCopies } from '../support/content-copy';

afterEach(removeCopies);

const problemLines = (root: string) => compileContent(root).problems.map(formatProblem);
const k1 = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';
const l2 = 'content/levels/level-2.mdx';

describe('only regular files inside content/ are read', () => {
  it('says a folder named like a content file is a folder', () => {
    const copy = copyContent();
    mkdirSync(copy.path('content/levels/level-9.mdx'));
    expect(problemLines(copy.root)).toEqual([
      'content/levels/level-9.mdx:1:1 this is a folder, not a file: only files are read; rename the folder, or move what it holds',
    ]);
  });

  it('never opens a FIFO named like a section file (reading it would wait for ever)', () => {
    const copy = copyContent();
    rmSync(copy.path(k1));
    execFileSync('mkfifo', [copy.path(k1)]);
    // Were the FIFO opened, this writer would unblock it (and the test fail) rather than hang the run;
    // as it is never opened, the writer waits for a reader until `timeout` ends it.
    spawn('timeout', ['10', 'sh', '-c', 'printf "---\\n" > "$0"', copy.path(k1)], { stdio: 'ignore' }).unref();
    expect(problemLines(copy.root)).toEqual([
      `${k1}:1:1 this is a named pipe (FIFO), not a file: it is not opened, since reading it would wait for ever; replace it with a regular file`,
    ]);
  });

  it('never opens a FIFO named like a data file, nor a link to a device', () => {
    const copy = copyContent();
    rmSync(copy.path('content/thesaurus.yaml'));
    execFileSync('mkfifo', [copy.path('content/thesaurus.yaml')]);
    rmSync(copy.path('content/permalinks.json'));
    symlinkSync('/dev/zero', copy.path('content/permalinks.json'));
    expect(problemLines(copy.root)).toEqual([
      'content/permalinks.json:1:1 this is a symbolic link to /dev/zero, outside content/: only files inside content/ are published; copy the file into content/ instead',
      'content/thesaurus.yaml:1:1 this is a named pipe (FIFO), not a file: it is not opened, since reading it would wait for ever; replace it with a regular file',
    ]);
  });

  it('says a symbolic link that loops loops', () => {
    const copy = copyContent();
    symlinkSync('level-loop-b.mdx', copy.path('content/levels/level-loop-a.mdx'));
    symlinkSync('level-loop-a.mdx', copy.path('content/levels/level-loop-b.mdx'));
    const loops =
      'this is a symbolic link that loops (it leads back to itself): replace it with the file it should be';
    expect(problemLines(copy.root)).toEqual([
      `content/levels/level-loop-a.mdx:1:1 ${loops}`,
      `content/levels/level-loop-b.mdx:1:1 ${loops}`,
    ]);
  });

  it('refuses a symbolic link to a file outside content/, and publishes nothing of it', () => {
    const copy = copyContent();
    const outside = copy.path('outside-level.mdx');
    cpSync(copy.path(l2), outside);
    rmSync(copy.path(l2));
    symlinkSync(outside, copy.path(l2));
    const { problems, handbook } = compileContent(copy.root);
    expect(handbook).toBeUndefined();
    expect(problems.map(formatProblem)).toContain(
      `${l2}:1:1 this is a symbolic link to ${outside}, outside content/: only files inside content/ are published; copy the file into content/ instead`,
    );
  });

  it('follows a symbolic link inside content/ to a file inside content/', () => {
    const copy = copyContent();
    const moved = 'content/levels/level-2.mdx.source';
    cpSync(copy.path(l2), copy.path(moved));
    rmSync(copy.path(l2));
    symlinkSync('level-2.mdx.source', copy.path(l2));
    // The link reads as the level; its target, not a content file, is said as one that would vanish.
    expect(problemLines(copy.root)).toEqual([
      `${moved}:1:1 this file is not part of the handbook, so it would vanish: content files are .mdx in content/framework/, content/levels/ and content/sections/ (and releases, .json in content/releases/)`,
    ]);
  });

  it('says a symbolic link to nothing leads nowhere', () => {
    const copy = copyContent();
    symlinkSync('level-nothing.mdx', copy.path('content/levels/level-9.mdx'));
    expect(problemLines(copy.root)).toEqual([
      'content/levels/level-9.mdx:1:1 this is a symbolic link to nothing: replace it with the file it should be, or remove it',
    ]);
  });

  const root = process.getuid?.() === 0;
  it(`says an unreadable file (chmod 000) cannot be opened${root ? ': running as root, which reads it all the same, so this asserts the file is read' : ''}`, () => {
    const copy = copyContent();
    chmodSync(copy.path(l2), 0o000);
    try {
      const lines = problemLines(copy.root);
      if (root) expect(lines).toEqual([]);
      else
        expect(lines).toEqual([
          `${l2}:1:1 this file cannot be opened (permission denied): let the build read it (chmod a+r), or remove it`,
        ]);
    } finally {
      chmodSync(copy.path(l2), 0o644);
    }
  });
});

describe('two framework files', () => {
  it('are said at each file, not at the folder', () => {
    const copy = copyContent();
    cpSync(copy.path('content/framework/handbook.mdx'), copy.path('content/framework/other.mdx'));
    const message =
      'expected exactly one framework file, found 2 (content/framework/handbook.mdx, content/framework/other.mdx): keep one, and move or remove the others';
    expect(problemLines(copy.root)).toEqual([
      `content/framework/handbook.mdx:1:1 ${message}`,
      `content/framework/other.mdx:1:1 ${message}`,
    ]);
  });
});

describe('the permalink manifest is strict JSON', () => {
  const strict = 'this file is strict JSON (no comments, trailing commas or YAML); npm run permalinks writes it';
  it.each([
    [
      'YAML',
      'urls:\n  - /\n',
      `content/permalinks.json:1:1 JSON: expected a JSON value ({, [, ", a number, true, false or null), found "u": ${strict}`,
    ],
    [
      'JSON5 with a comment',
      '{\n  // fixture\n  "urls": ["/"]\n}\n',
      `content/permalinks.json:2:3 JSON: expected a field name in double quotes, found "/": ${strict}`,
    ],
    [
      'a trailing comma',
      '{\n  "urls": [\n    "/",\n  ]\n}\n',
      `content/permalinks.json:4:3 JSON: expected a JSON value ({, [, ", a number, true, false or null), found "]": ${strict}`,
    ],
    [
      'single quotes',
      "{'urls': []}",
      `content/permalinks.json:1:2 JSON: expected a field name in double quotes, found "'": ${strict}`,
    ],
  ])('refuses a manifest written as %s, at the mistake', (_, text, expected) => {
    const copy = copyContent();
    writeFileSync(copy.path('content/permalinks.json'), text);
    expect(problemLines(copy.root)).toEqual([expected]);
  });

  it('npm run permalinks prints the line for a bad manifest, and changes nothing, with or without --fresh', () => {
    const copy = copyContent();
    writeFileSync(copy.path('content/permalinks.json'), 'urls:\n  - /\n');
    for (const run of [recordPermalinks, startFreshManifest]) {
      const { ok, lines } = run(copy.root);
      expect(ok).toBe(false);
      expect(lines.join('\n')).toContain('content/permalinks.json:1:1 JSON: expected a JSON value');
      expect(readFileSync(copy.path('content/permalinks.json'), 'utf8')).toBe('urls:\n  - /\n');
    }
  });

  it('npm run permalinks prints a line for a manifest that is a folder', () => {
    const copy = copyContent();
    rmSync(copy.path('content/permalinks.json'));
    mkdirSync(copy.path('content/permalinks.json'));
    const { ok, lines } = startFreshManifest(copy.root);
    expect(ok).toBe(false);
    expect(lines.join('\n')).toContain('content/permalinks.json:1:1 this is a folder, not a file');
  });
});

describe('YAML tags are refused, at the tag', () => {
  const tag = (written: string) =>
    `YAML: the tag ${written} is not allowed: content is plain YAML; remove the tag (and quote the value if it is text)`;
  it('in frontmatter', () => {
    const copy = copyContent();
    copy.spoil('yaml-custom-tag');
    expect(problemLines(copy.root)).toEqual([`content/levels/level-1.mdx:6:7 ${tag('!fixture-tag')}`]);
  });

  it('in the thesaurus', () => {
    const copy = copyContent();
    copy.spoil('thesaurus-binary-tag');
    expect(problemLines(copy.root)).toEqual([`content/thesaurus.yaml:4:19 ${tag('!!binary')}`]);
  });
});
