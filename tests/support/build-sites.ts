/**
 * Global setup of the site tests: builds the real handbook and the fixture ladder with Astro's own
 * `build()` (through tests/support/astro.ts), once for each base path, exactly as a maintainer would.
 * The two handbooks build side by side; each one's two bases build one after the other, since they
 * share a root and its caches.
 */
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ladderFixture, ladderRoot, ladderSites, repoRoot, sites, type BuiltSite } from './sites';

/** Runs `astro build` for `site` in a child process, as a maintainer would; resolves with its exit code and output. */
export function runBuild(site: BuiltSite): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['tests/support/astro.ts', 'build', '--root', site.root, '--base', site.base, '--out', site.dir],
    {
      cwd: repoRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_SITE: site.site ?? '' },
    },
  );
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output: log })));
}

/** Builds `site` afresh; rejects with Astro's own output when the build fails. */
export async function buildSite(site: BuiltSite): Promise<void> {
  rmSync(site.dir, { recursive: true, force: true });
  const { code, output } = await runBuild(site);
  if (code !== 0) throw new Error(`Building ${site.name} failed:\n${output}`);
}

async function buildInTurn(list: readonly BuiltSite[]): Promise<void> {
  for (const site of list) await buildSite(site);
}

export default async function buildSites(): Promise<void> {
  // The `built` and `browser` projects both ask for the sites; one run of vitest builds them once.
  if (process.env['HANDBOOK_SITES_BUILT'] === String(process.pid)) return;
  rmSync(ladderRoot, { recursive: true, force: true });
  cpSync(join(ladderFixture, 'content'), join(ladderRoot, 'content'), { recursive: true });
  await Promise.all([buildInTurn(sites), buildInTurn(ladderSites)]);
  process.env['HANDBOOK_SITES_BUILT'] = String(process.pid);
}
