/**
 * The JSON exports from the model: `/framework.json` (competencies → levels → sections → items) and
 * `/levels/<level>.json` (one level). Pure: the site's address and base path are arguments, read from
 * the build by default. Their shape is `src/schemas/exports.ts`, published as JSON Schema beside them.
 */
import type { ExportSection, FrameworkExport, LevelExport } from '../../schemas/exports';
import type { Handbook, Level, Section, Wording } from '../../pipeline/model/model';
import { exportSchemaUrl } from '../../pipeline/urls/urls';
import { joinBase, withBaseInHtml } from '../base';

/** Where the exports are published: the site's address (if any) and the base path. */
export interface ExportPlace {
  site: string | undefined;
  base: string;
}

const buildPlace = (): ExportPlace => ({ site: import.meta.env.SITE, base: import.meta.env.BASE_URL });

/** A handbook URL as cited from outside: under the base, absolute from the site's address when there is one. */
export function exportedUrl(url: string, { site, base }: ExportPlace): string {
  const path = joinBase(base, url);
  return site ? new URL(path, site).href : path;
}

/** Inline HTML with its handbook links cited as URLs are. */
function exportedHtml(html: string, place: ExportPlace): string {
  const based = withBaseInHtml(html, place.base);
  if (!place.site) return based;
  const origin = new URL(place.site).origin;
  return based.replace(/href="\/(?!\/)/g, `href="${origin}/`);
}

const wordsOf = (wording: Wording, place: ExportPlace) => ({
  text: wording.plain,
  html: exportedHtml(wording.html, place),
});

function sectionOf(section: Section, place: ExportPlace): ExportSection {
  return {
    kind: section.kind,
    title: section.title,
    url: exportedUrl(section.url, place),
    items: section.items.map((item) => ({
      id: item.id,
      ...wordsOf(item.text, place),
      subpoints: item.subpoints.map((point) => wordsOf(point, place)),
      attributes: item.attributes.map(({ scale, title, value }) => ({ scale, title, value })),
      url: exportedUrl(item.url, place),
    })),
  };
}

const levelHeadOf = (level: Level, place: ExportPlace) => ({
  id: level.id,
  title: level.title,
  ...(level.role === undefined ? {} : { role: level.role }),
  url: exportedUrl(level.url, place),
});

const headOf = (handbook: Handbook, schema: 'framework' | 'level', place: ExportPlace) => ({
  $schema: exportedUrl(exportSchemaUrl(schema), place),
  schemaVersion: 1 as const,
  name: handbook.name,
  ...(handbook.version === undefined ? {} : { version: handbook.version }),
});

/** A level's sections of one competency, in the level's order. */
const sectionsIn = (level: Level, competency: string, place: ExportPlace) =>
  level.sections.filter((section) => section.competency === competency).map((s) => sectionOf(s, place));

/** `/framework.json`: every competency, the levels that describe it, their sections and items. */
export function frameworkExport(handbook: Handbook, place: ExportPlace = buildPlace()): FrameworkExport {
  return {
    ...headOf(handbook, 'framework', place),
    competencies: handbook.competencies.map((competency) => ({
      id: competency.id,
      title: competency.title,
      levels: handbook.levels
        .map((level) => ({ ...levelHeadOf(level, place), sections: sectionsIn(level, competency.id, place) }))
        .filter((level) => level.sections.length > 0),
    })),
  };
}

/** `/levels/<level>.json`: one level, competency by competency. */
export function levelExport(
  handbook: Handbook,
  level: Level,
  place: ExportPlace = buildPlace(),
): LevelExport {
  return {
    ...headOf(handbook, 'level', place),
    level: {
      ...levelHeadOf(level, place),
      competencies: handbook.competencies
        .map((competency) => ({
          id: competency.id,
          title: competency.title,
          sections: sectionsIn(level, competency.id, place),
        }))
        .filter((competency) => competency.sections.length > 0),
    },
  };
}
