/**
 * A release's snapshot: everything citable in the handbook at one version (ids, words as Markdown,
 * HTML and plain text, level, competency, section, attributes, sub-points, former ids), as plain data
 * that `npm run release` writes to `content/releases/<version>.json`, sealed by a checksum of itself.
 */
import { createHash } from 'node:crypto';
import { RELEASE_ABOUT, type ReleaseContent, type ReleaseFile } from '../../schemas/release';
import type { Handbook } from '../model/model';

/** The handbook as a release of `version`, recorded on `released` (YYYY-MM-DD). */
export function snapshotOf(handbook: Handbook, version: string, released: string): ReleaseContent {
  const sections = handbook.levels.flatMap((level) => level.sections);
  return {
    version,
    released,
    framework: { name: handbook.name },
    competencies: handbook.competencies.map(({ id, title }) => ({ id, title })),
    scales: handbook.scales.map(({ id, title }) => ({ id, title })),
    levels: handbook.levels.map((level) => ({
      id: level.id,
      title: level.title,
      ...(level.role === undefined ? {} : { role: level.role }),
      rank: level.rank,
      ...(level.track === undefined ? {} : { track: level.track }),
      formerIds: level.formerIds,
    })),
    sections: sections.map((section) => ({
      level: section.level,
      competency: section.competency,
      kind: section.kind,
      title: section.title,
      ...(section.lead ? { lead: section.lead } : {}),
      ...(section.shift ? { shift: section.shift } : {}),
      formerIds: section.formerIds,
    })),
    items: sections.flatMap((section) =>
      section.items.map((item) => ({
        id: item.id,
        level: item.level,
        competency: item.competency,
        kind: item.kind,
        text: item.text,
        subpoints: item.subpoints,
        // By the scale's id, which a scale's schema keeps clear of every name objects inherit.
        attributes: Object.fromEntries(item.attributes.map(({ scale, value }) => [scale, value])),
        formerIds: item.formerIds,
      })),
    ),
  };
}

/** JSON with every object's keys sorted, so the same content always reads the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The checksum that seals a release's content: `sha256-` and 64 hex digits. */
export function checksumOf(content: ReleaseContent): string {
  return `sha256-${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;
}

/** A release file's content: the file without what describes and seals it. */
export function contentOf(file: ReleaseFile): ReleaseContent {
  const content: Partial<ReleaseFile> = { ...file };
  delete content.about;
  delete content.checksum;
  return content as ReleaseContent;
}

/** Whether two snapshots record the same citable content, whatever their version and date. */
export function sameContent(a: ReleaseContent, b: ReleaseContent): boolean {
  const citable = (release: ReleaseContent) => canonicalJson({ ...release, version: '', released: '' });
  return citable(a) === citable(b);
}

/** The text of a release file: what it is, its content, and its checksum. */
export function releaseText(content: ReleaseContent): string {
  const file: ReleaseFile = { about: RELEASE_ABOUT, ...content, checksum: checksumOf(content) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A release's file, relative to the project root. */
export function releaseFile(version: string): string {
  return `content/releases/${version}.json`;
}
