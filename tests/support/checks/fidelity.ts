/**
 * Fidelity to the Level 4 source (tests/fixtures/source/level-4.txt): every sentence and item of it
 * appears on a built site, worded the same, on the level page, and each section's lines on that
 * section's own page. The product tests run it on the Level 4 fixture (tests/built/fidelity.test.ts);
 * the content tests run it on `content/` while `content/` holds the Level 4 handbook
 * (tests/handbook/level-4.test.ts), which `holdsLevel4()` tells.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allItems, type Handbook } from '../../../src/pipeline/model/model';
import { normalize, page, readableText, readPages, textOf } from '../html';
import { repoRoot, type BuiltSite } from '../sites';

/** The level the source describes. */
export const sourceLevel = '4';

/**
 * Whether `content` holds the handbook the Level 4 fixture (`fixture`) is a copy of: it has the
 * fixture's Level 4, with most of its items (by id, which survive rewording). An adopter's framework
 * with a level of id 4 of its own does not: its items are not these.
 */
export function holdsLevel4(content: Handbook, fixture: Handbook): boolean {
  const ids = (handbook: Handbook) =>
    new Set(
      allItems(handbook)
        .filter((item) => item.level === sourceLevel)
        .map((item) => item.id),
    );
  const wanted = ids(fixture);
  const found = ids(content);
  const kept = [...wanted].filter((id) => found.has(id)).length;
  return wanted.size > 0 && kept * 2 > wanted.size;
}

const source = readFileSync(`${repoRoot}tests/fixtures/source/level-4.txt`, 'utf8');
const lines = source
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
const closing = lines.at(-1) ?? '';

/** A source line as readers should see it: list dashes, the fused habit numbers and emphasis stars removed. */
function expected(line: string): string {
  return normalize(
    line
      .replace(/^- /, '')
      .replace(/^\d(?=[A-Z])/, '')
      .replace(/\*([^*]+)\*/g, '$1'),
  );
}

export function describeFidelity(site: BuiltSite): void {
  const levelPath = `levels/${sourceLevel}/`;
  const sectionPages = readPages(site).filter(
    (candidate) =>
      candidate.path.startsWith(levelPath) && /^[a-z-]+\/$/.test(candidate.path.slice(levelPath.length)),
  );
  const headings = new Map(sectionPages.map((candidate) => [textOf(candidate.document, 'h1'), candidate]));

  /**
   * The source split at its section headings: the introduction, then each section's lines. The last
   * line is the level's closing words, shown on the level page only.
   */
  function sections(): { heading: string; lines: string[] }[] {
    const result: { heading: string; lines: string[] }[] = [{ heading: '', lines: [] }];
    for (const line of lines.slice(0, -1)) {
      if (headings.has(line)) result.push({ heading: line, lines: [] });
      else result.at(-1)?.lines.push(line);
    }
    return result;
  }

  describe(`Level 4 fidelity, ${site.name}`, () => {
    const levelText = textOf(page(site, levelPath).document, 'main');

    it('has a section page for each of the nine headings of the source', () => {
      expect(
        sections()
          .slice(1)
          .map((section) => section.heading),
      ).toEqual([
        'Key Behaviors',
        'Common Struggles',
        'Success Indicators',
        'Mindset Shift',
        'Questions to Ask Yourself',
        'Build These Habits',
        'Seek Feedback',
        "Signals You're Ready to Level Up",
        'Focus Summary',
      ]);
    });

    it.each(lines.map((line) => [line]))('shows "%s" on the level page', (line) => {
      if (line === 'From:' || line === 'To:') return; // labels: see the mindset shift test below
      expect(levelText).toContain(expected(line));
    });

    it.each(
      sections()
        .slice(1)
        .map((section) => [section.heading, section]),
    )('shows every line of %s on its section page', (_, section) => {
      const sectionPage = headings.get(section.heading);
      expect(sectionPage, section.heading).toBeDefined();
      const text = sectionPage ? textOf(sectionPage.document, 'main') : '';
      for (const line of section.lines) {
        if (line === 'From:' || line === 'To:') continue;
        expect(text).toContain(expected(line));
      }
    });

    it('ends the level page with the closing words', () => {
      expect(closing).toMatch(/^At Level 4, product knowledge/);
      expect(levelText.endsWith(expected(closing))).toBe(true);
    });

    it('shows the emphasis of the source as emphasis', () => {
      const html = page(site, levelPath).html;
      for (const word of ['should', 'what', 'why', 'how well']) expect(html).toContain(`<em>${word}</em>`);
    });

    it('shows the habits as an ordered list, in order, without the fused numbers of the source', () => {
      const habits = page(site, `${levelPath}build-these-habits/`)
        .document.querySelectorAll('main ol > li[id]')
        .map(readableText);
      expect(habits.map((habit) => habit.slice(0, 12))).toEqual([
        'Synthesize d',
        'Advocate for',
        'Identify and',
      ]);
      for (const built of readPages(site))
        expect(readableText(built.document)).not.toMatch(/\d(Synthesize|Advocate|Identify)/);
    });

    it('shows the mindset shift as a from and a to, each a quotation', () => {
      const shift = page(site, `${levelPath}mindset-shift/`).document;
      const quotes = shift
        .querySelectorAll('main figure')
        .map((figure) => [textOf(figure, 'figcaption'), textOf(figure, 'blockquote')]);
      expect(quotes).toEqual([
        ['From', '"I guide teams toward good product decisions."'],
        ['To', '"I shape how the organization defines and measures product success."'],
      ]);
    });

    it('shows the feedback prompts as quotations', () => {
      const prompts = page(site, `${levelPath}seek-feedback/`)
        .document.querySelectorAll('main li blockquote')
        .map(readableText);
      expect(prompts).toHaveLength(3);
      for (const prompt of prompts) expect(prompt).toMatch(/^".+\?"$/);
    });
  });
}
