/**
 * The one place that knows about Astro's `base`. Every link and asset path goes through here, so the
 * handbook works the same at `/` and under a sub-path such as `/handbook/`.
 */
import { joinBase } from '../client/base-path';

export { joinBase };

/** `joinBase` with this build's base. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * A URL as it is cited from outside the site: absolute from the configured `site` (`HANDBOOK_SITE`
 * at build time). Without one it keeps the base, and the page makes it absolute from its own address.
 */
export function withSite(path: string, site: string | undefined = import.meta.env.SITE): string {
  const url = withBase(path);
  return site ? new URL(url, site).href : url;
}

/**
 * Rewrites a link written by an author (in MDX) so that root-relative paths honour the base.
 * External, protocol-relative, fragment-only and relative links are left alone.
 */
export function withBaseIfRootRelative(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix !== '/' && href.startsWith(prefix)) return href;
  return joinBase(base, href);
}

/** Inline HTML from content (see inline-markdown.ts) with its links to handbook pages under the base. */
export function withBaseInHtml(html: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix === '/' ? html : html.replace(/href="\/(?!\/)/g, `href="${prefix}`);
}
