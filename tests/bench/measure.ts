/** What the bench measures of a built site: build time, and what Chromium fetches before and after searching. */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser';
import { serve } from '../support/serve';
import { repoRoot, type BuiltSite } from '../support/sites';

export const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Seconds for each of `runs` builds of `built`, fastest first: Astro's build() through tests/support/astro.ts. */
export function timeBuilds(built: BuiltSite, runs: number): number[] {
  return Array.from({ length: runs }, () => {
    rmSync(built.dir, { recursive: true, force: true });
    const start = performance.now();
    try {
      execFileSync(
        join(repoRoot, 'node_modules/.bin/tsx'),
        ['tests/support/astro.ts', 'build', '--root', built.root, '--out', built.dir],
        {
          cwd: repoRoot,
          stdio: 'pipe',
          maxBuffer: 256 * 1024 * 1024,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        },
      );
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`Building ${built.name} failed:\n${String(stdout).slice(-4000)}${String(stderr)}`, {
        cause: error,
      });
    }
    return (performance.now() - start) / 1000;
  }).sort((a, b) => a - b);
}

export interface Fetched {
  files: number;
  raw: number;
  gzip: number;
}

export function total(files: Buffer[]): Fetched {
  return {
    files: files.length,
    raw: files.reduce((sum, file) => sum + file.length, 0),
    gzip: files.reduce((sum, file) => sum + gzip(file), 0),
  };
}

/**
 * In Chromium, on `path` of `built` (served at its base): the scripts run on load (inline ones and
 * files), the Pagefind URLs fetched before the search box is touched (there should be none), and
 * everything fetched after typing `query` in the header search box.
 */
export async function scriptCosts(built: BuiltSite, path: string, query = 'delegate') {
  const fileAt = (url: string) =>
    readFileSync(join(built.dir, decodeURIComponent(new URL(url).pathname).slice(built.base.length)));
  const server = await serve(built);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('response', (response) => fetched.push(response.url()));
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    // Astro inlines small scripts into the page; count those and any script files fetched.
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    const onLoad = [
      ...inline.map((code) => Buffer.from(code)),
      ...fetched.filter((url) => url.endsWith('.js')).map(fileAt),
    ];
    const pagefindOnLoad = fetched.filter((url) => new URL(url).pathname.includes('/pagefind/')).length;
    const before = fetched.length;
    await page.locator('#site-search-input').fill(query);
    await page.locator('#site-search-results a').first().waitFor();
    await page.waitForLoadState('networkidle');
    return { onLoad: total(onLoad), pagefindOnLoad, search: total(fetched.slice(before).map(fileAt)) };
  } finally {
    await browser.close();
    await server.close();
  }
}
