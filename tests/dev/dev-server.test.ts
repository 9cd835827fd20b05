/**
 * Writing content with `astro dev` running, as an author does: a bad edit prints the same
 * `file:line:col field message` line as a build, every page answers with the error instead of stale
 * content, and fixing the file brings the pages back, all without a restart. Every file under
 * `content/` counts: an MDX file, the thesaurus, the permalink manifest, a stray file the build refuses.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { answer } from '../support/dev-server';
import { copyContent, removeCopies } from '../support/content-copy';
import { ladderFixture, output, repoRoot } from '../support/sites';

/** The author's project: a copy of the fixture ladder's content inside this one, so Astro finds its packages. */
const { root } = copyContent(ladderFixture, output);
const file = 'content/sections/level-1/fixture-people/key-behaviors.mdx';
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let log = '';
let url = '';

/** A port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 4321));
    });
  });
}

/** Waits until the server's output (colours removed), from offset `since` on, matches `pattern`. */
async function logged(pattern: string | RegExp, since = 0, timeout = 30_000): Promise<void> {
  const start = Date.now();
  // eslint-disable-next-line no-control-regex
  const plain = () => log.slice(since).replace(/\u001b\[[0-9;]*m/g, '');
  while (!(typeof pattern === 'string' ? plain().includes(pattern) : pattern.test(plain()))) {
    if (Date.now() - start > timeout)
      throw new Error(`the dev server never printed ${String(pattern)}:\n${plain()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The environment an author's terminal has: without the variables Vitest sets for its own workers. */
function authorsEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return { ...env, NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1' };
}

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  server = spawn(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['tests/support/astro.ts', 'dev', '--root', root, '--port', String(port)],
    {
      cwd: repoRoot,
      env: authorsEnvironment(),
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await logged(url);

  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  // What the author's terminal showed, kept for reading when a test fails.
  writeFileSync(join(output, 'dev-server.log'), log);
  removeCopies();
});

/** A bad edit an author makes: what it breaks, the line every report names, and how it is undone. */
interface BadEdit {
  name: string;
  /** Makes the edit; returns what undoes it. */
  make(): () => void;
  /** The problem, as `file:line:col field message`. */
  line: string;
}

/** Replaces `from` with `to` in a content file; returns what puts the file back. */
function replaceIn(file: string, from: string, to: string): () => void {
  const path = join(root, file);
  const good = readFileSync(path, 'utf8');
  if (!good.includes(from)) throw new Error(`${file} does not say ${from}`);
  writeFileSync(path, good.replace(from, to));
  return () => writeFileSync(path, good);
}

/** What `page` shows at `address` on a fresh load: the error overlay's text, and the main content's. */
async function visit(page: Page, address: string): Promise<{ overlay: string; main: string }> {
  try {
    // A load the dev server interrupts (a reload it pushes meanwhile) may never finish: look again soon.
    await page.goto(address, { timeout: 5_000 });
    const overlay = await page
      .locator('vite-error-overlay')
      .evaluateAll((overlays) => overlays.map((overlay) => overlay.shadowRoot?.textContent ?? '').join('\n'));
    const main = await page.evaluate(() => document.querySelector('main')?.textContent ?? '');
    return { overlay, main };
  } catch (error) {
    // The dev server reloaded the page while it was being loaded or read: look again.
    return { overlay: `not read: ${String(error)}`, main: '' };
  }
}

/**
 * Makes the bad edit, then sees its line in the terminal, a 500 for every page, and a page in the
 * browser show the error with the same line; undoes it, then sees the terminal say so and the pages
 * come back. The browser loads the page afresh each time it looks rather than waiting for the open
 * page to reload itself: Vite replays to a page that connects only the last message it sent while
 * no page was connected, so an error rendered a moment before a reload can replace the reload itself
 * or linger over the recovered page until it is loaded again.
 */
async function breakAndFix(edit: BadEdit): Promise<void> {
  const level = `${url}levels/2/`;
  const words = 'Fixture behavior, designs fixture widgets others reuse';
  const working = await answer(level, 200);
  expect(working.status, 'the page works before the edit').toBe(200);
  expect(working.text).toContain(words);

  if (!browser) throw new Error('no browser');
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  let undo: (() => void) | undefined;
  try {
    let since = log.length;
    undo = edit.make();
    await logged(edit.line, since);
    expect(log.slice(since)).toContain(
      'The handbook content has 1 problem; pages show this until it is fixed.',
    );
    const broken = await answer(`${url}levels/1/`, 500, 'ContentError');
    expect(broken.status).toBe(500);
    expect(broken.text).toContain('ContentError');
    await expect
      .poll(async () => (await visit(page, level)).overlay, { timeout: 30_000 })
      .toContain(edit.line);

    since = log.length;
    undo();
    undo = undefined;
    await logged('content is valid again', since);
    await expect
      .poll(() => visit(page, level), { timeout: 30_000 })
      .toEqual({ overlay: '', main: expect.stringContaining(words) });
    const fixed = await answer(`${url}levels/1/`, 200);
    expect(fixed.status).toBe(200);
    expect(fixed.text).toContain('Fixture behavior, listens to fixture peers');
  } finally {
    // A failed step leaves the content as it found it, so the next edit starts from working pages.
    undo?.();
    await page.close();
  }
}

describe('astro dev, while an author edits content', () => {
  const edits: BadEdit[] = [
    {
      name: 'an MDX file',
      make: () => replaceIn(file, 'id: fixture-listens', 'id: fixture-shares-widgets'),
      line: `${file}:7:5 items[0].id duplicate id "fixture-shares-widgets": level 1 already uses it in content/sections/level-1/fixture-craft/key-behaviors.mdx:7:5`,
    },
    {
      name: 'the thesaurus',
      make: () => replaceIn('content/thesaurus.yaml', '[widgets]', '[sprockets]'),
      line: 'content/thesaurus.yaml:2:19 fixture gadgets[0] no item or section title says "sprockets", so "fixture gadgets" would find nothing through it',
    },
    {
      name: 'the permalink manifest',
      make: () => replaceIn('content/permalinks.json', '"/levels/2/",', '"/levels/2/",\n    "/levels/9/",'),
      line: 'content/permalinks.json:44:5 urls[40] "/levels/9/" was published and no longer resolves: no level has id 9 now: list "9" in the formerIds of the level that replaces it, and its pages redirect to that level\'s',
    },
    {
      name: 'a stray .md file',
      make: () => {
        const stray = join(root, 'content/levels/level-9.md');
        writeFileSync(stray, '---\nid: 9\n---\n');
        return () => rmSync(stray);
      },
      line: 'content/levels/level-9.md:1:1 a .md file is not read, so it would vanish: content files are .mdx; rename it',
    },
  ];

  it.for(edits)(
    'reports a bad edit to $name as file:line:col field message, shows it on pages, and recovers when fixed',
    // Each step polls for up to 30 s on a busy machine; a passing edit takes a few seconds.
    { timeout: 120_000 },
    (edit) => breakAndFix(edit),
  );
});
