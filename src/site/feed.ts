/**
 * The releases as an Atom feed (`/changes/feed.xml`): one entry per
 * release, newest first, linking to its place on `/changes/`, with what changed in it in plain words
 * (reworded words as `[-removed-]{+added+}`, readable in any feed reader, styles or none). Changes not yet released are
 * not in the feed.
 */
import type { ItemChange, ReleaseChanges } from '../pipeline/releases/changes';
import { diffText } from '../pipeline/releases/word-diff';
import { changesFeedUrl, changesUrl } from '../pipeline/urls/urls';
import { ui } from '../client/ui-words';
import { escapeHtml } from '../client/citation';
import { levelChangeText, releaseUrl } from './releases';

/** What changed in one item, in a line of plain text. */
function changeLine(change: ItemChange): string {
  const words = ui.changes;
  const { then, now } = change;
  if (!then && now) return `${words.added}: ${now.text.plain} (${now.context})`;
  if (then && !now)
    return `${words.retired}: ${then.text.plain} (${then.context}). ${change.leadsTo ? `${words.leadsTo} ${change.leadsTo.title}.` : words.leadsNowhere}`;
  const parts = [
    change.reworded
      ? `${words.reworded}: ${diffText(change.reworded)}`
      : `${words.moved}: ${now?.text.plain ?? ''}`,
    change.moved && then && now ? words.movedFrom(then.context, now.context) : '',
    change.renamed && then ? words.newId(then.id) : '',
    ...change.attributes.map(({ scale, then: before, now: after }) => words.attribute(scale, before, after)),
  ];
  return `${parts[0] ?? ''} (${now?.context ?? ''}). ${parts.slice(1).filter(Boolean).join(' ')}`.trim();
}

/** One release's summary: what it holds (the first), or how much changed. */
function summaryOf(entry: ReleaseChanges): string {
  return entry.previous === undefined
    ? ui.changes.firstRelease(entry.totals.levels, entry.totals.items)
    : ui.changes.counts(entry.counts);
}

/** Text as HTML, its line breaks kept (sub-points are a line each). */
const asHtml = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

/**
 * One release's changes as an entry's HTML: its summary, then a list item per level and item changed,
 * each written as plain words (feed readers show no styles), reworded words as `[-removed-]{+added+}`.
 */
export function releaseHtml(entry: ReleaseChanges): string {
  const lines = [...entry.levels.map(levelChangeText), ...entry.items.map(changeLine)];
  const list =
    lines.length === 0 ? '' : `<ul>${lines.map((line) => `<li>${asHtml(line)}</li>`).join('')}</ul>`;
  return `<p>${asHtml(summaryOf(entry))}</p>${list}`;
}

/** Text safe in XML content and attribute values (content never holds control characters: the checks refuse them). */
const xml = (text: string) => text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The Atom feed (RFC 4287) of `entries` (the changelog, newest first). Links are made absolute by
 * `absolute` when the site's address is configured; without one they are paths, which feed readers
 * resolve against the feed's own address. Ids must be absolute: without an address they are `tag:`
 * URIs named by the handbook's first release date.
 */
export function releasesFeed(
  name: string,
  entries: readonly ReleaseChanges[],
  absolute: (path: string) => string,
): string {
  const released = entries.filter((entry) => entry.version !== undefined && entry.released !== undefined);
  const first = released.at(-1)?.released ?? '2000-01-01';
  const idOf = (path: string) => {
    const url = absolute(path);
    return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `tag:handbook,${first}:${url}`;
  };
  const stamp = (entry: ReleaseChanges | undefined) => `${entry?.released ?? first}T00:00:00Z`;
  const link = (href: string, rel?: string) =>
    `<link${rel ? ` rel="${rel}"` : ''} href="${xml(absolute(href))}"/>`;
  const items = released.map((entry) => {
    const url = releaseUrl(entry.version);
    return [
      '  <entry>',
      `    <title>${xml(ui.changes.feedEntry(entry.version ?? ''))}</title>`,
      `    <id>${xml(idOf(url))}</id>`,
      `    ${link(url, 'alternate')}`,
      `    <updated>${stamp(entry)}</updated>`,
      `    <summary>${xml(summaryOf(entry))}</summary>`,
      `    <content type="html">${xml(releaseHtml(entry))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xml(ui.changes.feedTitle(name))}</title>`,
    `  <id>${xml(idOf(changesUrl()))}</id>`,
    `  ${link(changesUrl(), 'alternate')}`,
    `  ${link(changesFeedUrl(), 'self')}`,
    `  <updated>${stamp(released[0])}</updated>`,
    `  <author><name>${xml(name)}</name></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
