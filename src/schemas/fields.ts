/**
 * The field schemas every content file is made of: ids (kebab-case, of bounded length), level ids,
 * reader-facing text (trimmed, bounded, words of bounded length), former ids, item references, and
 * lists whose entries differ by id. `content.ts` (items, sections, levels) and `framework.ts` (the
 * framework file) build on them.
 */
import { z } from 'astro/zod';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH, spelled } from './limits';

/** An id too long for the addresses and file names it becomes: `MAX_ID_LENGTH` at most. */
const idLength = {
  error: (issue: { input?: unknown }) =>
    `is ${typeof issue.input === 'string' ? spelled(issue.input.length) : 'too many'} characters long: an id is at most ${MAX_ID_LENGTH}, as it is part of addresses and of file names the build writes`,
};

/** An author-chosen anchor or name: lower-case words joined by single hyphens, e.g. `delegates-ownership`. */
const kebabCase = [
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  { error: 'must be kebab-case: lower-case letters and digits joined by single hyphens' },
] as const;
export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, idLength)
  .regex(...kebabCase);

/**
 * A level's id: its URL segment (`/levels/<id>/`). A number (`4`) or kebab-case words (`senior-1`);
 * YAML reads `4` as a number, so both spellings are accepted and the id is always text.
 */
export const levelIdSchema = z
  .union([z.int().nonnegative().transform(String), z.string().regex(...kebabCase)], {
    error: 'must be a level id: a number such as 4, or kebab-case such as senior-1',
  })
  .pipe(z.string().max(MAX_ID_LENGTH, idLength));

/**
 * Text shown to readers. Inline Markdown (`*emphasis*`, `**strong**`, `` `code` ``) is allowed; at most
 * `MAX_TEXT_LENGTH` characters.
 */
export const textSchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(MAX_TEXT_LENGTH, {
    error: (issue) =>
      `is ${typeof issue.input === 'string' ? spelled(issue.input.length) : 'too many'} characters long: text is at most ${spelled(MAX_TEXT_LENGTH)}; split it into items or sub-points`,
  });

/** Ids something was published under before, so links to them still land on it. */
export const formerIdsSchema = z
  .array(idSchema)
  .min(1, { error: 'must list at least one id, or be left out' })
  .optional();

/**
 * A reference to an item: its id in the same level (`builds-product-sense`), or `<level>#<id>` for an
 * item of another level (`5#sets-product-direction`).
 */
export const itemRefSchema = z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*#)?[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be an item id, or <level>#<id> for an item of another level',
});

/** A list whose entries differ in each of `keys` (the first: `id`). */
export function uniqueBy<T extends z.ZodType<Record<K, string | undefined>>, K extends string>(
  entry: T,
  keys: readonly K[],
) {
  return z.array(entry).superRefine((entries, ctx) => {
    for (const key of keys) {
      const seen = new Map<string, number>();
      entries.forEach((value, index) => {
        const named = value[key];
        if (named === undefined) return;
        const first = seen.get(named);
        if (first === undefined) seen.set(named, index);
        else
          ctx.addIssue({
            code: 'custom',
            path: [index, key],
            message: `duplicate ${key} "${named}": [${first}] already uses it`,
          });
      });
    }
  });
}

/** A list of named things whose ids are unique within the list. */
export const uniqueIds = <T extends z.ZodType<{ id: string }>>(entry: T) => uniqueBy(entry, ['id']);
