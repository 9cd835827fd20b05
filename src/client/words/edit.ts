/** What the edit links say (src/client/suggest-link.ts, src/site/edit-links.ts). */
export const editWords = {
  editPage: 'Edit this page',
  suggest: 'Suggest an edit to this section',
  /** An item's own button, in its toolbar; its name ends with the item's words. */
  suggestItem: 'Suggest an edit',
  suggestItemFor: (words: string) => `Suggest an edit: ${words}`,
  /** The new issue's title: what it is about. */
  issueTitle: (cited: string) => `Suggest an edit: ${cited}`,
  issueLink: 'Link',
  issueVersion: 'Framework version',
  issueCurrent: 'The words as they are:',
  issueAsk: 'What should they say instead, and why?',
  more: (count: number) => `…and ${count} more`,
};
