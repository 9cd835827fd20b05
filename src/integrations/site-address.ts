/**
 * The site's address, from `HANDBOOK_SITE`: what makes citations and canonical links absolute. An
 * address that is not an absolute http(s) URL stops the build with one line that names the variable
 * and what it expects, before Astro reads it (its own check would print a stack trace that never names
 * the variable).
 */

/** The environment variable the site's address is read from. */
export const SITE_VARIABLE = 'HANDBOOK_SITE';

/** The one line said of an address that is not one. */
export function siteAddressProblem(value: string): string {
  return `${SITE_VARIABLE} must be an absolute https:// or http:// address such as https://handbook.example.org, found ${JSON.stringify(value)}`;
}

/**
 * The site's address in `value` (HANDBOOK_SITE as set), or undefined when it is unset or empty (then
 * citations take the address the reader is on); an error, whose message is the one line, when it is
 * set and not an absolute http(s) address without credentials, query or fragment.
 */
export function parseSiteAddress(
  value: string | undefined,
): { site: string | undefined } | { error: string } {
  if (value === undefined || value.trim() === '') return { site: undefined };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { error: siteAddressProblem(value) };
  }
  const ok =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '' &&
    /^https?:\/\//i.test(value.trim());
  return ok ? { site: value.trim() } : { error: siteAddressProblem(value) };
}

/**
 * The site's address from the environment, for astro.config.mjs. A wrong one is said in one line on
 * standard error and the process ends with status 1: a configuration error thrown to Astro is printed
 * with a stack trace, which is no help to whoever set the variable.
 */
export function siteFromEnvironment(
  env: Record<string, string | undefined> = process.env,
  fail: (line: string) => never = (line) => {
    console.error(line);
    process.exit(1);
  },
): string | undefined {
  const parsed = parseSiteAddress(env[SITE_VARIABLE]);
  if ('error' in parsed) return fail(parsed.error);
  return parsed.site;
}
