/**
 * The case index (src/client/case-index.ts) from the model: every rubric row of every level, with the
 * reference, words and citation the rubric gives it, so a case reads the same as the rubric it shares
 * its notes with.
 */
import type { CaseIndex, IndexRow } from '../client/case-index';
import type { Handbook, Section, Wording } from '../pipeline/model/model';
import { ui } from '../client/ui-words';
import { joinBase, withBaseInHtml } from './base';
import { itemCiteContext } from './cite';
import { rubricOf, rubricScaleOf } from './rubric';

const cited = (wording: Wording, base: string) => ({
  plain: wording.plain,
  html: withBaseInHtml(wording.html, base),
});

/** A URL as cited: under the base path, absolute from the site's address when there is one. */
const citedUrl = (url: string, site: string | undefined, base: string) => {
  const path = joinBase(base, url);
  return site ? new URL(path, site).href : path;
};

/** The mindset shift as one row, keyed by its section's anchor, cited as its from → to sentence. */
function shiftRow(section: Section, site: string | undefined, base: string): IndexRow | undefined {
  const { shift } = section;
  if (!shift) return undefined;
  const words = ui.shift.cited(section.title, shift.from.plain, shift.to.plain);
  return {
    level: section.level,
    key: section.anchor,
    ref: section.refPrefix,
    role: 'prompt',
    words: {
      plain: words,
      html: ui.shift.cited(
        section.title,
        withBaseInHtml(shift.from.html, base),
        withBaseInHtml(shift.to.html, base),
      ),
    },
    subpoints: [],
    context: section.context,
    section: { anchor: section.anchor, title: section.title },
    competency: '',
    url: citedUrl(section.url, site, base),
    formerIds: section.formerIds,
  };
}

export function caseIndexOf(
  handbook: Handbook,
  site: string | undefined = import.meta.env.SITE,
  base: string = import.meta.env.BASE_URL,
): CaseIndex {
  const scale = rubricScaleOf(handbook);
  const competencyTitle = (id: string) =>
    handbook.severalCompetencies ? (handbook.competencies.find((c) => c.id === id)?.title ?? '') : '';
  const rows = handbook.levels.flatMap((level) =>
    rubricOf(handbook, level).flatMap((group) => {
      const sections = [
        ...group.focus.map((row) => ({ row, role: 'focus' as const })),
        ...group.criteria.flatMap((part) => part.rows.map((row) => ({ row, role: 'criterion' as const }))),
      ];
      const prompts = group.prompts.flatMap((part): IndexRow[] => {
        const shift = shiftRow(part.section, site, base);
        if (shift) return [{ ...shift, competency: competencyTitle(part.section.competency) }];
        return part.rows.map(({ ref, item }) => itemRow(item, ref, 'prompt', part.section));
      });
      const sectionOf = (id: string) => level.sections.find((s) => s.items.some((item) => item.id === id));
      return [
        ...sections.map(({ row, role }) => itemRow(row.item, row.ref, role, sectionOf(row.item.id))),
        ...prompts,
      ];
    }),
  );

  function itemRow(
    item: Handbook['levels'][number]['sections'][number]['items'][number],
    ref: string,
    role: IndexRow['role'],
    section: Section | undefined,
  ): IndexRow {
    return {
      level: item.level,
      key: item.id,
      ref,
      role,
      words: cited(item.text, base),
      subpoints: item.subpoints.map((point) => cited(point, base)),
      context: itemCiteContext(item),
      section: { anchor: section?.anchor ?? '', title: section?.title ?? '' },
      competency: competencyTitle(item.competency),
      url: citedUrl(item.url, site, base),
      formerIds: item.formerIds,
    };
  }

  return {
    handbook: handbook.name,
    ...(handbook.version === undefined ? {} : { version: handbook.version }),
    scale: { heading: scale.heading, points: [...scale.points] },
    levels: handbook.levels.map((level) => ({
      id: level.id,
      title: level.title,
      role: level.role ?? '',
      url: citedUrl(level.url, site, base),
      formerIds: level.formerIds,
    })),
    rows,
  };
}
