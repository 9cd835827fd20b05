/**
 * For browser test files: the worker's one Chromium (tests/support/browser.ts) and a built site served
 * on localhost, both started when a file first needs them and shared by the files after it. Read
 * `browser` and `site` inside tests, not at import. Tests open their own contexts or pages and close
 * them, so nothing a test does is seen by the next.
 */
import type { Browser } from 'playwright-core';
import { beforeAll } from 'vitest';
import { sharedBrowser } from './browser';
import { serve, type RunningSite } from './serve';
import type { BuiltSite } from './sites';

export interface Served {
  browser: Browser;
  site: RunningSite;
}

/** Each built site's server, started once per worker; the worker's exit closes them. */
const servers = new Map<string, Promise<RunningSite>>();

function served(built: BuiltSite): Promise<RunningSite> {
  let running = servers.get(built.dir);
  if (!running) servers.set(built.dir, (running = serve(built)));
  return running;
}

export function useServedSite(built: BuiltSite): Served {
  const handle = {} as Served;
  beforeAll(async () => {
    [handle.browser, handle.site] = await Promise.all([sharedBrowser(), served(built)]);
  });
  return handle;
}
