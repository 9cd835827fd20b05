/**
 * The tools as a first visit meets them (src/site/tools.ts): the home page's how-to sentence and its
 * links, the tools' links, and what search indexes for a tool's page, on the Level 4 fixture (one
 * level) and the fixture ladder (several).
 */
import { describe, expect, it } from 'vitest';
import { CASE_URL, howToUse, isToolPage, toolIndexText, toolLinks } from '../../src/site/tools';
import { toolWords } from '../../src/client/words/tools';
import { readModel } from '../support/content';
import { ladderFixture, level4Fixture } from '../support/sites';

const level4 = readModel(level4Fixture);
const ladder = readModel(ladderFixture);

const sentence = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');
const links = (segments: { text: string; href?: string }[]) =>
  segments.filter((segment) => segment.href !== undefined).map(({ text, href }) => [text, href]);

describe('the home page’s how-to sentence', () => {
  it('with one level, links reading to the level, the case to /case/ and printing to its rubric', () => {
    const segments = howToUse(level4);
    expect(links(segments)).toEqual([
      ['a level', '/levels/4/'],
      ['your case', CASE_URL],
      ['a level’s rubric', '/levels/4/rubric/'],
    ]);
    expect(sentence(segments)).toMatch(/^Read a level, cite a behavior with Copy citation .* to fill in by hand\.$/);
  });

  it('with several levels, links reading to the ladder on the home page and leaves the rubrics to the tool links', () => {
    const segments = howToUse(ladder);
    expect(links(segments)).toEqual([
      ['a level', '#levels'],
      ['your case', CASE_URL],
    ]);
    expect(sentence(segments)).toContain('print a level’s rubric');
  });

  it('says what the handbook is for with its own name, never a level of one framework', () => {
    expect(toolWords.purpose(ladder.name)).toMatch(/^Use Fixture Ladder Handbook to see where you stand and to make, or weigh, a case for promotion\.$/);
    expect(JSON.stringify(toolWords)).not.toMatch(/Level \d|levels\/\d/);
  });
});

describe('the tool links', () => {
  it('lead to the case, calibration and every level’s rubric, in ladder order', () => {
    expect(toolLinks(ladder)).toEqual({
      case: '/case/',
      calibrate: '/calibrate/',
      rubrics: ladder.levels.map((level) => ({ level: level.title, url: `/levels/${level.id}/rubric/` })),
    });
    expect(toolLinks(level4).rubrics).toEqual([{ level: 'Level 4', url: '/levels/4/rubric/' }]);
  });
});

describe('what search indexes for a tool', () => {
  it('is the case and the rubric pages only', () => {
    expect(['case', 'rubric'].every(isToolPage)).toBe(true);
    expect(['home', 'level', 'section', 'search', 'compare', 'not-found'].some(isToolPage)).toBe(false);
  });

  it('is the title, the purpose and the words readers use for it, both spellings of a hyphenated one', () => {
    const rubric = toolIndexText('rubric', 'Level 4 rubric', 'Level 4 as a printable rubric and worksheet.');
    expect(rubric.startsWith('Level 4 rubric. Level 4 as a printable rubric and worksheet. ')).toBe(true);
    for (const words of ['self-assessment', 'self assessment', 'promotion packet', 'evidence', 'scorecard'])
      expect(rubric).toContain(words);
    const caseText = toolIndexText('case', 'My case', 'Build a promotion case.');
    for (const words of ['promotion case', 'promotion packet', 'self assessment', 'portfolio'])
      expect(caseText).toContain(words);
    expect(caseText).not.toContain('rubric');
  });
});
