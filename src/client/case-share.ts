/**
 * A case's share link: the items it holds and the level sought, never the notes, the marks or the
 * person's name, so it can be pasted in a chat without giving away what was written.
 *
 *   /handbook/case/?level=5&pick=4:anticipates-product-needs,connects-work-to-strategy&pick=5:…
 *
 * Opened in another browser, the case page offers it as a new case (src/client/case-page.ts).
 */
import { newCase, partOf, pickedLevels, withPick, type Case } from './case';

/** The shared selection: items by level, in the order picked, and the level sought. */
export interface Shared {
  level: string;
  picks: { level: string; keys: string[] }[];
}

/** The share link's query for `c`: `?level=…&pick=…`; empty when it holds nothing. */
export function shareQuery(c: Case): string {
  const params = new URLSearchParams();
  if (c.level !== '') params.set('level', c.level);
  for (const level of pickedLevels(c, [])) {
    params.append('pick', `${level}:${partOf(c, level).picked.map(encodeURIComponent).join(',')}`);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** What a share link's query holds; undefined when it holds no items. */
export function readShared(search: string): Shared | undefined {
  const params = new URLSearchParams(search);
  const picks = params.getAll('pick').flatMap((value) => {
    const at = value.indexOf(':');
    if (at <= 0) return [];
    const keys = value
      .slice(at + 1)
      .split(',')
      .filter((key) => key !== '')
      .map((key) => {
        try {
          return decodeURIComponent(key);
        } catch {
          return key;
        }
      });
    return keys.length > 0 ? [{ level: value.slice(0, at), keys }] : [];
  });
  if (picks.length === 0) return undefined;
  return { level: params.get('level') ?? '', picks };
}

/** The shared selection as a new case named `name`. */
export function caseOfShared(
  shared: Shared,
  { id, name, date }: { id: string; name: string; date: string },
): Case {
  let c = newCase({ id, name, date, level: shared.level });
  for (const { level, keys } of shared.picks) for (const key of keys) c = withPick(c, level, key, true);
  return c;
}

/** How many items a shared selection holds. */
export function sharedCount(shared: Shared): number {
  return shared.picks.reduce((sum, { keys }) => sum + new Set(keys).size, 0);
}
