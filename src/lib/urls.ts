/**
 * The handbook's public URLs. People paste these into promotion documents, so they are a promise:
 * they are built only from a level's number, a section's kind and an item's explicit id, never from
 * wording that an author may edit.
 */
import type { SectionKind } from '../schemas/content';
import { joinBase } from './base';

/** Where an item lives: enough to link to it on its section page or its level page. */
export interface ItemRef {
  level: number;
  section: SectionKind;
  id: string;
}

/** `levels/4/`: the page holding all of a level. */
export function levelPath(level: number): string {
  return `levels/${level}/`;
}

/** `levels/4/common-struggles/`: the page of one section. */
export function sectionPath(level: number, section: SectionKind): string {
  return `${levelPath(level)}${section}/`;
}

/** `levels/4/#common-struggles`: a section's anchor on its level page. */
export function sectionAnchorPath(level: number, section: SectionKind): string {
  return `${levelPath(level)}#${section}`;
}

/** `levels/4/common-struggles/#struggles-to-delegate`: an item on its section page. */
export function itemPath(ref: ItemRef): string {
  return `${sectionPath(ref.level, ref.section)}#${ref.id}`;
}

/**
 * An item's URL as people should cite it: site origin (when known) + base + section page + `#id`.
 * Without a site, the URL is root-relative.
 */
export function itemUrl(ref: ItemRef, options: { base: string; site?: URL | string | undefined }): string {
  const path = joinBase(options.base, itemPath(ref));
  return options.site ? new URL(path, options.site).href : path;
}
