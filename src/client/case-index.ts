/**
 * What the case and calibration pages know of the handbook: every row a case can hold (each rubric
 * row of each level: an item, or a mindset shift by its section's anchor), with its reference, words,
 * place and citation, and each level's title. The site writes it at `/case/items.json`
 * (src/site/case-index.ts, src/pages/case/items.json.ts); the pages fetch it once.
 */
import type { CitedWords } from './citation';
import type { ScalePoint } from './scale';

export const CASE_INDEX_PATH = 'case/items.json';

export interface IndexLevel {
  id: string;
  title: string;
  /** Its role ("strategic product partner"); empty when the framework gives none. */
  role: string;
  /** Its page, as cited: absolute when the site's address is configured, else with the base path. */
  url: string;
  /** Ids it had before: a case saved under one is this level's. */
  formerIds: string[];
}

/** One row: what a case may pick, note and mark. */
export interface IndexRow {
  level: string;
  /** The item's id, or the mindset shift's section anchor: what a case keys it by. */
  key: string;
  /** Its rubric reference: "KB-2". */
  ref: string;
  /** What it is in the rubric: a criterion is marked on the scale; focus and prompts are not. */
  role: 'focus' | 'criterion' | 'prompt';
  /** Its words, as its citation quotes them. */
  words: CitedWords;
  subpoints: CitedWords[];
  /** Where it is, as its citation says: "Level 4 · Key Behaviors". */
  context: string;
  /** Its section: the heading it is grouped under. */
  section: { anchor: string; title: string };
  /** Its competency's title, when the framework has several; empty otherwise. */
  competency: string;
  /** Its canonical URL, as cited (see `IndexLevel.url`). */
  url: string;
  /** Ids it had before: notes kept under one are its. */
  formerIds: string[];
}

export interface CaseIndex {
  /** The handbook's name. */
  handbook: string;
  /** The framework's version; undefined when it names none. */
  version?: string | undefined;
  /** The scale criteria are marked on. */
  scale: { heading: string; points: ScalePoint[] };
  levels: IndexLevel[];
  rows: IndexRow[];
}

/** The row `key` of `level`, or the row that took `key` over (its former ids). */
export function rowOf(index: CaseIndex, level: string, key: string): IndexRow | undefined {
  const rows = index.rows.filter((row) => row.level === level);
  return rows.find((row) => row.key === key) ?? rows.find((row) => row.formerIds.includes(key));
}

/** The level `id`, or the level that had it as a former id. */
export function levelOf(index: CaseIndex, id: string): IndexLevel | undefined {
  return (
    index.levels.find((level) => level.id === id) ??
    index.levels.find((level) => level.formerIds.includes(id))
  );
}
