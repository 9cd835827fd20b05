/**
 * Every sentence and item of the framework's Level 4 source appears on the built site, worded the
 * same: on the level page, and each section's lines on that section's own page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, page, readableText, readPages, textOf } from '../support/html';
import { repoRoot, rootSite } from '../support/sites';

const source = readFileSync(`${repoRoot}tests/fixtures/source/level-4.txt`, 'utf8');
const lines = source
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

/** A source line as readers should see it: list dashes, the fused habit numbers and emphasis stars removed. */
function expected(line: string): string {
  return normalize(
    line
      .replace(/^- /, '')
      .replace(/^\d(?=[A-Z])/, '')
      .replace(/\*([^*]+)\*/g, '$1'),
  );
}

const sectionPages = readPages(rootSite).filter((candidate) => /^levels\/4\/[a-z-]+\/$/.test(candidate.path));
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

const closing = lines.at(-1) ?? '';

describe('Level 4 fidelity', () => {
  const levelText = textOf(page(rootSite, 'levels/4/').document, 'main');

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
    const html = page(rootSite, 'levels/4/').html;
    for (const word of ['should', 'what', 'why', 'how well']) expect(html).toContain(`<em>${word}</em>`);
  });

  it('shows the habits as an ordered list, in order, without the fused numbers of the source', () => {
    const habits = page(rootSite, 'levels/4/build-these-habits/')
      .document.querySelectorAll('main ol > li[id]')
      .map(readableText);
    expect(habits.map((habit) => habit.slice(0, 12))).toEqual([
      'Synthesize d',
      'Advocate for',
      'Identify and',
    ]);
    for (const built of readPages(rootSite))
      expect(readableText(built.document)).not.toMatch(/\d(Synthesize|Advocate|Identify)/);
  });

  it('shows the mindset shift as a from and a to, each a quotation', () => {
    const shift = page(rootSite, 'levels/4/mindset-shift/').document;
    const quotes = shift
      .querySelectorAll('main figure')
      .map((figure) => [textOf(figure, 'figcaption'), textOf(figure, 'blockquote')]);
    expect(quotes).toEqual([
      ['From', '"I guide teams toward good product decisions."'],
      ['To', '"I shape how the organization defines and measures product success."'],
    ]);
  });

  it('shows the feedback prompts as quotations', () => {
    const prompts = page(rootSite, 'levels/4/seek-feedback/')
      .document.querySelectorAll('main li blockquote')
      .map(readableText);
    expect(prompts).toHaveLength(3);
    for (const prompt of prompts) expect(prompt).toMatch(/^".+\?"$/);
  });
});
