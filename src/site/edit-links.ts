/**
 * Links into the handbook's source repository (`HANDBOOK_REPOSITORY`, src/integrations/handbook-config.ts):
 * "Edit this page", its MDX file in the repository's web editor, and "Suggest an edit"
 * (src/client/suggest-link.ts), a new issue prefilled with the words as they are, the framework's
 * version and their canonical link. Pure: the repository, branch and addresses are arguments. Without a
 * repository there are no links (undefined).
 */
export { shorten } from '../client/shorten';
export {
  BODY_LIMIT,
  TITLE_LIMIT,
  suggestEditUrl,
  suggestionBody,
  type Suggested,
} from '../client/suggest-link';
export { editWords } from '../client/words/edit';

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
