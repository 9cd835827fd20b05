/**
 * When a built site can be reused: a hash of everything that changes what `astro build` writes for it,
 * stamped beside the build once the build has completed. A build whose inputs hash as the stamp says
 * is reused; any change to the code, the config, the locked packages, the content or the options
 * builds afresh. `HANDBOOK_REBUILD=1` ignores every stamp.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot, type BuiltSite } from './sites';

/** What every build reads besides its content: the site's code, config and files, and how tests build it. */
const sharedInputs = [
  'src/**',
  'public/**',
  'astro.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'tests/support/astro.ts',
  'tests/support/build-sites.ts',
  'tests/support/site-stamp.ts',
];

/** Every file matched by `patterns` under `folder`, as sorted paths relative to the repository. */
function filesOf(folder: string, patterns: readonly string[]): string[] {
  return patterns
    .flatMap((pattern) => globSync(pattern, { cwd: folder }))
    .map((file) => join(folder, file))
    .filter((file) => statSync(file).isFile())
    .map((file) => relative(repoRoot, file))
    .sort();
}

/**
 * The hash of `site`'s inputs: shared code and config, the content folder it is built from
 * (`contentFrom`, a folder holding `content/`), and its options (base, address, Node's version).
 */
export function inputsHash(site: BuiltSite, contentFrom: string): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      base: site.base,
      site: site.site ?? '',
      node: process.version,
      ...(site.repository ? { repository: site.repository, branch: site.branch ?? '' } : {}),
    }),
  );
  const files = [...filesOf(repoRoot, sharedInputs), ...filesOf(contentFrom, ['content/**'])];
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(join(repoRoot, file)));
  }
  return hash.digest('hex');
}

/** The stamp of a build: beside its folder, so removing tests/.output/ removes both. */
const stampOf = (site: BuiltSite) => `${site.dir}.stamp`;

/** Whether `site.dir` holds a complete build of exactly these inputs. */
export function isCurrent(site: BuiltSite, hash: string): boolean {
  if (process.env['HANDBOOK_REBUILD'] === '1') return false;
  const stamp = stampOf(site);
  return (
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash &&
    existsSync(join(site.dir, 'index.html')) &&
    existsSync(join(site.dir, 'pagefind/pagefind.js'))
  );
}

/** Forgets the stamp, before a build starts: a build that fails or stops half-way is never reused. */
export function clearStamp(site: BuiltSite): void {
  rmSync(stampOf(site), { force: true });
}

/** Records that `site.dir` is a complete build of these inputs. */
export function writeStamp(site: BuiltSite, hash: string): void {
  writeFileSync(stampOf(site), hash);
}
