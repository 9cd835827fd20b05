/**
 * `astro dev` on a content root, as an author runs it, for the dev tests: started on a free port in the
 * author's environment, with its terminal output kept for the test to wait on.
 *
 *   const server = await startDevServer(root);
 *   const since = server.log().length;
 *   ...edit content...
 *   await server.logged('content is valid again', since);
 *   await server.stop();
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { output, repoRoot } from './sites';

export interface DevServer {
  /** The server's address, ending in `/`. */
  url: string;
  /** Everything the server printed so far, colours removed. */
  log(): string;
  /** Waits until the output from offset `since` on matches `pattern`. */
  logged(pattern: string | RegExp, since?: number, timeout?: number): Promise<void>;
  /** Stops the server and keeps its output in tests/.output/<name>.log. */
  stop(name: string): void;
}

/** A port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 4321));
    });
  });
}

/** The environment an author's terminal has: without the variables Vitest sets for its own workers. */
function authorsEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return { ...env, NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1' };
}

export async function startDevServer(root: string): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['tests/support/astro.ts', 'dev', '--root', root, '--port', String(port)],
    { cwd: repoRoot, env: authorsEnvironment() },
  );
  let text = '';
  server.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  // eslint-disable-next-line no-control-regex
  const log = () => text.replace(/\u001b\[[0-9;]*m/g, '');
  const logged = async (pattern: string | RegExp, since = 0, timeout = 30_000) => {
    const start = Date.now();
    const matches = () => {
      const seen = log().slice(since);
      return typeof pattern === 'string' ? seen.includes(pattern) : pattern.test(seen);
    };
    while (!matches()) {
      if (Date.now() - start > timeout)
        throw new Error(`the dev server never printed ${String(pattern)}:\n${log().slice(since)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await logged(url, 0, 60_000);
  return {
    url,
    log,
    logged,
    stop: (name) => {
      server.kill();
      writeFileSync(join(output, `${name}.log`), log());
    },
  };
}

/**
 * `page` once it answers with `status` (and says `saying`), or its last answer after `timeout`: the store
 * reloads a moment after an edit, and Astro's routes a moment after it (for that moment a page may
 * answer Astro's own NoMatchingStaticPathFound).
 */
export async function answer(
  page: string,
  status: number,
  saying = '',
  timeout = 20_000,
): Promise<{ status: number; text: string }> {
  const start = Date.now();
  for (;;) {
    const response = await fetch(page);
    const text = await response.text();
    if ((response.status === status && text.includes(saying)) || Date.now() - start > timeout)
      return { status: response.status, text };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
