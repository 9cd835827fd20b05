/**
 * The handbook's public URLs. People paste these into promotion documents, so they are a promise:
 * they are built only from a level's id, a section's kind and an item's explicit id, never from
 * wording that an author may edit. Every URL here is root-relative and without the base path; links
 * add the base with `withBase()`, citations make it absolute with `withSite()` (both in base.ts).
 */
/** `/levels/4/`: the page holding all of a level. */
export function levelUrl(level: string): string {
  return `/levels/${level}/`;
}

/** `/levels/4/common-struggles/`: the page of one section of a level. */
export function sectionPageUrl(level: string, kind: string): string {
  return `${levelUrl(level)}${kind}/`;
}

/** `/levels/4/#struggles-to-delegate`: an item's canonical URL, the one to cite. */
export function itemUrl(level: string, id: string): string {
  return withFragment(levelUrl(level), id);
}

/** `/levels/4/rubric/`: the level as a printable rubric and worksheet. */
export function rubricUrl(level: string): string {
  return `${levelUrl(level)}rubric/`;
}

/** `/case/`: the reader's promotion case, kept in their browser. */
export function caseUrl(): string {
  return '/case/';
}

/** `/calibrate/`: several people's exported cases side by side. */
export function calibrateUrl(): string {
  return '/calibrate/';
}

/** `/social/4.png`: the level's image for link previews. */
export function socialImageUrl(level: string): string {
  return `/social/${level}.png`;
}

/** `/compare/4/5/`: two levels side by side: adjacent ones, the lower first, or one rank on two tracks. */
export function compareUrl(from: string, to: string): string {
  return `/compare/${from}/${to}/`;
}

/** `url` with `#fragment`. */
export function withFragment(url: string, fragment: string): string {
  return `${url}#${fragment}`;
}

/** `/changes/`: every release, newest first, with what changed from the one before. */
export function changesUrl(): string {
  return '/changes/';
}

/** `/changes/feed.xml`: the releases as an Atom feed. */
export function changesFeedUrl(): string {
  return `${changesUrl()}feed.xml`;
}

/** A release's anchor on `/changes/`: `release-2026.2`; changes not yet released are at `unreleased`. */
export function releaseAnchor(version: string | undefined): string {
  return version === undefined ? 'unreleased' : `release-${version}`;
}

/**
 * One item's change in one release, its anchor on `/changes/`: `2026.2--4--delegates-ownership`
 * (`unreleased--4--…` before the release). Ids are kebab-case, so `--` keeps the three parts apart.
 */
export function changeAnchor(version: string | undefined, level: string, id: string): string {
  return `${version ?? 'unreleased'}--${level}--${id}`;
}

/**
 * `/changes/since-2026.1.json`: what changed in each item since a release, for a reader who follows a
 * citation of it (the then/now words) and for worksheet notes written against it.
 */
export function sinceUrl(version: string): string {
  return `${changesUrl()}since-${version}.json`;
}

/** `/framework.json`: the whole framework as data. */
export function frameworkJsonUrl(): string {
  return '/framework.json';
}

/** `/items.csv`: every item, one row each, in the columns `npm run import` reads. */
export function itemsCsvUrl(): string {
  return '/items.csv';
}

/** `/levels/4.json`: one level as data. */
export function levelJsonUrl(level: string): string {
  return `/levels/${level}.json`;
}

/** `/levels/4.md`: one level as Markdown, each item a citation link. */
export function levelMarkdownUrl(level: string): string {
  return `/levels/${level}.md`;
}

/** `/schemas/framework.schema.json`, `/schemas/level.schema.json`: the exports' JSON Schemas. */
export function exportSchemaUrl(name: 'framework' | 'level'): string {
  return `/schemas/${name}.schema.json`;
}
