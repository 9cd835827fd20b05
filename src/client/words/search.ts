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
  /** Some words match nothing anywhere: the results are for the others. */
  nowhere: (count: string, ...words: string[]) =>
    `Nothing here mentions ${words.map((word) => `“${word}”`).join(' or ')}; ${count} for the other words:`,
  /** The query's misspelt words were corrected to words the handbook uses. */
  corrected: (words: string, count: string) => `Showing results for “${words}”: ${count}.`,
  instead: (query: string) => `Search for “${query}” instead`,
  /** Why a result was found through its search terms: the reader's word and the item's words it stands for. */
  because: (word: string, ...matches: string[]) =>
    matches.length > 0
      ? `matches ${matches.map((match) => `“${match}”`).join(', ')}, for “${word}”`
      : `search term “${word}”`,
  /** The context line of a level's own page, first when the query names the level. */
  levelPage: 'The whole level, on one page',
  noSuchLevel: (level: string, ...levels: string[]) =>
    `There is no level “${level}” in this handbook (its levels: ${levels.join(', ')}). `,
  unavailable: 'Search is not available here: it works on the built handbook.',
} as const;
