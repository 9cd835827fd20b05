/**
 * The attributes of an element a citation cites, as pages write them: its canonical URL absolute when
 * the site's address is configured (`withSite`). What they mean, and their reader, is
 * src/client/cite-attributes.ts.
 */
import { citeAttributes, type CiteTarget } from '../client/cite-attributes';
import { withSite } from './base';

import type { Item, Section } from '../pipeline/model/model';
import { ui } from '../client/ui-words';

export { citeSubpointAttributes, citeWordsAttributes } from '../client/cite-attributes';

/**
 * Where a cited item is from, with its values on the framework's scales: "Level 4 · Key Behaviors ·
 * Proficiency: Expert". A value is context, never the cited words.
 */
export function itemCiteContext(item: Pick<Item, 'context' | 'attributes'>): string {
  return [item.context, ...item.attributes.map(({ title, value }) => `${title}: ${value}`)].join(' · ');
}

export function citeAttributesFor(target: CiteTarget, site: string | undefined = import.meta.env.SITE) {
  return citeAttributes({ ...target, url: withSite(target.url, site) });
}

/**
 * What a section's citation says, where its heading alone would say too little: a mindset shift's
 * from → to sentence ("Mindset Shift: from ‘…’ to ‘…’"). Undefined for other sections, whose heading
 * is the cited words.
 */
export function sectionCiteText(section: Pick<Section, 'title' | 'shift'>): string | undefined {
  const { shift } = section;
  return shift && ui.shift.cited(section.title, shift.from.plain, shift.to.plain);
}
