/**
 * "Suggest an edit": a new issue in the handbook's source repository (`HANDBOOK_REPOSITORY`), its title
 * citing what it is about, its body the words as they are, the framework's version and the canonical
 * link. Pure; pages write the links of sections (src/components/edit/SuggestEdit.astro), and an item's
 * button builds its own on a click (src/client/suggest.ts).
 */
import { shorten } from './shorten';
import { editWords } from './words/edit';

/** Issue titles longer than this are shortened with an ellipsis. */
export const TITLE_LIMIT = 90;
/** Bodies are kept below this many characters once encoded, so the whole address stays well under 8 KB. */
export const BODY_LIMIT = 6000;

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
