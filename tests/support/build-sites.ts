/**
 * Global setup of the `site` tests: builds the real handbook with the real command, once for each
 * base path, exactly as a maintainer would (`astro build --base /handbook/ --outDir …`).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { repoRoot, sites } from './sites';

export default function buildSites(): void {
  // The `built` and `browser` projects both ask for the sites; one run of vitest builds them once.
  if (process.env['HANDBOOK_SITES_BUILT'] === String(process.pid)) return;
  for (const site of sites) {
    rmSync(site.dir, { recursive: true, force: true });
    execFileSync(`${repoRoot}node_modules/.bin/astro`, ['build', '--base', site.base, '--outDir', site.dir], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  process.env['HANDBOOK_SITES_BUILT'] = String(process.pid);
}
