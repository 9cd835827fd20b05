/**
 * `/items.csv`: every item of the handbook, one row each, in the columns `npm run import` reads
 * (`src/cli/authoring/import-rows.ts`), so a spreadsheet made from it imports back into the same
 * items: competency, level, section (its kind), title and lead (the section's, on each of its rows,
 * so the rows can be sorted or filtered apart), id, text (as written: inline Markdown), subpoints (one
 * per line, numbered "1." "2."), one column per scale the framework declares; then two columns the
 * import ignores: url (the item's canonical URL) and version (the framework's version).
 *
 * RFC 4180: CRLF between records, a field with a comma, a quote or a line break in quotes, quotes
 * doubled. It starts with a UTF-8 byte-order mark: without one, Excel opens a CSV in the system's
 * legacy code page and garbles every curly quote and accented letter; Google Sheets, LibreOffice and
 * the import (csv-parse with `bom`) read the mark as what it is and drop it.
 */
import { stringify } from 'csv-stringify/sync';
import type { Handbook } from '../../pipeline/model/model';

/** The columns the import reads before the scales' and the export-only ones after them. */
const placeColumns = ['competency', 'level', 'section', 'title', 'lead', 'id', 'text', 'subpoints'] as const;

/** Columns only the export writes: the import accepts and ignores them. */
export const exportOnlyColumns = ['url', 'version'] as const;

/** The header of `/items.csv` for `handbook`: the import's columns, each scale's id, url, version. */
export function itemsCsvColumns(handbook: Pick<Handbook, 'scales'>): string[] {
  return [...placeColumns, ...handbook.scales.map((scale) => scale.id), ...exportOnlyColumns];
}

/** A sub-points cell: one per line, numbered, as the import splits them (`splitSubpoints`). */
export function subpointsCell(subpoints: readonly string[]): string {
  return subpoints.map((subpoint, index) => `${index + 1}. ${subpoint}`).join('\n');
}

/**
 * The CSV text of every item of `handbook`, in reading order. `canonical` makes an item's URL (a
 * root-relative path: `/levels/4/#id`) the one it is cited by, absolute where the site is known.
 */
export function itemsCsv(handbook: Handbook, canonical: (path: string) => string = (path) => path): string {
  const columns = itemsCsvColumns(handbook);
  const rows = handbook.levels.flatMap((level) =>
    level.sections.flatMap((section) =>
      section.items.map((item) => {
        const row: Record<string, string> = {
          competency: section.competency,
          level: level.id,
          section: section.kind,
          title: section.title,
          lead: section.lead?.markdown ?? '',
          id: item.id,
          text: item.text.markdown,
          subpoints: subpointsCell(item.subpoints.map((subpoint) => subpoint.markdown)),
          url: canonical(item.url),
          version: handbook.version ?? '',
        };
        for (const scale of handbook.scales) {
          row[scale.id] = item.attributes.find((attribute) => attribute.scale === scale.id)?.value ?? '';
        }
        return columns.map((column) => row[column] ?? '');
      }),
    ),
  );
  return stringify([columns, ...rows], { bom: true, record_delimiter: 'windows' });
}
