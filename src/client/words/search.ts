/** The search box, its results and the search page: the words src/client/search.ts says. */
export const searchWords = {
  label: 'Search the handbook',
  /** The header box's placeholder; the page's boxes suggest what to type, when the content offers examples. */
  placeholder: 'Search',
  placeholderExamples: (...examples: string[]) => `e.g. ${examples.join(', ')}`,
  levelFilter: 'Level',
  allLevels: 'All levels',
  competencyFilter: 'Competency',
  allCompetencies: 'All competencies',
  /** The first choice of a filter by one of the framework's scales. */
  anyValue: 'Any',
  examples: 'Or search for:',
  all: 'All results, with filters, on the search page',
  page: 'Search',
  description: (handbook: string) => `Search ${handbook}.`,
  needsScript: 'Search needs JavaScript, which is off. Every level and section is one click from here:',
  /** What the results say, and screen readers hear. */
  count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  found: (count: string, words: string) => `${count} for “${words}”`,
  partial: (words: string, count: string) =>
    `No single item has every word of “${words}”; ${count} with some of them:`,
  none: (query: string) => `No results for “${query}”. Try one of these:`,
  noSuchLevel: (level: string, ...levels: string[]) =>
    `There is no level “${level}” in this handbook (its levels: ${levels.join(', ')}). `,
  unavailable: 'Search is not available here: it works on the built handbook.',
} as const;
