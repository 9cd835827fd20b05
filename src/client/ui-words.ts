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
  search: {
    levelFilter: 'Level',
    allLevels: 'All levels',
    competencyFilter: 'Competency',
    allCompetencies: 'All competencies',
    examples: 'Or search for:',
    all: 'All results, with filters, on the search page',
    page: 'Search',
    needsScript: 'Search needs JavaScript, which is off. Every level and section is one click from here:',
  },
  rubric: {
    title: (level: string) => `${level} rubric`,
    link: (level: string) => `Rubric and worksheet for ${level}`,
    purpose:
      'This rubric guides a conversation about evidence. It is not a checklist: no one is expected to show every item, and a level is more than the sum of its lines.',
    links: 'Each item links to its place in the handbook:',
    focus: 'Focus',
    ref: 'Ref',
    asks: 'What it asks',
    evidence: 'Evidence and examples',
    seen: 'How often it is seen',
    evidenceFor: (ref: string, words: string) => `Evidence and examples for ${ref}: ${words}`,
    seenFor: (ref: string) => `How often ${ref} is seen`,
    prompts: 'Prompts for reflection',
    promptsHelp: 'Not criteria: questions to think and talk through.',
    reflectionFor: (ref: string, words: string) => `Your reflection on ${ref}: ${words}`,
    from: 'From',
    to: 'To',
    printedFrom: 'Printed from',
  },
  worksheet: {
    privacy: 'Your notes are saved in this browser only. Nothing is sent anywhere.',
    exportMarkdown: 'Export as Markdown',
    exportJson: 'Export notes (JSON)',
    importJson: 'Import notes (JSON)',
    clear: 'Clear notes',
    confirmClear: 'Clear every note and mark on this worksheet? This cannot be undone.',
    saved: 'Saved in this browser',
    cleared: 'Notes cleared',
    imported: 'Notes imported',
    unreadable: (reason: string) =>
      `The notes saved in this browser could not be read (${reason}). They are kept aside, untouched; this worksheet starts empty.`,
    badImport: (reason: string) => `That file could not be imported: ${reason}. Your notes are unchanged.`,
    orphans: 'Notes for items no longer in this level',
    orphansHelp:
      'These items were renamed or removed since you wrote these notes. They are kept, and exported.',
  },
} as const;
