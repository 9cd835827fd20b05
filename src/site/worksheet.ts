/**
 * The worksheet's attributes as the rubric page writes them; what they mean, and their readers, is
 * src/client/worksheet-attributes.ts.
 */
import type { CiteTarget } from '../client/cite-attributes';
import { worksheetAttributes, worksheetRowAttributes } from '../client/worksheet-attributes';
import { withBase } from './base';
import { citeAttributesFor } from './cite';

/** The attributes of the element holding a level's worksheet, kept under the level page's path. */
export function worksheetAttributesFor(
  level: { id: string; url: string; title?: string; formerIds?: string[] },
  title: string,
) {
  return worksheetAttributes({
    level: level.id,
    levelPath: withBase(level.url),
    title,
    levelTitle: level.title,
    formerLevels: level.formerIds,
  });
}

/**
 * The attributes of one worksheet row: its key and reference, the ids its notes may have been kept
 * under before (its item's or section's `formerIds`), and the citation its export carries.
 */
export function worksheetRowAttributesFor(
  row: { key: string; ref: string; formerIds?: readonly string[] | undefined },
  cite: CiteTarget,
  site: string | undefined = import.meta.env.SITE,
) {
  return { ...worksheetRowAttributes(row), ...citeAttributesFor(cite, site) };
}
