/** Copy citation, anchor links and the threads beside every item: the words src/client/cite.ts says. */
export const citeWords = {
  /** The name of an anchor link: names its target, so a list of links reads well. */
  linkTo: (target: string) => `Link to: ${target}`,
  /** The name of an item's controls (link, copy, add to case), a toolbar the arrow keys move in. */
  itemActions: (target: string) => `Actions for: ${target}`,
  /** The anchor link's word, shown beside its icon where there is no hover (touch screens). */
  linkShort: 'Link',
  /** The name of a Copy citation button: names what it cites. */
  copyCitation: (target: string) => `Copy citation: ${target}`,
  copyCitationShort: 'Copy citation',
  copied: 'Copied',
  /** Announced to screen readers once a citation is on the clipboard. */
  citationCopied: (target: string) => `Citation copied: ${target}`,
  fallbackTitle: 'Copy this citation',
  fallbackHelp:
    'Your browser did not let the page copy it. Select it and copy it yourself (Ctrl+C, or ⌘C on a Mac):',
  close: 'Close',
  /** A citation's version, after where it is from: "Level 4 · Key Behaviors · version 2026.3". */
  version: (version: string) => `version ${version}`,
  related: 'Related:',
  referencedBy: 'Referenced by:',
} as const;
