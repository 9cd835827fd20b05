/**
 * The checks that concern items across files: every anchor on a level page names one thing (item ids
 * and the ids items and sections were published under before), and every thread (`related`) leads to
 * an item that exists.
 */
import type { FrameworkData, LevelData, SectionData } from '../../schemas/content';
import { kindsOf, sectionItems } from '../../schemas/content';
import { placeOf, listOf, problemAt } from './report';
import { isReservedId } from '../urls/page-ids';
import type { ContentProblem } from '../problems';
import type { ContentFiles, SourceDocument } from '../read/read-content';
import { parseItemRef, refKey } from '../model/threads';

/** Each anchor an author gives a level page, with where it is written. */
function* anchorsOf(section: SourceDocument<SectionData>) {
  for (const [index, id] of (section.data.formerIds ?? []).entries())
    yield { id, path: ['formerIds', index] };
  for (const [index, item] of sectionItems(section.data).entries()) {
    yield { id: item.id, path: ['items', index, 'id'] };
    for (const [former, id] of (item.formerIds ?? []).entries()) {
      yield { id, path: ['items', index, 'formerIds', former] };
    }
  }
}

/** Ids and former ids: each names one element of its level page, and none is the page's own. */
export function findAnchorProblems(
  sections: readonly SourceDocument<SectionData>[],
  framework: SourceDocument<FrameworkData> | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const competencyIds = (framework?.data.competencies ?? []).map((competency) => competency.id);
  const kinds = kindsOf(framework?.data).map((kind) => kind.id);
  const seen = new Map<string, { document: SourceDocument<SectionData>; path: (string | number)[] }>();
  for (const section of sections) {
    for (const { id, path } of anchorsOf(section)) {
      if (isReservedId(id, kinds)) {
        problems.push(problemAt(section, path, `"${id}" is used by the page itself: choose another`));
      } else if (framework && competencyIds.includes(id)) {
        const where = placeOf(framework, ['competencies', competencyIds.indexOf(id), 'id']);
        problems.push(
          problemAt(section, path, `"${id}" is the anchor of a competency (${where}): choose another`),
        );
      }
      const key = refKey({ level: section.data.level, id });
      const earlier = seen.get(key);
      if (!earlier) seen.set(key, { document: section, path });
      // Two ids of one list are the schema's to report; anything else is reported here.
      else if (earlier.document !== section || path.length !== 3 || earlier.path.length !== 3) {
        problems.push(
          problemAt(
            section,
            path,
            `duplicate id "${id}": level ${section.data.level} already uses it in ${placeOf(earlier.document, earlier.path)}`,
          ),
        );
      }
    }
  }
  return problems;
}

/** Every `related` reference resolves to another item, by id or former id, in a level that exists. */
export function findThreadProblems(files: ContentFiles): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // A thread into a file that could not be read is not a second mistake.
  if (files.levels.length !== files.counts.levels || files.sections.length !== files.counts.sections)
    return [];
  const levelIds = levelIdsOf(files.levels);
  const items = new Set<string>();
  for (const section of files.sections) {
    for (const item of sectionItems(section.data)) {
      for (const id of [item.id, ...(item.formerIds ?? [])])
        items.add(refKey({ level: section.data.level, id }));
    }
  }
  for (const section of files.sections) {
    sectionItems(section.data).forEach((item, index) => {
      const seen = new Set<string>();
      (item.related ?? []).forEach((ref, position) => {
        const path = ['items', index, 'related', position];
        const target = parseItemRef(ref, section.data.level);
        const level = levelIds.get(target.level);
        if (level === undefined) {
          problems.push(
            problemAt(
              section,
              path,
              `no level has id ${target.level} (levels: ${listOf(new Set(levelIds.values()))})`,
            ),
          );
        } else if (!items.has(refKey({ level, id: target.id }))) {
          problems.push(problemAt(section, path, `no item "${target.id}" in level ${level}`));
        } else if (level === section.data.level && target.id === item.id) {
          problems.push(problemAt(section, path, 'an item cannot be related to itself'));
        } else if (seen.has(refKey({ level, id: target.id }))) {
          problems.push(problemAt(section, path, `"${ref}" is listed twice`));
        } else seen.add(refKey({ level, id: target.id }));
      });
    });
  }
  return problems;
}

/** Every level id and former level id, and the current id it stands for. */
function levelIdsOf(levels: readonly SourceDocument<LevelData>[]): Map<string, string> {
  return new Map(
    levels.flatMap(({ data }) => [data.id, ...(data.formerIds ?? [])].map((id) => [id, data.id] as const)),
  );
}
