/**
 * For browser test files: one Chromium and the /handbook/ build served on localhost, started before
 * the file's tests and closed after them. Read `browser` and `site` inside tests, not at import.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serve, type RunningSite } from './serve';
import { handbookSite, type BuiltSite } from './sites';

export interface Served {
  browser: Browser;
  site: RunningSite;
}

export function useServedSite(built: BuiltSite = handbookSite): Served {
  const served = {} as Served;
  beforeAll(async () => {
    [served.browser, served.site] = await Promise.all([launchBrowser(), serve(built)]);
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.site?.close();
  });
  return served;
}
