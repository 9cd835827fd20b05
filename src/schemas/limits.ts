/**
 * Limits that protect the build and the reader. An id is part of addresses and of file names the build
 * writes (`/levels/<id>/<kind>/index.html`, `/compare/<id>/<id>/`), which a file system caps at 255
 * bytes a name; text is read on a page and cited in a promotion document; a word with no break in it
 * is drawn on one line. The page wraps any word anyway (`overflow-wrap: anywhere`), so these are about
 * what an author most likely meant, and what the build can write.
 */

/** The longest id (of a level, item, kind, competency, track, scale): 64 characters. */
export const MAX_ID_LENGTH = 64;

/** The longest text field (an item's text, a sub-point, a title, a summary…): 2,000 characters. */
export const MAX_TEXT_LENGTH = 2000;

/** The longest word a reader sees, between spaces, hyphens or punctuation: 80 characters. */
export const MAX_WORD_LENGTH = 80;

/** A number as the documentation writes it: 2,000. */
export const spelled = (value: number) => value.toLocaleString('en-US');
