/**
 * A case as a document to hand over: a title, who and what it is for, then its items grouped by level
 * and section, each with its citation (linked, naming the framework's version), its mark and the
 * reader's evidence, each line of which stays its own paragraph. The same document in three forms:
 * HTML for rich-text editors (one paste into Google Docs, Word or Confluence), plain text for fields
 * that render nothing, and Markdown. Pure: the case page (src/client/case-page.ts) copies and saves them.
 */
import { caseEntry, partOf, pickedLevels, type Case } from './case';
import { levelOf, rowOf, type CaseIndex, type IndexLevel, type IndexRow } from './case-index';
import {
  citationHtml,
  citationMarkdown,
  citationText,
  escapeHtml,
  escapeMarkdown,
  type Cited,
} from './citation';
import { caseWords } from './words/case';

/** One item of the document, where it is, what it cites and what the reader wrote. */
export interface CaseLine {
  row: IndexRow;
  cited: Cited;
  /** The mark's label on the index's scale (or the value kept, if the scale no longer has it). */
  mark: string | undefined;
  /** The evidence, one paragraph per line written; blank lines dropped. */
  paragraphs: string[];
}

export interface CaseSection {
  title: string;
  lines: CaseLine[];
}

export interface CaseLevel {
  level: IndexLevel;
  sections: CaseSection[];
}

/** Notes kept for a picked key the framework no longer has: shown apart, never dropped. */
export interface CaseOrphan {
  level: string;
  key: string;
  mark: string | undefined;
  paragraphs: string[];
}

export interface CaseDocument {
  title: string;
  /** "Level sought: Level 5", "Date: 2026-11-30", "Framework version 2026.1": what is known. */
  facts: string[];
  levels: CaseLevel[];
  orphans: CaseOrphan[];
}

/** The reader's words as paragraphs: one per line written, blank lines dropped. */
export function paragraphsOf(notes: string): string[] {
  return notes
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A URL as pasted elsewhere: absolute, against the page it is copied from. */
const absolute = (url: string, from: string) => new URL(url, from).href;

/** The case as a document, its rows and words from the index; `from` is the page's address. */
export function caseDocument(c: Case, index: CaseIndex, from: string): CaseDocument {
  const markOf = (seen: string | undefined) =>
    seen === undefined
      ? undefined
      : (index.scale.points.find((point) => point.value === seen)?.label ?? seen);
  const sought = c.level === '' ? undefined : (levelOf(index, c.level)?.title ?? c.level);
  const facts = [
    ...(c.person.trim() === '' ? [] : [caseWords.personFact(c.person.trim())]),
    ...(sought === undefined ? [] : [caseWords.levelFact(sought)]),
    ...(c.date === '' ? [] : [caseWords.dateFact(c.date)]),
    ...(index.version === undefined ? [] : [caseWords.frameworkVersion(index.version)]),
  ];
  const levels: CaseLevel[] = [];
  const orphans: CaseOrphan[] = [];
  for (const id of pickedLevels(
    c,
    index.levels.map((level) => level.id),
  )) {
    const level = levelOf(index, id);
    const part = partOf(c, id);
    const lines: CaseLine[] = [];
    for (const key of part.picked) {
      const entry = caseEntry(c, id, key);
      const row = level ? rowOf(index, level.id, key) : undefined;
      const paragraphs = paragraphsOf(entry?.notes ?? '');
      const mark = markOf(entry?.seen);
      if (!row) {
        orphans.push({ level: id, key, mark, paragraphs });
        continue;
      }
      const cited: Cited = {
        words: row.words,
        subpoints: row.subpoints,
        url: absolute(row.url, from),
        context: row.context,
        version: index.version,
      };
      lines.push({ row, cited, mark, paragraphs });
    }
    if (!level || lines.length === 0) continue;
    // In the order the level reads, grouped by section.
    const order = index.rows.filter((row) => row.level === level.id);
    lines.sort((a, b) => order.indexOf(a.row) - order.indexOf(b.row));
    const sections: CaseSection[] = [];
    for (const line of lines) {
      const title = line.row.competency
        ? `${line.row.competency} · ${line.row.section.title}`
        : line.row.section.title;
      const last = sections.at(-1);
      if (last?.title === title) last.lines.push(line);
      else sections.push({ title, lines: [line] });
    }
    levels.push({ level, sections });
  }
  const named = c.person.trim() === '' ? c.name : c.person.trim();
  return { title: caseWords.documentTitle(named, sought), facts, levels, orphans };
}

const levelHeading = ({ title, role }: IndexLevel) => (role ? `${title}: ${role}` : title);

/** The document as HTML for rich-text editors: headings, linked citations, marks and paragraphs. */
export function caseHtml(doc: CaseDocument): string {
  const parts = [`<h1>${escapeHtml(doc.title)}</h1>`];
  if (doc.facts.length > 0) parts.push(`<p>${doc.facts.map(escapeHtml).join('<br>')}</p>`);
  for (const { level, sections } of doc.levels) {
    parts.push(`<h2>${escapeHtml(levelHeading(level))}</h2>`);
    for (const section of sections) {
      parts.push(`<h3>${escapeHtml(section.title)}</h3>`);
      for (const line of section.lines) {
        parts.push(`<h4>${escapeHtml(line.row.ref)}</h4>`, `<p>${citationHtml(line.cited)}</p>`);
        if (line.mark) parts.push(`<p><strong>${escapeHtml(caseWords.markFact(line.mark))}</strong></p>`);
        parts.push(...line.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`));
      }
    }
  }
  if (doc.orphans.length > 0) {
    parts.push(`<h2>${escapeHtml(caseWords.orphans)}</h2>`);
    for (const orphan of doc.orphans) {
      parts.push(`<h4>${escapeHtml(`#${orphan.key}`)}</h4>`);
      if (orphan.mark) parts.push(`<p><strong>${escapeHtml(caseWords.markFact(orphan.mark))}</strong></p>`);
      parts.push(...orphan.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`));
    }
  }
  return parts.join('\n');
}

/** The document as plain text: readable with no renderer, each paragraph its own line. */
export function caseText(doc: CaseDocument): string {
  const lines = [doc.title, ...doc.facts, ''];
  for (const { level, sections } of doc.levels) {
    lines.push(levelHeading(level).toUpperCase(), '');
    for (const section of sections) {
      lines.push(section.title, '');
      for (const line of section.lines) {
        lines.push(`${line.row.ref} ${citationText(line.cited)}`);
        if (line.mark) lines.push(caseWords.markFact(line.mark));
        lines.push(...line.paragraphs, '');
      }
    }
  }
  if (doc.orphans.length > 0) {
    lines.push(caseWords.orphans.toUpperCase(), '');
    for (const orphan of doc.orphans) {
      lines.push(
        `#${orphan.key}`,
        ...(orphan.mark ? [caseWords.markFact(orphan.mark)] : []),
        ...orphan.paragraphs,
        '',
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The document as Markdown. The evidence is the reader's own text, kept as written (Markdown they
 * typed stays Markdown), each line its own paragraph.
 */
export function caseMarkdown(doc: CaseDocument): string {
  const lines = [`# ${escapeMarkdown(doc.title)}`, ''];
  if (doc.facts.length > 0) lines.push(doc.facts.map(escapeMarkdown).join('  \n'), '');
  for (const { level, sections } of doc.levels) {
    lines.push(`## ${escapeMarkdown(levelHeading(level))}`, '');
    for (const section of sections) {
      lines.push(`### ${escapeMarkdown(section.title)}`, '');
      for (const line of section.lines) {
        lines.push(`#### ${escapeMarkdown(line.row.ref)}`, '', citationMarkdown(line.cited), '');
        if (line.mark) lines.push(`**${escapeMarkdown(caseWords.markFact(line.mark))}**`, '');
        for (const paragraph of line.paragraphs) lines.push(paragraph, '');
      }
    }
  }
  if (doc.orphans.length > 0) {
    lines.push(`## ${escapeMarkdown(caseWords.orphans)}`, '');
    for (const orphan of doc.orphans) {
      lines.push(`#### \\#${escapeMarkdown(orphan.key)}`, '');
      if (orphan.mark) lines.push(`**${escapeMarkdown(caseWords.markFact(orphan.mark))}**`, '');
      for (const paragraph of orphan.paragraphs) lines.push(paragraph, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
