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
  const pageAnchors = sectionAnchorsByLevel(sections, competencyIds);
  const seen = new Map<string, { document: SourceDocument<SectionData>; path: (string | number)[] }>();
  for (const section of sections) {
    for (const { id, path } of anchorsOf(section)) {
      const taken = pageAnchors.get(section.data.level) ?? new Set<string>();
      if (
        path[0] === 'formerIds' &&
        (isReservedId(id, kinds) || competencyIds.includes(id) || id.includes('--'))
      ) {
        // A section may take over the anchor of a section (or competency) its level no longer has.
        const problem = replacedAnchorProblem(id, taken, kinds);
        if (problem) problems.push(problemAt(section, path, problem));
      } else if (isReservedId(id, kinds)) {
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

/**
 * The anchors each level page gives its sections and competencies now: `<kind>` with one competency;
 * `<competency>--<kind>` and `<competency>` with several.
 */
function sectionAnchorsByLevel(
  sections: readonly SourceDocument<SectionData>[],
  competencyIds: readonly string[],
): Map<string, Set<string>> {
  const several = competencyIds.length > 1;
  const anchors = new Map<string, Set<string>>();
  for (const { data } of sections) {
    const competency = data.competency ?? competencyIds[0] ?? '';
    const level = anchors.get(data.level) ?? new Set<string>();
    if (several) level.add(`${competency}--${data.kind}`).add(competency);
    else level.add(data.kind);
    anchors.set(data.level, level);
  }
  return anchors;
}

/**
 * Why a section cannot take over `id` (a section kind, a competency, or `<competency>--<kind>`), given
 * the anchors its level page uses now; undefined when it can.
 */
function replacedAnchorProblem(
  id: string,
  taken: ReadonlySet<string>,
  kinds: readonly string[],
): string | undefined {
  if (id.endsWith('--heading')) return `"${id}" is used by the page itself: choose another`;
  if (taken.has(id)) return `"${id}" is the anchor of a section or competency this level has: choose another`;
  if (isReservedId(id, kinds) && !kinds.includes(id))
    return `"${id}" is used by the page itself: choose another`;
  return undefined;
}

/**
 * Every `related` reference resolves to another item, by id or former id, in a level that exists. A
 * reference is resolved to its item (through former ids of the level and the item) before it is
 * compared, so naming the item itself by a former id, or one item twice by two of its ids, is reported
 * as such rather than dropped from the page without a word.
 */
export function findThreadProblems(files: ContentFiles): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // A thread into a file that could not be read is not a second mistake.
  if (files.levels.length !== files.counts.levels || files.sections.length !== files.counts.sections)
    return [];
  const levelIds = levelIdsOf(files.levels);
  /** Each item's id and former ids, by key, and the item's current id. */
  const items = new Map<string, string>();
  for (const section of files.sections) {
    for (const item of sectionItems(section.data)) {
      for (const id of [item.id, ...(item.formerIds ?? [])])
        items.set(refKey({ level: section.data.level, id }), item.id);
    }
  }
  for (const section of files.sections) {
    sectionItems(section.data).forEach((item, index) => {
      /** The items listed so far, by key, and the position that listed each. */
      const seen = new Map<string, number>();
      (item.related ?? []).forEach((ref, position) => {
        const path = ['items', index, 'related', position];
        const target = parseItemRef(ref, section.data.level);
        const level = levelIds.get(target.level);
        const id = level === undefined ? undefined : items.get(refKey({ level, id: target.id }));
        if (level === undefined) {
          problems.push(
            problemAt(
              section,
              path,
              `no level has id ${target.level} (levels: ${listOf(new Set(levelIds.values()))})`,
            ),
          );
          return;
        }
        if (id === undefined) {
          problems.push(problemAt(section, path, `no item "${target.id}" in level ${level}`));
          return;
        }
        const key = refKey({ level, id });
        const earlier = seen.get(key);
        const former = id !== target.id;
        if (level === section.data.level && id === item.id) {
          const message = former
            ? `"${target.id}" is a former id of this item, and an item cannot be related to itself`
            : 'an item cannot be related to itself';
          problems.push(problemAt(section, path, message));
        } else if (earlier !== undefined) {
          const first = item.related?.[earlier] ?? '';
          const firstId = parseItemRef(first, section.data.level).id;
          let message = `"${ref}" is listed twice`;
          if (former)
            message = `"${target.id}" is a former id of "${id}", which related[${earlier}] already names: list it once, by its id`;
          else if (firstId !== id)
            message = `"${ref}" is already named by its former id "${firstId}" (related[${earlier}]): list it once, by its id`;
          problems.push(problemAt(section, path, message));
        } else seen.set(key, position);
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
