/**
 * The releases as an Atom feed (`/changes/feed.xml`), written by the `feed` library: one entry per
 * release, newest first, linking to its place on `/changes/`, with what changed in it in plain words
 * (reworded words as `[-removed-]{+added+}`, readable in any feed reader, styles or none). Changes not yet released are
 * not in the feed.
 */
import { Feed } from 'feed';
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

/** The Atom feed of `entries` (the changelog, newest first), its links made absolute by `absolute`. */
export function releasesFeed(
  name: string,
  entries: readonly ReleaseChanges[],
  absolute: (path: string) => string,
): string {
  const released = entries.filter((entry) => entry.version !== undefined && entry.released !== undefined);
  const dateOf = (entry: ReleaseChanges) => new Date(`${entry.released ?? ''}T00:00:00Z`);
  const latest = released[0];
  const feed = new Feed({
    title: ui.changes.feedTitle(name),
    id: absolute(changesUrl()),
    link: absolute(changesUrl()),
    feedLinks: { atom: absolute(changesFeedUrl()) },
    ...(latest ? { updated: dateOf(latest) } : {}),
    generator: false,
  });
  for (const entry of released) {
    const url = absolute(releaseUrl(entry.version));
    feed.addItem({
      title: ui.changes.feedEntry(entry.version ?? ''),
      id: url,
      link: url,
      date: dateOf(entry),
      description: summaryOf(entry),
      content: releaseHtml(entry),
    });
  }
  return feed.atom1();
}
