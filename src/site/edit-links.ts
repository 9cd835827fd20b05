/**
 * Links into the handbook's source repository (`HANDBOOK_REPOSITORY`, src/integrations/handbook-config.ts):
 * "Edit this page", its MDX file in the repository's web editor, and "Suggest an edit", a new issue
 * prefilled with the words as they are, the framework's version and their canonical link. Pure: the
 * repository, branch and addresses are arguments. Without a repository there are no links (undefined).
 */

/** What the links say. */
export const editWords = {
  editPage: 'Edit this page',
  suggest: 'Suggest an edit to this section',
  /** The new issue's title: what it is about. */
  issueTitle: (cited: string) => `Suggest an edit: ${cited}`,
  issueLink: 'Link',
  issueVersion: 'Framework version',
  issueCurrent: 'The words as they are:',
  issueAsk: 'What should they say instead, and why?',
  more: (count: number) => `…and ${count} more`,
};

/** Issue titles longer than this are shortened with an ellipsis. */
export const TITLE_LIMIT = 90;
/** Bodies are kept below this many characters once encoded, so the whole address stays well under 8 KB. */
export const BODY_LIMIT = 6000;

/** `text` shortened at a word to at most `limit` characters, an ellipsis marking the cut. */
export function shorten(text: string, limit: number): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= limit) return words;
  const cut = words.slice(0, limit - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > limit / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:·–—-]+$/, '')}…`;
}

/**
 * "Edit this page": `file` (a path from the repository's root, `content/levels/level-4.mdx`) in the web
 * editor of `repository` on `branch`; undefined without a repository.
 */
export function editPageUrl(repository: string, branch: string, file: string): string | undefined {
  if (repository === '') return undefined;
  const path = file
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return `${repository.replace(/\/+$/, '')}/edit/${encodeURIComponent(branch)}/${path}`;
}

/** What a suggested edit is about. */
export interface Suggested {
  /** Its citation: "Key Behaviors, Level 4". */
  cited: string;
  /** Its canonical URL, absolute where the site's address is known. */
  url: string;
  /** The framework's version, if it has one. */
  version: string | undefined;
  /** The words as they are, one entry an item: "id: words". */
  words: string[];
}

/** The new issue's body: the link, the version, the words as they are (as many as fit) and the question. */
export function suggestionBody(suggested: Suggested, limit: number = BODY_LIMIT): string {
  const head = [
    `${editWords.issueLink}: ${suggested.url}`,
    ...(suggested.version ? [`${editWords.issueVersion}: ${suggested.version}`] : []),
    '',
    editWords.issueCurrent,
    '',
  ];
  const tail = ['', editWords.issueAsk, ''];
  const fits = (lines: string[]) => encodeURIComponent(lines.join('\n')).length <= limit;
  const quoted = suggested.words.map((words) => `> ${words.replace(/\s+/g, ' ').trim()}\n>`);
  let shown = quoted.length;
  const body = (count: number) => [
    ...head,
    ...quoted.slice(0, count),
    ...(count < quoted.length ? [editWords.more(quoted.length - count)] : []),
    ...tail,
  ];
  while (shown > 0 && !fits(body(shown))) shown -= 1;
  return body(shown).join('\n');
}

/**
 * "Suggest an edit": a new issue in `repository` whose title cites what it is about (shortened) and
 * whose body has the words as they are, the version and the canonical link; undefined without a
 * repository.
 */
export function suggestEditUrl(repository: string, suggested: Suggested): string | undefined {
  if (repository === '') return undefined;
  const query = new URLSearchParams({
    title: shorten(editWords.issueTitle(suggested.cited), TITLE_LIMIT),
    body: suggestionBody(suggested),
  });
  return `${repository.replace(/\/+$/, '')}/issues/new?${query.toString()}`;
}
