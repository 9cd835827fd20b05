/**
 * The handbook's tools as a first visit finds them: where the case and each level's rubric are, the
 * home page's how-to sentence with its links, and what search indexes for a tool's page. Pure over the
 * model (URLs without the base path: pages add it with `withBase()`), so it is unit-tested.
 */
import type { Handbook } from '../pipeline/model/model';
import { pageIds } from '../pipeline/urls/page-ids';
import { calibrateUrl, caseUrl } from '../pipeline/urls/urls';
import { toolWords, type UsePart } from '../client/words/tools';

/** `/case/`: the reader's case, as the header links it. */
export const CASE_URL = caseUrl();
/** `/calibrate/`: several people's cases side by side, for a calibration meeting. */
export const CALIBRATE_URL = calibrateUrl();

export interface ToolLinks {
  case: string;
  calibrate: string;
  /** Each level's rubric, in ladder order. */
  rubrics: { level: string; url: string }[];
}

export function toolLinks(handbook: Handbook): ToolLinks {
  return {
    case: CASE_URL,
    calibrate: CALIBRATE_URL,
    rubrics: handbook.levels.map((level) => ({ level: level.title, url: level.rubricUrl })),
  };
}

/** A part of the how-to sentence, with its link resolved (a URL without the base, or a home anchor). */
export interface UseSegment {
  text: string;
  href?: string;
}

/**
 * The home page's how-to sentence. With one level, "a level" and "a level's rubric" lead to that
 * level and its rubric; with several, "a level" leads to the ladder below and the rubrics follow the
 * sentence, one link per level.
 */
export function howToUse(handbook: Handbook): UseSegment[] {
  const [only] = handbook.levels.length === 1 ? handbook.levels : [];
  const targets = {
    levels: only ? only.url : `#${pageIds.levels}`,
    case: CASE_URL,
    rubric: only?.rubricUrl,
  };
  const parts: readonly UsePart[] = only ? toolWords.how : toolWords.howSeveral;
  return parts.map((part) => {
    if (typeof part === 'string') return { text: part };
    const href = targets[part.to];
    return href === undefined ? { text: part.text } : { text: part.text, href };
  });
}

/** The kinds of page that are tools, and so are found by search as one result each. */
export type ToolPage = 'case' | 'calibrate' | 'rubric';

export function isToolPage(page: string): page is ToolPage {
  return page === 'case' || page === 'calibrate' || page === 'rubric';
}

/** What search indexes for a tool's page: its title, what it is for, and the words readers use for it. */
export function toolIndexText(page: ToolPage, title: string, description: string): string {
  const terms = {
    case: toolWords.caseTerms,
    calibrate: toolWords.calibrateTerms,
    rubric: toolWords.rubricTerms,
  }[page];
  return `${title}. ${description} ${terms.join(' · ')}`;
}
