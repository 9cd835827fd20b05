/**
 * The handbook's tools (the case, each level's rubric) as a first visit meets them: the home page's
 * two sentences on what the handbook is for and how to use it, the "Tools" line on the home, search and
 * 404 pages, and the words search finds each tool by. Build time only: no script ships these.
 */

/** A part of a sentence: words, or words linked to one of the places a reader starts from. */
export type UsePart = string | { text: string; to: 'levels' | 'case' | 'rubric' };

/**
 * Words readers type when looking for a tool rather than for a behavior: what they call the document
 * they are writing and the form they fill in. Indexed with the tool's page, never shown. Both
 * spellings of a hyphenated word, so "self assessment" and "self-assessment" find it alike.
 */
const sharedTerms = [
  'promotion packet',
  'promotion case',
  'promotion document',
  'promotion application',
  'promotion review',
  'self-assessment',
  'self assessment',
  'self-evaluation',
  'self evaluation',
  'self-review',
  'self review',
  'performance review',
  'evidence',
  'worksheet',
  'template',
  'form',
  'brag document',
  'brag doc',
  'assessment',
  'evaluation',
];

export const toolWords = {
  /** The home page: what the handbook is for (its name first), then how to use it. */
  purpose: (handbook: string) =>
    `Use ${handbook} to see where you stand and to make, or weigh, a case for promotion.`,
  /** With one level: every part links to its place. */
  how: [
    'Read ',
    { text: 'a level', to: 'levels' },
    ', cite a behavior with Copy citation (its link is permanent), gather behaviors and your evidence in ',
    { text: 'your case', to: 'case' },
    ', and print ',
    { text: 'a level’s rubric', to: 'rubric' },
    ' to fill in by hand.',
  ] satisfies UsePart[],
  /** With several levels the rubrics follow, one per level, so the sentence ends on them. */
  howSeveral: [
    'Read ',
    { text: 'a level', to: 'levels' },
    ', cite a behavior with Copy citation (its link is permanent), gather behaviors and your evidence in ',
    { text: 'your case', to: 'case' },
    ', and print a level’s rubric to fill in by hand.',
  ] satisfies UsePart[],
  /** The line of links to the tools on the home, search and 404 pages. */
  tools: 'Tools',
  rubrics: 'Rubrics:',
  /** Words search finds the case page by, beside its title and description. */
  caseTerms: [
    ...sharedTerms,
    'my case',
    'packet',
    'dossier',
    'portfolio',
    'write-up',
    'nomination',
    'justification',
    'saved items',
    'picked items',
    'shortlist',
    'bookmarks',
    'export',
  ],
  /** Words search finds the calibration page by, beside its title and description. */
  calibrateTerms: [
    'calibration',
    'calibrate',
    'calibration meeting',
    'promotion committee',
    'promotion panel',
    'review committee',
    'talent review',
    'compare candidates',
    'compare evidence',
    'compare people',
    'side by side',
    'manager',
    'direct reports',
    'decision',
    'evidence',
    'promotion packet',
    'promotion case',
  ],
  /** Words search finds each level's rubric by, beside its title and description. */
  rubricTerms: [
    ...sharedTerms,
    'rubric',
    'scorecard',
    'scoring',
    'score sheet',
    'criteria',
    'checklist',
    'calibration',
    'printable',
    'print',
    'paper',
  ],
} as const;
