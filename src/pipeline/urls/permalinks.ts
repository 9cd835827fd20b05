/**
 * The permalink guard. `content/permalinks.json` records every page URL and every item and section
 * anchor the handbook has published. A recorded URL must keep resolving: to the page or anchor itself,
 * or to where the content says it went (an item's or section's `formerIds`, a level's `formerIds`,
 * whose old pages redirect), or to the pointer an item that moved between sections leaves on the page
 * it was on. `npm run permalinks` records new URLs and never drops old ones.
 */
import type { Handbook } from '../model/model';
import { pageIds } from './page-ids';
import {
  calibrateUrl,
  caseUrl,
  changesFeedUrl,
  changesUrl,
  exportSchemaUrl,
  frameworkJsonUrl,
  itemsCsvUrl,
  levelJsonUrl,
  levelMarkdownUrl,
  rubricUrl,
  sinceUrl,
  withFragment,
} from './urls';

/** What the manifest says about itself, for whoever opens it. */
export const MANIFEST_ABOUT =
  'Every URL and anchor the handbook has published. They must keep resolving: the build fails if one does not. `npm run permalinks` adds new ones; never remove one, give its successor formerIds instead.';

/** Every page and anchor the handbook publishes now, sorted. */
export function publishedUrls(handbook: Handbook): string[] {
  // The home, search and the tools: a reader's case and calibration.
  const urls = new Set<string>(['/', '/search/', caseUrl(), calibrateUrl()]);
  // The framework as data, and the JSON Schemas of its exports.
  urls
    .add(frameworkJsonUrl())
    .add(itemsCsvUrl())
    .add(exportSchemaUrl('framework'))
    .add(exportSchemaUrl('level'));
  for (const level of handbook.levels) {
    urls.add(level.url).add(rubricUrl(level.id));
    urls.add(levelJsonUrl(level.id)).add(levelMarkdownUrl(level.id));
    if (handbook.severalCompetencies) {
      for (const competency of new Set(level.sections.map((section) => section.competency))) {
        urls.add(withFragment(level.url, pageIds.competency(competency)));
      }
    }
    for (const section of level.sections) {
      urls.add(section.url);
      for (const item of section.items) urls.add(item.url).add(item.sectionUrl);
    }
    for (const page of level.sectionPages) urls.add(page.url);
  }
  for (const comparison of handbook.comparisons) urls.add(comparison.url);
  // The changelog, its feed, and what old citations of each release read: once there are releases.
  if (handbook.releases.length > 0) urls.add(changesUrl()).add(changesFeedUrl());
  for (const release of handbook.releases) urls.add(sinceUrl(release.version));
  return [...urls].sort();
}

/** Everything that resolves: what is published, what former ids keep alive, and redirected pages. */
export function resolvableUrls(handbook: Handbook): Set<string> {
  const urls = new Set(publishedUrls(handbook));
  for (const level of handbook.levels) {
    // A level's exports stay at its former ids too (the same data: a file cannot redirect).
    for (const former of level.formerIds) urls.add(levelJsonUrl(former)).add(levelMarkdownUrl(former));
    for (const section of level.sections) {
      const formers = [...section.formerIds, ...section.items.flatMap((item) => item.formerIds)];
      for (const former of formers) {
        urls.add(withFragment(level.url, former)).add(withFragment(section.pageUrl, former));
      }
    }
    // An item that moved to another section left a pointer on the page it was on.
    for (const page of level.sectionPages) {
      for (const moved of page.moved) urls.add(withFragment(page.url, moved.id));
    }
  }
  // A redirect page sends its fragment on: `/levels/<former>/#id` lands where `/levels/<id>/#id` does.
  // The fragments are grouped by page first, so each redirect visits only its own page's anchors.
  const fragments = fragmentsByPage(urls);
  for (const { from, to } of handbook.redirects) {
    urls.add(from);
    for (const fragment of fragments.get(to) ?? []) urls.add(`${from}#${fragment}`);
  }
  return urls;
}

/** Each page's fragments (what follows its first `#`) among `urls`: linear in the URLs, whatever they are. */
export function fragmentsByPage(urls: Iterable<string>): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const url of urls) {
    const hash = url.indexOf('#');
    if (hash < 0) continue;
    const page = url.slice(0, hash);
    const list = pages.get(page);
    if (list) list.push(url.slice(hash + 1));
    else pages.set(page, [url.slice(hash + 1)]);
  }
  return pages;
}

/** Recorded URLs that no longer resolve, and published URLs not yet recorded. */
export function checkManifest(
  recorded: readonly string[],
  handbook: Handbook,
): { lost: string[]; unrecorded: string[] } {
  const resolvable = resolvableUrls(handbook);
  const known = new Set(recorded);
  return {
    lost: recorded.filter((url) => !resolvable.has(url)),
    unrecorded: publishedUrls(handbook).filter((url) => !known.has(url)),
  };
}

/** The manifest with every URL published now added; nothing recorded is ever dropped. */
export function updateManifest(recorded: readonly string[], handbook: Handbook): string[] {
  return [...new Set([...recorded, ...publishedUrls(handbook)])].sort();
}

/** The manifest file's text. */
export function manifestText(urls: readonly string[]): string {
  return `${JSON.stringify({ about: MANIFEST_ABOUT, urls }, null, 2)}\n`;
}
