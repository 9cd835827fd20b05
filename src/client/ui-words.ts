/**
 * The words the handbook's own interface uses, in one place, so they read alike everywhere and can
 * be changed (or translated) without hunting through components. Content words come from content/.
 *
 * Pages read `ui`. The groups a script shipped to readers says live in src/client/words/, one module
 * each, and a script imports only its own: a bundle splits by module, so each lazily loaded chunk
 * then carries its words and no others.
 */
import { calibrateWords } from './words/calibrate';
import { caseWords } from './words/case';
import { changesWords } from './words/changes';
import { citeWords } from './words/cite';
import { scaleWords } from './words/scale';
import { searchWords } from './words/search';
import { toolWords } from './words/tools';
import { worksheetWords } from './words/worksheet';

export { calibrateWords, caseWords, citeWords, scaleWords, searchWords, worksheetWords };

/** The mindset shift's two sides, on level pages and in the rubric. */
const shiftWords = {
  from: 'From',
  to: 'To',
  /** A mindset shift as its citation words it: "Mindset Shift: from ‘…’ to ‘…’" (quoted again when cited). */
  cited: (title: string, from: string, to: string) => `${title}: from ‘${from}’ to ‘${to}’`,
} as const;

/** A level named with its role in brackets, where levels have one: "Level 4 (strategic partner)". */
const withRole = (level: string, role?: string) => (role ? `${level} (${role})` : level);

export const ui = {
  ...citeWords,
  /** Said when a link's #fragment names nothing on the page. */
  unknownFragment: (fragment: string) =>
    `There is nothing at “#${fragment}” on this page: it may have been renamed or removed.`,
  unknownFragmentHelp: 'Look for it in one of these sections:',
  /** Every page's frame: skip link, header, breadcrumbs, footer. */
  page: {
    skipToContent: 'Skip to content',
    levels: 'Levels',
    allLevels: (count: number) => `All ${count} levels`,
    breadcrumb: 'Breadcrumb',
    home: 'Handbook',
    permanentLinks: 'Every item has a permanent link: edit the wording freely, the link stays.',
  },
  /** The home page and the lists of levels. */
  home: {
    howToRead: 'How to read it',
    ladder: 'The ladder',
    levels: 'Levels',
    /** Before a level's title on the ladder, for screen readers. */
    rank: (rank: number) => `Rank ${rank}: `,
    sectionsOf: (level: string) => `Sections of ${level}`,
    overview: 'Each level, competency by competency',
    /** A cell of the overview, as a screen reader says it. */
    overviewCell: (level: string, competency: string, words: string) => `${level}, ${competency}: ${words}`,
    notDescribed: 'Not described at this level',
  },
  /** A level's page. */
  level: {
    description: (level: string, role?: string) =>
      `Everything ${withRole(level, role)} asks of you, on one page.`,
    /** A level named with its role, where levels have one: "Level 4: strategic product partner". */
    name: (level: string, role?: string) => (role ? `${level}: ${role}` : level),
    toc: 'In this level',
    /** The level's exports, linked from its header: "Download: JSON · Markdown · CSV" (every item). */
    download: 'Download:',
    downloads: { json: 'JSON', markdown: 'Markdown', csv: 'CSV' },
    closing: 'In summary',
    others: 'Other levels',
    previous: 'Previous level',
    next: 'Next level',
    /** "Next level (IC track)", where the ladder forks. */
    onTrack: (direction: string, track: string) => `${direction} (${track})`,
    compare: 'Compare side by side:',
    comparison: (from: string, to: string) => `${from} and ${to}`,
    /** Before the links to the compare pages of this level's rank on other tracks. */
    compareTracks: (count: number) =>
      count === 1
        ? 'The other track at this rank, side by side:'
        : 'The other tracks at this rank, side by side:',
    /** After a section whose kind leads to the next level. */
    nextLevel: 'The next level:',
    nextLevels: 'The next level, by track:',
    or: ' or ',
  },
  /** A section, on its level's page and on its own. */
  section: {
    description: (section: string, level: string, role?: string) => `${section} at ${withRole(level, role)}.`,
    onItsOwnPage: (section: string) => `${section} on its own page`,
    onItsOwnPageOf: (section: string, level: string) => `${section} on its own page, ${level}`,
    withWholeLevel: (section: string, level: string) => `See ${section} with all of ${level} on one page`,
    position: (position: number, count: number) => `Section ${position} of ${count}`,
    previous: 'Previous: ',
    next: 'Next: ',
    previousSection: 'Previous section',
    nextSection: 'Next section',
    previousAndNext: 'Previous and next section',
    lastSection: 'That was the last section',
    backToLevel: (level: string, closing: boolean) =>
      closing ? `Back to ${level}: in summary` : `Back to ${level}`,
    /** Where an item that moved to another section of the level is now; the section's title follows. */
    movedItem: (item: string) => `“${item}” has moved to another section:`,
    /** Where what an address named is now, when it was retired into another section; its title follows. */
    retiredItem: 'What was here is now part of another section:',
  },
  shift: shiftWords,
  /** Two levels side by side. */
  compare: {
    title: (from: string, to: string) => `${from} and ${to}, side by side`,
    description: (from: string, to: string) => `What changes from ${from} to ${to}, section by section.`,
    crumb: (from: string, to: string) => `Compare ${from} and ${to}`,
    comparedWith: 'compared with',
    roles: (from: string, to: string) => `From ${from} to ${to}.`,
    /** Two levels of one rank on different tracks. */
    tracksDescription: (from: string, to: string) =>
      `How ${from} and ${to}, one rank on two tracks, differ, section by section.`,
    tracks: (from: string, to: string) => `The same rank on two tracks: ${from} and ${to}.`,
    trackRole: (track: string, role: string) => `${track} (${role})`,
    missing: (level: string, section: string) => `${level} has no ${section}.`,
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the handbook or open a level.',
    help: 'There is nothing at this address. If you followed a link to a behavior, search for a few of its words, or open its level below.',
    levels: 'Levels',
    home: 'Go to the handbook’s home page',
  },
  /** The page left at a level's former address. */
  moved: {
    title: 'Moved',
    to: 'This page has moved to',
  },
  search: searchWords,
  rubric: {
    title: (level: string) => `${level} rubric`,
    crumb: 'Rubric',
    description: (level: string, role?: string) =>
      `${withRole(level, role)} as a printable rubric and worksheet.`,
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
    /** The legend of a framework's own scale for one row: "Proficiency for C-2". */
    scaleFor: (scale: string, ref: string) => `${scale} for ${ref}`,
    prompts: 'Prompts for reflection',
    promptsHelp: 'Not criteria: questions to think and talk through.',
    reflectionFor: (ref: string, words: string) => `Your reflection on ${ref}: ${words}`,
    /** The visible label of a reflection box: the start of its accessible name (reflectionFor). */
    reflection: 'Your reflection',
    from: shiftWords.from,
    to: shiftWords.to,
    printedFrom: 'Printed from',
    /** After the printed page's address: the version it shows. */
    printedVersion: (version: string) => ` (version ${version})`,
  },
  /** What paper carries that a screen does not: the rubric's fields to fill in, the pages' margins. */
  paper: {
    name: 'Name',
    assessor: 'Assessor',
    date: 'Date',
    outcome: 'Outcome',
    /** Around the page numbers in a printed page's margin: "Page 2 of 3". */
    pageOfPages: { before: 'Page ', between: ' of ' },
  },
  worksheet: worksheetWords,
  changes: changesWords,
  case: caseWords,
  /** The tools (the case, the rubrics) as a first visit meets them: home, search and 404 pages. */
  tools: toolWords,
  calibrate: calibrateWords,
} as const;
