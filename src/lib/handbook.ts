/**
 * The handbook as pages need it: levels in order, each with its sections in order, each section with
 * its neighbours, and every item findable by id. Built from collection entries by pure code, so it is
 * tested without Astro and never assumes there is only one level.
 */
import {
  sectionItems,
  sectionKinds,
  type Item,
  type LevelData,
  type SectionData,
  type SectionKind,
} from '../schemas/content';
import { isReservedId } from './page-ids';

/** What the model needs of a collection entry; Astro's entries have more, and keep it. */
export interface Entry<Data> {
  /** The entry's source file, relative to the project root, for error messages. */
  filePath?: string | undefined;
  data: Data;
}

/** A broken rule that no single file's schema can see: a missing level, a repeated id… */
export interface IntegrityProblem {
  file: string;
  /** Path of the offending field within the file's frontmatter. */
  path: (string | number)[];
  message: string;
}

export interface Section<S extends Entry<SectionData>> {
  kind: SectionKind;
  title: string;
  entry: S;
  data: SectionData;
  items: readonly Item[];
  previous: Section<S> | undefined;
  next: Section<S> | undefined;
}

export interface Level<L extends Entry<LevelData>, S extends Entry<SectionData>> {
  number: number;
  entry: L;
  data: LevelData;
  sections: Section<S>[];
  /** Every item of the level by its id, with the section that holds it. */
  items: Map<string, { item: Item; section: Section<S> }>;
}

const kindOrder = new Map<SectionKind, number>(sectionKinds.map((kind, index) => [kind, index]));

/** Finds every cross-file problem: sections of unknown levels, repeated sections, ids used twice in a level. */
export function findIntegrityProblems(
  levels: readonly Entry<LevelData>[],
  sections: readonly Entry<SectionData>[],
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const levelFiles = new Map<number, string>();
  for (const level of levels) {
    const file = fileOf(level);
    const earlier = levelFiles.get(level.data.number);
    if (earlier)
      problems.push({
        file,
        path: ['number'],
        message: `level ${level.data.number} is already defined in ${earlier}`,
      });
    else levelFiles.set(level.data.number, file);
  }

  const sectionFiles = new Map<string, string>();
  const itemFiles = new Map<string, string>();
  for (const section of sections) {
    const file = fileOf(section);
    const { level, kind } = section.data;
    if (!levelFiles.has(level)) {
      problems.push({
        file,
        path: ['level'],
        message: `no level has number ${level} (levels: ${listOf(levelFiles.keys())})`,
      });
    }
    const sectionKey = `${level}/${kind}`;
    const earlierSection = sectionFiles.get(sectionKey);
    if (earlierSection)
      problems.push({
        file,
        path: ['kind'],
        message: `level ${level} already has a "${kind}" section in ${earlierSection}`,
      });
    else sectionFiles.set(sectionKey, file);

    sectionItems(section.data).forEach((item, index) => {
      if (isReservedId(item.id)) {
        problems.push({
          file,
          path: ['items', index, 'id'],
          message: `id "${item.id}" is used by the page itself: choose another`,
        });
      }
      const itemKey = `${level}#${item.id}`;
      const earlierItem = itemFiles.get(itemKey);
      if (earlierItem && earlierItem !== file) {
        problems.push({
          file,
          path: ['items', index, 'id'],
          message: `duplicate id "${item.id}": level ${level} already uses it in ${earlierItem}`,
        });
      } else itemFiles.set(itemKey, file);
    });
  }

  for (const [number, file] of levelFiles) {
    if (![...sectionFiles.keys()].some((key) => key.startsWith(`${number}/`))) {
      problems.push({ file, path: ['number'], message: `level ${number} has no sections` });
    }
  }
  return problems;
}

/**
 * Builds the ordered handbook from collection entries. Throws, naming every problem, if a collection
 * is empty or the entries do not fit together: pages are never rendered from broken content.
 */
export function buildLevels<L extends Entry<LevelData>, S extends Entry<SectionData>>(
  levelEntries: readonly L[],
  sectionEntries: readonly S[],
): Level<L, S>[] {
  if (levelEntries.length === 0)
    throw new Error('The "levels" collection is empty: add content/levels/<level>.mdx.');
  if (sectionEntries.length === 0)
    throw new Error('The "sections" collection is empty: add content/sections/<level>/<kind>.mdx.');
  const problems = findIntegrityProblems(levelEntries, sectionEntries);
  if (problems.length > 0) {
    throw new Error(
      `The handbook content does not fit together:\n${problems.map((p) => `  ${p.file} ${p.path.join('.')}: ${p.message}`).join('\n')}`,
    );
  }

  return [...levelEntries]
    .sort((a, b) => a.data.number - b.data.number)
    .map((entry) => {
      const sections = sectionEntries
        .filter((section) => section.data.level === entry.data.number)
        .sort((a, b) => (kindOrder.get(a.data.kind) ?? 0) - (kindOrder.get(b.data.kind) ?? 0))
        .map((section): Section<S> => ({
          kind: section.data.kind,
          title: section.data.title,
          entry: section,
          data: section.data,
          items: sectionItems(section.data),
          previous: undefined,
          next: undefined,
        }));
      sections.forEach((section, index) => {
        section.previous = sections[index - 1];
        section.next = sections[index + 1];
      });
      const items = new Map(
        sections.flatMap((section) => section.items.map((item) => [item.id, { item, section }] as const)),
      );
      return { number: entry.data.number, entry, data: entry.data, sections, items };
    });
}

function fileOf(entry: Entry<unknown>): string {
  return entry.filePath ?? '(unknown file)';
}

function listOf(numbers: Iterable<number>): string {
  const list = [...numbers].sort((a, b) => a - b);
  return list.length > 0 ? list.join(', ') : 'none';
}
