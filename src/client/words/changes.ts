/** The changelog (`/changes/`), its feed, and the marks on pages that say when something changed. */
export const changesWords = {
  title: 'Changes',
  description: (name: string) => `Every release of ${name}, newest first, with what changed in each.`,
  intro:
    'Every release, newest first, with what changed from the one before. Links to behaviors keep working across releases: a citation names the version it was copied from.',
  feed: 'Follow the releases (Atom feed)',
  link: 'What changed, release by release',
  release: (version: string) => `Release ${version}`,
  unreleased: 'Not yet released',
  unreleasedHelp: (version: string | undefined) =>
    version === undefined
      ? 'Changes made since the latest release, not yet part of any release.'
      : `Changes made since the latest release, to be released as ${version}.`,
  releasedOn: (date: string) => `released ${date}`,
  firstRelease: (levels: number, items: number) =>
    `The first release: ${levels} ${levels === 1 ? 'level' : 'levels'}, ${items} ${items === 1 ? 'item' : 'items'}.`,
  counts: (counts: {
    added: number;
    reworded: number;
    moved: number;
    retired: number;
    levels: number;
    renamed: number;
    attributes: number;
  }) =>
    [
      counts.levels > 0 ? `${counts.levels} ${counts.levels === 1 ? 'level' : 'levels'} changed` : '',
      counts.added > 0 ? `${counts.added} added` : '',
      counts.reworded > 0 ? `${counts.reworded} reworded` : '',
      counts.moved > 0 ? `${counts.moved} moved` : '',
      counts.renamed > 0 ? `${counts.renamed} with a new id` : '',
      counts.attributes > 0 ? `${counts.attributes} with new values` : '',
      counts.retired > 0 ? `${counts.retired} retired` : '',
    ]
      .filter(Boolean)
      .join(', ') || 'No change to what is citable.',
  levels: 'Levels',
  levelAdded: (title: string) => `${title} was added.`,
  levelRenamed: (then: string, now: string) =>
    then === now
      ? `${now} has a new address; links to its old one lead there.`
      : `${then} is now ${now}, at a new address; links to the old one lead there.`,
  levelRetitled: (then: string, now: string) => `${then} was renamed ${now}.`,
  levelRetired: (title: string) => `${title} was retired.`,
  added: 'Added',
  reworded: 'Reworded',
  moved: 'Moved',
  retired: 'Retired',
  /** Before the words of an item as they were, and as they are. */
  then: 'Before:',
  now: 'Now:',
  difference: 'What changed in the words:',
  removed: 'removed: ',
  inserted: 'added: ',
  movedFrom: (from: string, to: string) => `Moved from ${from} to ${to}.`,
  newId: (then: string) => `Its old link (#${then}) leads here.`,
  attribute: (scale: string, then: string | undefined, now: string | undefined) =>
    `${scale}: ${then ?? 'none'} → ${now ?? 'none'}.`,
  leadsTo: 'Its link now leads to',
  leadsNowhere: 'Its link now leads to its level.',
  /** The mark beside an item reworded in the latest release. */
  changedIn: (version: string) => `Changed in ${version}`,
  /** The line on a page saying when it last changed. */
  lastChanged: (version: string, date: string) => `Last changed in ${version}, ${date}.`,
  whatChanged: 'What changed',
  feedTitle: (name: string) => `${name}: releases`,
  feedEntry: (version: string) => `Release ${version}`,
} as const;
