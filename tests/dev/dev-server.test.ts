/**
 * Writing content with `astro dev` running, as an author does: a bad edit prints the same
 * `file:line:col field message` line as a build, every page answers with the error instead of stale
 * content, and fixing the file brings the pages back, all without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { ladderFixture, output, repoRoot } from '../support/sites';

const root = join(output, 'dev-root');
const file = 'content/sections/level-1/fixture-people/key-behaviors.mdx';
let server: ChildProcess | undefined;
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

/** Waits until the server's output (colours removed) matches `pattern`. */
async function logged(pattern: string | RegExp, timeout = 30_000): Promise<void> {
  const start = Date.now();
  // eslint-disable-next-line no-control-regex
  const plain = () => log.replace(/\u001b\[[0-9;]*m/g, '');
  while (!(typeof pattern === 'string' ? plain().includes(pattern) : pattern.test(plain()))) {
    if (Date.now() - start > timeout)
      throw new Error(`the dev server never printed ${String(pattern)}:\n${plain()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `page` once it answers with `status`, or its last answer after `timeout`: the store reloads a moment after an edit. */
async function answer(page: string, status: number, timeout = 20_000): Promise<Response> {
  const start = Date.now();
  for (;;) {
    const response = await fetch(page);
    if (response.status === status || Date.now() - start > timeout) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The environment an author's terminal has: without the variables Vitest sets for its own workers. */
function authorsEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return { ...env, NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1' };
}

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  cpSync(join(ladderFixture, 'content'), join(root, 'content'), { recursive: true });
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
}, 60_000);

afterAll(() => {
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

describe('astro dev, while an author edits content', () => {
  it('reports a bad edit as file:line:col field message, shows it on pages, and recovers when fixed', async () => {
    expect((await answer(`${url}levels/1/`, 200)).status).toBe(200);

    const good = readFileSync(join(root, file), 'utf8');
    writeFileSync(join(root, file), good.replace('id: fixture-listens', 'id: fixture-shares-widgets'));
    const line = `${file}:7:5 items[0].id duplicate id "fixture-shares-widgets": level 1 already uses it in content/sections/level-1/fixture-craft/key-behaviors.mdx:7:5`;
    await logged(line);
    expect(log).toContain('The handbook content has 1 problem; pages show this until it is fixed.');
    const broken = await answer(`${url}levels/2/`, 500);
    expect(broken.status).toBe(500);
    expect(await broken.text()).toContain('ContentError');
    // In the browser, the page is the error, with the same line.
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${url}levels/2/`);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached' });
      await expect
        .poll(() => overlay.evaluate((element) => element.shadowRoot?.textContent ?? ''))
        .toContain(line);
    } finally {
      await browser.close();
    }

    writeFileSync(join(root, file), good);
    await logged('content is valid again');
    const fixed = await answer(`${url}levels/1/`, 200);
    expect(fixed.status).toBe(200);
    expect(await fixed.text()).toContain('Fixture behavior, listens to fixture peers');
  }, 60_000);
});
