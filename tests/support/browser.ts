/**
 * A real Chromium, driven by playwright-core. It is never downloaded: `CHROME_PATH`, else the
 * `chromium` on PATH (Debian's package, installed by `.ci/run`).
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

function chromiumPath(): string {
  if (process.env['CHROME_PATH']) return process.env['CHROME_PATH'];
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'No Chromium found: set CHROME_PATH, or install Debian\'s "chromium" package (bash .ci/run does).',
    );
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The one Chromium of this process, launched when first asked for. */
let shared: Promise<Browser> | undefined;

/**
 * One Chromium for every test file a worker runs (the browser project does not isolate its files):
 * each test opens its own context or page, so tests share nothing but the process. It closes with
 * the worker; playwright stops the browser when its process exits.
 */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser();
  return shared;
}
