/**
 * The words the handbook's own interface uses, in one place, so they read alike everywhere and can
 * be changed (or translated) without hunting through components. Content words come from content/.
 */
export const ui = {
  /** The name of an anchor link: names its target, so a list of links reads well. */
  linkTo: (target: string) => `Link to: ${target}`,
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
  related: 'Related:',
  referencedBy: 'Referenced by:',
  /** Said when a link's #fragment names nothing on the page. */
  unknownFragment: (fragment: string) =>
    `There is nothing at “#${fragment}” on this page: it may have been renamed or removed.`,
  unknownFragmentHelp: 'Look for it in one of these sections:',
} as const;
