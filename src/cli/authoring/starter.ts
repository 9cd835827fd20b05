/**
 * The smallest valid handbook, which `npm run new-handbook` writes into `content/`: one framework file,
 * one level, one section of one item, an empty thesaurus and a fresh permalink manifest. Every word is
 * a placeholder that says so, to be replaced by the adopter's own framework.
 */
import { MANIFEST_FILE, THESAURUS_FILE } from '../../pipeline/content-files';
import { manifestText } from '../../pipeline/urls/permalinks';

/** The starter's files, by path relative to the project root, with what each is for. */
export interface StarterFile {
  file: string;
  /** What the file is, for new-handbook's report. */
  about: string;
  text: string;
}

const framework = `---
name: Your framework's name
summary: One or two sentences on what your framework is and who it is for. Replace this placeholder.
competencies:
  - id: your-competency
    title: Your competency's name
---

How to read your handbook: a few sentences for its readers, in Markdown. Replace this placeholder.
`;

const level = `---
id: 1
rank: 1
title: Your first level's name
role: your first level's role, in a few words
closing: Your closing words for this level. Replace this placeholder.
---

Your first level's introduction, in Markdown. Replace this placeholder.
`;

const section = `---
level: 1
kind: key-behaviors
title: Your section's heading
items:
  - id: your-first-item
    text: Your first item, what someone at this level does. Replace this placeholder.
---
`;

const thesaurus = `# The words readers search with, and your framework's own words they stand for:
#   stakeholder: [customer, across teams]
# See CONTRIBUTING.md, "Help search find an item". Empty until you add some.
{}
`;

export const starterFiles: readonly StarterFile[] = [
  {
    file: 'content/framework/handbook.mdx',
    about: "the framework: its name, summary and competencies (and tracks); body: 'How to read it'",
    text: framework,
  },
  { file: 'content/levels/level-1.mdx', about: 'one level', text: level },
  { file: 'content/sections/level-1/key-behaviors.mdx', about: 'one section of one item', text: section },
  { file: THESAURUS_FILE, about: 'an empty search thesaurus', text: thesaurus },
  {
    file: MANIFEST_FILE,
    about: 'a fresh permalink manifest: nothing of this framework is published yet',
    text: manifestText([]),
  },
];

/**
 * Whether `text` is the starter's own placeholder for `file`, unedited: the spreadsheet import
 * replaces such a file without `--force`, since nobody's work is in it.
 */
export function isStarterPlaceholder(file: string, text: string): boolean {
  const starter = starterFiles.find((candidate) => candidate.file === file);
  return starter !== undefined && starter.text === text.replace(/\r\n/g, '\n');
}
