/**
 * What the permalink guard says about each published URL that no longer resolves: where in the manifest
 * it is, and the one edit that keeps it working. Each remedy, followed as written, makes the URL resolve
 * again without another error (`tests/content/permalink-remedies.test.ts` follows every one):
 *
 * - a level that is gone: its id in the `formerIds` of the level that replaces it (its pages redirect);
 * - a section page whose kind the level no longer has, or an anchor on it: the kind in the
 *   `formerIds` of the section that replaces it (the page redirects there);
 * - a section's anchor (`<kind>`, `<competency>--<kind>`) or a competency's: in the `formerIds` of the
 *   section that replaces it;
 * - an item's anchor: in the `formerIds` of the item that replaces it, or of a section;
 * - every level gone at once: a new framework, whose manifest starts afresh.
 */
import type { Handbook, Level } from '../model/model';
import { checkManifest } from '../urls/permalinks';
import { listOf } from './report';
import type { ContentProblem } from '../problems';
import type { Manifest } from '../read/read-content';

/** What a lost URL addresses, as far as the URL and the manifest tell. */
type Lost =
  | { kind: 'level'; id: string }
  | { kind: 'section-page'; level: string; section: string }
  | { kind: 'section'; level: string; anchor: string }
  | { kind: 'competency'; level: string; competency: string }
  | { kind: 'item'; level: string; id: string }
  | { kind: 'other' };

/** Each level by its id and by every id it had before. */
function levelsById(handbook: Handbook): Map<string, Level> {
  return new Map(handbook.levels.flatMap((level) => [level.id, ...level.formerIds].map((id) => [id, level])));
}

/** What `url` addressed, read against the handbook now and what the manifest records. */
export function classifyLost(url: string, handbook: Handbook, recorded: readonly string[]): Lost {
  return lostClassifier(handbook, recorded)(url);
}

/**
 * Whether any of `urls` starts with a prefix, in O(log n) per question: the URLs sorted once by UTF-16
 * code units, where every URL that starts with a prefix sorts at or just after it.
 */
export function prefixIndex(urls: readonly string[]): (prefix: string) => boolean {
  const sorted = [...urls].sort();
  return (prefix) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    return sorted[low]?.startsWith(prefix) ?? false;
  };
}

/**
 * `classifyLost` for many URLs: what it needs of the handbook and the manifest is indexed once, so
 * classifying every lost URL of a manifest costs n log n, not the manifest's length for each of them.
 */
export function lostClassifier(handbook: Handbook, recorded: readonly string[]): (url: string) => Lost {
  const levels = levelsById(handbook);
  const redirected = new Set(handbook.redirects.map((redirect) => redirect.from));
  const kinds = new Set(handbook.sectionKinds.map((kind) => kind.id));
  const competencies = new Set(handbook.competencies.map((competency) => competency.id));
  const recordedUnder = prefixIndex(recorded);
  return (url) => {
    const compare = /^\/compare\/([^/]+)\/([^/]+)\/$/.exec(url);
    if (compare) {
      const missing = compare.slice(1).find((id) => !levels.has(id));
      return missing === undefined ? { kind: 'other' } : { kind: 'level', id: missing };
    }
    // A level's exports (`/levels/4.json`, `/levels/4.md`) are lost with the level.
    const data = /^\/levels\/([^/#]+)\.(?:json|md)$/.exec(url);
    if (data) return levels.has(data[1] ?? '') ? { kind: 'other' } : { kind: 'level', id: data[1] ?? '' };
    const match = /^\/levels\/([^/#]+)\/(?:([^/#]+)\/)?(?:#(.+))?$/.exec(url);
    if (!match) return { kind: 'other' };
    const [, id = '', page, fragment] = match;
    const level = levels.get(id);
    if (!level) return { kind: 'level', id };
    if (page !== undefined && page !== 'rubric') {
      // An anchor on a section page that still exists (or redirects) is an item's; else the page is lost.
      const exists =
        level.sectionPages.some((sectionPage) => sectionPage.kind === page) ||
        redirected.has(`/levels/${id}/${page}/`);
      return exists && fragment !== undefined
        ? { kind: 'item', level: level.id, id: fragment }
        : { kind: 'section-page', level: level.id, section: page };
    }
    if (fragment === undefined) return { kind: 'other' };
    const isKind = kinds.has(fragment) || recordedUnder(`/levels/${id}/${fragment}/`);
    if (fragment.includes('--') || isKind) return { kind: 'section', level: level.id, anchor: fragment };
    const isCompetency = competencies.has(fragment) || recordedUnder(`/levels/${id}/#${fragment}--`);
    if (isCompetency) return { kind: 'competency', level: level.id, competency: fragment };
    return { kind: 'item', level: level.id, id: fragment };
  };
}

/** The remedy for a lost URL: what is gone, and the edit that keeps the URL working. */
export function remedyFor(lost: Lost): string {
  switch (lost.kind) {
    case 'level':
      return `no level has id ${lost.id} now: list "${lost.id}" in the formerIds of the level that replaces it, and its pages redirect to that level's`;
    case 'section-page':
      return `level ${lost.level} has no "${lost.section}" section now: list "${lost.section}" in the formerIds of the section of level ${lost.level} that replaces it, and this page redirects to that section's page`;
    case 'section':
      return `level ${lost.level} has no section with this anchor now: list "${lost.anchor}" in the formerIds of the section of level ${lost.level} that replaces it`;
    case 'competency':
      return `level ${lost.level} has no section of competency "${lost.competency}" now: list "${lost.competency}" in the formerIds of the section of level ${lost.level} that replaces it`;
    case 'item':
      return `list "${lost.id}" in the formerIds of the item of level ${lost.level} that replaces it, or, if none does, of the section of level ${lost.level} that takes its place`;
    case 'other':
      return 'restore what it addressed';
  }
}

/** The remedy for content that replaces the framework the manifest was kept for. */
const FRESH =
  'if this content is a new framework rather than an edit of the old one, start a fresh manifest for it with "npm run permalinks -- --fresh"';

/**
 * Each recorded URL that no longer resolves, as a problem at its line of the manifest. When none of
 * the levels the manifest records exists any more, one problem instead (the content is a new framework,
 * or every level was renamed); when half of what it records or more is lost, a first problem that says
 * a new framework starts a fresh manifest.
 */
export function findLostPermalinks(manifest: Manifest, handbook: Handbook): ContentProblem[] {
  const recorded = manifest.data.urls;
  const { lost } = checkManifest(recorded, handbook);
  if (lost.length === 0) return [];
  const levels = levelsById(handbook);
  const recordedLevels = recorded.flatMap((url) => /^\/levels\/([^/#]+)\/$/.exec(url)?.[1] ?? []);
  const summary = (message: string): ContentProblem => ({
    file: manifest.file,
    ...manifest.locate(['urls']),
    field: 'urls',
    message,
  });
  if (recordedLevels.length > 0 && recordedLevels.every((id) => !levels.has(id))) {
    return [
      summary(
        `none of the ${recordedLevels.length} levels it records exists now (${listOf(recordedLevels)}), so ${lost.length} published URLs no longer resolve: ${FRESH}; if the levels were renamed, list each old id in the formerIds of the level that replaces it`,
      ),
    ];
  }
  // Each URL's first place in the manifest, and what each lost URL addressed, indexed once: a manifest
  // of 200,000 lost URLs is checked in seconds, not minutes.
  const indexOf = new Map<string, number>();
  recorded.forEach((url, index) => {
    if (!indexOf.has(url)) indexOf.set(url, index);
  });
  const classify = lostClassifier(handbook, recorded);
  const each = lost.map((url): ContentProblem => {
    const index = indexOf.get(url) ?? -1;
    return {
      file: manifest.file,
      ...manifest.locate(['urls', index]),
      field: `urls[${index}]`,
      message: `"${url}" was published and no longer resolves: ${remedyFor(classify(url))}`,
    };
  });
  const most = lost.length * 2 >= recorded.length;
  return most
    ? [
        summary(
          `${lost.length} of the ${recorded.length} URLs it records no longer resolve: ${FRESH}; otherwise follow the remedy given for each of them`,
        ),
        ...each,
      ]
    : each;
}
