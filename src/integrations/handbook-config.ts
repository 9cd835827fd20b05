/**
 * The handbook's build configuration for forks, in one place: each setting read from an environment
 * variable at build time, checked, and said in one line that names the variable when it is wrong
 * (astro.config.mjs stops the build with it). The settings and their variables:
 *
 * - the site's address, `HANDBOOK_SITE` (src/integrations/site-address.ts): pages read it as
 *   `import.meta.env.SITE`;
 * - the base path, `HANDBOOK_BASE`, else `astro build --base`, else `/`: pages read it as
 *   `import.meta.env.BASE_URL`; `--base` on the command line wins over the variable;
 * - the source repository's web address, `HANDBOOK_REPOSITORY` (`https://github.com/org/repo`), and its
 *   branch, `HANDBOOK_BRANCH` (`main`): pages read them as `import.meta.env.HANDBOOK_REPOSITORY` and
 *   `import.meta.env.HANDBOOK_BRANCH` (empty when no repository is configured; then no page links to
 *   it: see src/site/edit-links.ts).
 */
import { SITE_VARIABLE, parseSiteAddress } from './site-address.ts';

export const BASE_VARIABLE = 'HANDBOOK_BASE';
export const REPOSITORY_VARIABLE = 'HANDBOOK_REPOSITORY';
export const BRANCH_VARIABLE = 'HANDBOOK_BRANCH';

/** The branch "Edit this page" opens when `HANDBOOK_BRANCH` is unset. */
export const DEFAULT_BRANCH = 'main';

type Parsed<Value> = { value: Value } | { error: string };

/**
 * The base path in `value` (HANDBOOK_BASE as set): undefined when unset or empty (then Astro's
 * `--base`, else `/`); a path that starts with `/`, without a query, fragment or `..`, else an error.
 */
export function parseBase(value: string | undefined): Parsed<string | undefined> {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return { value: undefined };
  const ok = /^\/(?!\/)[^?#\s\\]*$/.test(trimmed) && !trimmed.split('/').includes('..');
  return ok
    ? { value: trimmed }
    : {
        error: `${BASE_VARIABLE} must be a path that starts with / such as /handbook/, found ${JSON.stringify(value)}`,
      };
}

/**
 * The repository's web address in `value` (HANDBOOK_REPOSITORY as set), without a trailing slash:
 * undefined when unset or empty; an absolute https:// address with a path and without credentials,
 * query or fragment, else an error.
 */
export function parseRepository(value: string | undefined): Parsed<string | undefined> {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return { value: undefined };
  const error = {
    error: `${REPOSITORY_VARIABLE} must be the repository's absolute https:// address such as https://github.com/org/handbook, found ${JSON.stringify(value)}`,
  };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return error;
  }
  const ok =
    /^https:\/\/[^/]/i.test(trimmed) &&
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '' &&
    url.pathname.replace(/\/+$/, '') !== '';
  return ok ? { value: `${url.origin}${url.pathname.replace(/\/+$/, '')}` } : error;
}

/** The branch in `value` (HANDBOOK_BRANCH as set): `main` when unset; a git branch name, else an error. */
export function parseBranch(value: string | undefined): Parsed<string> {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return { value: DEFAULT_BRANCH };
  const ok =
    /^[\w./-]+$/.test(trimmed) &&
    !trimmed.startsWith('/') &&
    !trimmed.endsWith('/') &&
    !trimmed.includes('..') &&
    !trimmed.includes('//');
  return ok
    ? { value: trimmed }
    : { error: `${BRANCH_VARIABLE} must be a branch name such as main, found ${JSON.stringify(value)}` };
}

/** The configuration a build is made with. */
export interface HandbookConfig {
  site: string | undefined;
  base: string | undefined;
  repository: string | undefined;
  branch: string;
}

/** Every setting from `env`, or the lines that say each wrong one. */
export function parseHandbookConfig(
  env: Record<string, string | undefined>,
): { config: HandbookConfig } | { errors: string[] } {
  const site = parseSiteAddress(env[SITE_VARIABLE]);
  const base = parseBase(env[BASE_VARIABLE]);
  const repository = parseRepository(env[REPOSITORY_VARIABLE]);
  const branch = parseBranch(env[BRANCH_VARIABLE]);
  const errors = [site, base, repository, branch].flatMap((parsed) =>
    'error' in parsed ? [parsed.error] : [],
  );
  if ('error' in site || 'error' in base || 'error' in repository || 'error' in branch) return { errors };
  return {
    config: { site: site.site, base: base.value, repository: repository.value, branch: branch.value },
  };
}

/**
 * The configuration from the environment, for astro.config.mjs. Each wrong setting is said in one
 * line on standard error and the process ends with status 1.
 */
export function handbookConfigFromEnvironment(
  env: Record<string, string | undefined> = process.env,
  fail: (lines: string[]) => never = (lines) => {
    for (const line of lines) console.error(line);
    process.exit(1);
  },
): HandbookConfig {
  const parsed = parseHandbookConfig(env);
  return 'errors' in parsed ? fail(parsed.errors) : parsed.config;
}

/**
 * What pages read through `import.meta.env` besides Astro's own: Vite's `define`, so each is replaced
 * by its value when the site is built. Empty strings where nothing is configured.
 */
export function pageDefines(config: HandbookConfig): Record<string, string> {
  return {
    'import.meta.env.HANDBOOK_REPOSITORY': JSON.stringify(config.repository ?? ''),
    'import.meta.env.HANDBOOK_BRANCH': JSON.stringify(config.repository ? config.branch : ''),
  };
}
