/**
 * The attributes of an element a citation cites, as pages write them: its canonical URL absolute when
 * the site's address is configured (`withSite`). What they mean, and their reader, is
 * src/client/cite-attributes.ts.
 */
import { citeAttributes, type CiteTarget } from '../client/cite-attributes';
import { withSite } from './base';

export { citeWordsAttributes } from '../client/cite-attributes';

export function citeAttributesFor(target: CiteTarget, site: string | undefined = import.meta.env.SITE) {
  return citeAttributes({ ...target, url: withSite(target.url, site) });
}
