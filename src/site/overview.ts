/**
 * What the home page's levels × competencies overview shows in one cell, and where on the level page
 * that competency is: the level's focus summary for that competency; else, where the framework places
 * its items on a scale and every item there has a value, those values ("Proficiency: Practitioner",
 * or "Proficiency: Awareness – Practitioner" for several), which say more than a count; else how many
 * items it has there.
 */
import type { Level, Section } from '../pipeline/model/model';
import { pageIds } from '../pipeline/urls/page-ids';
import { withFragment } from '../pipeline/urls/urls';

export interface OverviewCell {
  url: string;
  words: string[];
}

/** The values the items of `sections` take on their first scale, lowest to highest; none unless all have one. */
function scaleWords(sections: readonly Section[]): string | undefined {
  const items = sections.flatMap((section) => section.items);
  const scale = items[0]?.attributes[0]?.scale;
  if (scale === undefined) return undefined;
  const values = items.map((item) => item.attributes.find((attribute) => attribute.scale === scale));
  if (values.some((value) => value === undefined)) return undefined;
  const ranked = values.flatMap((value) => (value ? [value] : [])).sort((a, b) => a.rank - b.rank);
  const [low, high] = [ranked[0], ranked.at(-1)];
  if (!low || !high) return undefined;
  return `${low.title}: ${low.value === high.value ? low.value : `${low.value} – ${high.value}`}`;
}

export function overviewCell(level: Level, competency: string): OverviewCell | undefined {
  const sections = level.sections.filter((section) => section.competency === competency);
  if (sections.length === 0) return undefined;
  const focus = sections.find((section) => section.rubricRole === 'focus');
  const count = sections.reduce((sum, section) => sum + section.items.length, 0);
  const onScale = scaleWords(sections);
  return {
    url: withFragment(level.url, pageIds.competency(competency)),
    words: focus
      ? focus.items.map((item) => item.text.plain)
      : onScale
        ? [onScale]
        : [`${count} ${count === 1 ? 'item' : 'items'}`],
  };
}
