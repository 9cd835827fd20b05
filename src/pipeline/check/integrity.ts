/**
 * The rules no single file's schema can see: that files fit together. A section names a level and a
 * competency that exist, a level's rank and track make sense on the ladder, and every item id is used
 * once in its level and is not an anchor the page already uses. Each problem names every file it
 * concerns, with positions, so a duplicate says where the first use is.
 */
import { kindsOf, type LevelData } from '../../schemas/content';
import { findAnchorProblems, findThreadProblems } from './integrity-items';
import { placeOf, listOf, problemAt } from './report';
import { isReservedId, levelPageSegments } from '../urls/page-ids';
import type { ContentProblem } from '../problems';
import type { ContentFiles, SourceDocument } from '../read/read-content';

/** Finds every problem in how the content files fit together. */
export function findIntegrityProblems(files: ContentFiles): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const framework = files.framework[0];
  // Where a file could not be read, what depends on it is not a second mistake: say nothing of it.
  const frameworkReadable = files.framework.length === files.counts.framework && framework !== undefined;
  const levelsReadable = files.levels.length === files.counts.levels;
  const sectionsReadable = files.sections.length === files.counts.sections;

  // Several framework files are said by the reader, at each file (read/read-content.ts).

  const competencies = framework?.data.competencies ?? [];
  const tracks = new Set((framework?.data.tracks ?? []).map((track) => track.id));
  const kinds = kindsOf(framework?.data).map((kind) => kind.id);
  if (framework) {
    competencies.forEach((competency, index) => {
      if (isReservedId(competency.id, kinds))
        problems.push(
          problemAt(
            framework,
            ['competencies', index, 'id'],
            `"${competency.id}" is used by the page itself: choose another`,
          ),
        );
    });
    (framework.data.sectionKinds ?? []).forEach(({ id }, index) => {
      const segment = (levelPageSegments as readonly string[]).includes(id);
      if (segment || isReservedId(id, []))
        problems.push(
          problemAt(
            framework,
            ['sectionKinds', index, 'id'],
            segment
              ? `"${id}" is the address of a level's ${id} page (/levels/<level>/${id}/): choose another`
              : `"${id}" is used by the page itself: choose another`,
          ),
        );
    });
  }

  // Levels: one file per id; a shared rank only on different tracks; tracks the framework declares.
  const levels = new Map<string, SourceDocument<LevelData>>();
  const ranks = new Map<number, SourceDocument<LevelData>[]>();
  for (const level of files.levels) {
    const { id, rank, track } = level.data;
    const earlier = levels.get(id);
    if (earlier)
      problems.push(
        problemAt(level, ['id'], `level ${id} is already defined in ${placeOf(earlier, ['id'])}`),
      );
    else levels.set(id, level);

    if (track !== undefined && frameworkReadable && !tracks.has(track)) {
      problems.push(
        problemAt(level, ['track'], `no track "${track}" in the framework (tracks: ${listOf(tracks)})`),
      );
    }
    // Levels share a rank only on different tracks: a level on every track takes its rank alone.
    const sharing = ranks.get(rank) ?? [];
    const clash = sharing.find(
      (other) => track === undefined || other.data.track === undefined || other.data.track === track,
    );
    if (clash) {
      const advice = track === undefined ? ', so give each a track' : '';
      problems.push(
        problemAt(
          level,
          ['rank'],
          `${rank} is also level ${clash.data.id}'s (${placeOf(clash, ['rank'])}): levels share a rank only on different tracks${advice}`,
        ),
      );
    }
    ranks.set(rank, [...sharing, level]);
  }
  // A level's former ids become redirect pages: each is free, and redirects to one level.
  const formerSeen = new Map<string, string>();
  for (const level of files.levels) {
    (level.data.formerIds ?? []).forEach((former, index) => {
      const path = ['formerIds', index];
      const current = levels.get(former);
      const earlier = formerSeen.get(former);
      if (current)
        problems.push(
          problemAt(
            level,
            path,
            `level ${former} exists (${placeOf(current, ['id'])}): a former id must be free`,
          ),
        );
      else if (earlier)
        problems.push(problemAt(level, path, `level ${former} already redirects to level ${earlier}`));
      else formerSeen.set(former, level.data.id);
    });
  }

  // Sections: a level and competency that exist, each kind once per level and competency, ids used once.
  const competencyIds = competencies.map((competency) => competency.id);
  const sectionsSeen = new Map<string, SourceDocument<unknown>>();
  const levelsWithSections = new Set<string>();
  for (const section of files.sections) {
    const { level, kind, competency } = section.data;
    levelsWithSections.add(level);
    if (!levels.has(level) && levelsReadable) {
      problems.push(
        problemAt(section, ['level'], `no level has id ${level} (levels: ${listOf(levels.keys())})`),
      );
    }
    if (frameworkReadable) {
      if (competency === undefined && competencyIds.length > 1) {
        problems.push(
          problemAt(
            section,
            ['competency'],
            `is required: the framework lists ${competencyIds.length} competencies (${listOf(competencyIds)})`,
          ),
        );
      } else if (competency !== undefined && !competencyIds.includes(competency)) {
        problems.push(
          problemAt(
            section,
            ['competency'],
            `no competency "${competency}" in the framework (competencies: ${listOf(competencyIds)})`,
          ),
        );
      }
    }
    const key = `${level}/${competency ?? competencyIds[0] ?? ''}/${kind}`;
    const earlierSection = sectionsSeen.get(key);
    if (earlierSection) {
      const whose = competencyIds.length > 1 ? ` for competency ${competency ?? ''}` : '';
      problems.push(
        problemAt(
          section,
          ['kind'],
          `level ${level} already has a "${kind}" section${whose} in ${placeOf(earlierSection, ['kind'])}`,
        ),
      );
    } else sectionsSeen.set(key, section);
  }

  problems.push(...findAnchorProblems(files.sections, framework), ...findThreadProblems(files));
  if (sectionsReadable) {
    for (const [id, level] of levels) {
      if (!levelsWithSections.has(id)) problems.push(problemAt(level, ['id'], `level ${id} has no sections`));
    }
  }
  return problems;
}
