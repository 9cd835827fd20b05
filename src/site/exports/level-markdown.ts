/**
 * `/levels/<level>.md`: a level as Markdown, for a document or a wiki: its title and role, each
 * section a heading (under its competency's, when there are several), each item a list item that is
 * its citation link, `[words](canonical URL)`, its sub-points numbered beneath it.
 */
import type { Handbook, Level } from '../../pipeline/model/model';
import { citationMarkdown, escapeMarkdown } from '../../client/citation';
import { levelJsonUrl } from '../../pipeline/urls/urls';
import { exportedUrl, type ExportPlace } from './framework-json';

const buildPlace = (): ExportPlace => ({ site: import.meta.env.SITE, base: import.meta.env.BASE_URL });

export function levelMarkdown(handbook: Handbook, level: Level, place: ExportPlace = buildPlace()): string {
  const lines: string[] = [`# ${escapeMarkdown(level.title)}`, ''];
  if (level.role) lines.push(escapeMarkdown(level.role), '');
  const version = handbook.version === undefined ? '' : ` · version ${escapeMarkdown(handbook.version)}`;
  lines.push(
    `${escapeMarkdown(handbook.name)}${version} · <${exportedUrl(level.url, place)}> · data: <${exportedUrl(levelJsonUrl(level.id), place)}>`,
    '',
  );
  const depth = handbook.severalCompetencies ? '###' : '##';
  let competency: string | undefined;
  for (const section of level.sections) {
    if (handbook.severalCompetencies && section.competency !== competency) {
      competency = section.competency;
      const title = handbook.competencies.find((c) => c.id === competency)?.title ?? competency;
      lines.push(`## ${escapeMarkdown(title)}`, '');
    }
    lines.push(`${depth} ${escapeMarkdown(section.title)}`, '');
    if (section.lead) lines.push(escapeMarkdown(section.lead.plain), '');
    if (section.shift)
      lines.push(
        `${escapeMarkdown(section.shift.from.plain)} → ${escapeMarkdown(section.shift.to.plain)}`,
        '',
      );
    if (section.items.length === 0) continue;
    for (const item of section.items) {
      const [link, ...points] = citationMarkdown({
        words: item.text,
        subpoints: item.subpoints,
        url: exportedUrl(item.url, place),
        context: '',
      }).split('\n');
      lines.push(`- ${link ?? ''}`, ...points.map((point) => `   ${point}`));
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
