/**
 * Releases: the framework's `version`, and the snapshot `npm run release` records of everything
 * citable at that version (`content/releases/<version>.json`). Snapshots are written by the tool and
 * never edited by hand: each carries a checksum of what it records, so an edit is caught, and the
 * changelog, the "changed in" marks and a citation's then/now words are all computed from them.
 */
import { z } from 'astro/zod';

/**
 * A version: numbers separated by dots, compared number by number: `2026.2` (a year and its release),
 * or `1.4.0`. Each release's is greater than the one before.
 */
export const versionSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `must be written in quotes, version: '${String(issue.input)}': YAML reads an unquoted 2026.10 as the number 2026.1`
        : undefined,
  })
  .regex(/^(?:0|[1-9][0-9]{0,8})(?:\.(?:0|[1-9][0-9]{0,8})){0,3}$/, {
    error: 'must be a version: numbers separated by dots, such as 2026.2 or 1.4.0 (no leading zeros)',
  })
  .describe(
    "The framework's version: numbers separated by dots, such as 2026.2 or 1.4.0. Citations, exports and notes name it; npm run release records the content at this version, and each release's is greater than the one before.",
  );

/** Orders two versions number by number (`2026.10` after `2026.9`; `1.4` before `1.4.1`). */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** What a release file says about itself, for whoever opens it. */
export const RELEASE_ABOUT =
  'Written by npm run release: everything citable in this version of the framework. Never edit it by hand (its checksum would no longer match); the changelog, the "changed in" marks and the then/now words of old citations are computed from it.';

const wordingSchema = z.strictObject({
  markdown: z.string(),
  html: z.string(),
  plain: z.string(),
});

const releaseLevelSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  role: z.string().optional(),
  rank: z.number(),
  track: z.string().optional(),
  formerIds: z.array(z.string()),
});

const releaseSectionSchema = z.strictObject({
  level: z.string(),
  competency: z.string(),
  kind: z.string(),
  title: z.string(),
  /** A lead-in sentence, or a mindset shift's two outlooks: words a section itself carries. */
  lead: wordingSchema.optional(),
  shift: z.strictObject({ from: wordingSchema, to: wordingSchema }).optional(),
  formerIds: z.array(z.string()),
});

const releaseItemSchema = z.strictObject({
  id: z.string(),
  level: z.string(),
  competency: z.string(),
  kind: z.string(),
  text: wordingSchema,
  subpoints: z.array(wordingSchema),
  /** Its values on the framework's scales, by the scale's id: `{ "proficiency": "Expert" }`. */
  attributes: z.record(z.string(), z.string()),
  formerIds: z.array(z.string()),
});

/** One release: the recorded content, without the checksum that seals it. */
export const releaseContentSchema = z.strictObject({
  version: versionSchema,
  /** The day it was recorded: `2026-11-30`. */
  released: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
  framework: z.strictObject({ name: z.string() }),
  competencies: z.array(z.strictObject({ id: z.string(), title: z.string() })),
  /** The framework's scales, by id and title: items' `attributes` name them by id. */
  scales: z.array(z.strictObject({ id: z.string(), title: z.string() })),
  levels: z.array(releaseLevelSchema),
  sections: z.array(releaseSectionSchema),
  items: z.array(releaseItemSchema),
});

/** A release file: what it is, its content, and the checksum of that content. */
export const releaseFileSchema = releaseContentSchema.extend({
  about: z.string().optional(),
  checksum: z.string().regex(/^sha256-[0-9a-f]{64}$/, { error: 'must be sha256- and 64 hex digits' }),
});

export type Wording = z.infer<typeof wordingSchema>;
export type ReleaseContent = z.infer<typeof releaseContentSchema>;
export type ReleaseFile = z.infer<typeof releaseFileSchema>;
export type ReleaseItem = ReleaseContent['items'][number];
export type ReleaseSection = ReleaseContent['sections'][number];
export type ReleaseLevel = ReleaseContent['levels'][number];
