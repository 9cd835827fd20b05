/** Base paths for code shipped to readers, which learns the base from the page (`data-base`). */

/** Joins a site-relative path (`levels/4/`, `/levels/4/#id`) onto a base (`/`, `/handbook`, `/handbook/`). */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}
