/**
 * What the home page's levels × competencies table shows in one cell: the level's focus summary for
 * that competency, or how many items it has there, and where on the level page that competency is.
 */
import type { Level } from '../pipeline/model/model';
import { pageIds } from '../pipeline/urls/page-ids';
import { withFragment } from '../pipeline/urls/urls';

export interface OverviewCell {
  url: string;
  words: string[];
}

export function overviewCell(level: Level, competency: string): OverviewCell | undefined {
  const sections = level.sections.filter((section) => section.competency === competency);
  if (sections.length === 0) return undefined;
  const focus = sections.find((section) => section.rubricRole === 'focus');
  const count = sections.reduce((sum, section) => sum + section.items.length, 0);
  return {
    url: withFragment(level.url, pageIds.competency(competency)),
    words: focus
      ? focus.items.map((item) => item.text.plain)
      : [`${count} ${count === 1 ? 'item' : 'items'}`],
  };
}
