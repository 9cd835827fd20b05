/**
 * The rubric pages, in the built HTML: one per level, linked from the level page and every section
 * page; every item with its reference, link, room for evidence and the descriptive scale; the
 * reflective sections as prompts; one line that says it is not a checklist.
 */
import { describe, expect, it } from 'vitest';
import { levelById } from '../../src/site/navigation';
import { rubricOf, rubricRows } from '../../src/site/rubric';
import { readModel } from '../support/content';
import { find, page, pagePath, readableText } from '../support/html';
import { ladderSites, level4Sites } from '../support/sites';

describe.each([...level4Sites, ...ladderSites])('rubrics, $name', (site) => {
  const handbook = readModel(site.root);

  it('has a rubric for every level, linked from the level page and from every section page', () => {
    for (const level of handbook.levels) {
      const href = `${site.base}levels/${level.id}/rubric/`;
      for (const path of [level.url, ...level.sectionPages.map(({ url }) => url)]) {
        const links = page(site, pagePath(path)).document.querySelectorAll(`main a[href="${href}"]`);
        expect(links.length, path).toBe(1);
      }
      expect(page(site, `levels/${level.id}/rubric/`).document.querySelector('h1')).not.toBeNull();
    }
  });

  it('lists every item with its reference and canonical link, and criteria with room to write and the scale', () => {
    for (const level of handbook.levels) {
      const rubric = page(site, `levels/${level.id}/rubric/`).document;
      for (const { ref, item } of rubricRows(rubricOf(handbook, level))) {
        const text = readableText(find(rubric, 'main'));
        expect(text).toContain(`${ref} `);
        expect(
          rubric.querySelectorAll(`main a[href="${site.base}${item.url.slice(1)}"]`).length,
          item.url,
        ).toBeGreaterThan(0);
      }
      for (const row of rubric.querySelectorAll('table [data-worksheet-row]')) {
        expect(row.querySelector('textarea')?.getAttribute('aria-label')).toMatch(
          /^Evidence and examples for [A-Z]+-\d+: /,
        );
        expect(
          row.querySelectorAll('input[type="radio"]').map((input) => input.parentNode?.text.trim()),
        ).toEqual(['Not yet seen', 'Sometimes', 'Consistently', 'No mark']);
      }
    }
  });

  it('says it guides a conversation and is not a checklist; search indexes it as a tool, never its rows', () => {
    const rubric = page(site, `levels/${handbook.levels[0]?.id ?? ''}/rubric/`).document;
    expect(readableText(find(rubric, '.purpose'))).toContain('It is not a checklist');
    // One small element for search (the tool's title and purpose); the rows are the level's items.
    expect(rubric.querySelectorAll('[data-pagefind-body]').length).toBe(1);
    expect(rubric.querySelector('[data-pagefind-body] [data-worksheet-row]')).toBeNull();
  });
});

describe.each(level4Sites)('the Level 4 rubric, $name', (site) => {
  it('gives the level page the rubric’s references, the mindset shift’s too', () => {
    const level = page(site, 'levels/4/').document;
    const refs = level.querySelectorAll('[data-ref]').map((element) => element.getAttribute('data-ref'));
    expect(refs).toContain('KB-1');
    expect(level.querySelector('#mindset-shift [data-ref]')?.getAttribute('data-ref')).toBe('MS');
  });

  it('asks for evidence against behaviors, indicators, habits and signals; the rest are prompts', () => {
    const rubric = page(site, 'levels/4/rubric/').document;
    expect(rubric.querySelectorAll('section.criteria h2').map(readableText)).toEqual([
      'Key Behaviors',
      'Success Indicators',
      'Build These Habits',
      "Signals You're Ready to Level Up",
    ]);
    const prompts = readableText(find(rubric, 'section.prompts'));
    expect(prompts).toContain(
      'MS Mindset Shift: From "I guide teams toward good product decisions." to "I shape how',
    );
    expect(prompts).toContain('Q-1 Questions to Ask Yourself: What assumptions are we making');
    expect(prompts).toContain('SF-3 Seek Feedback: Where are we lacking clarity');
    expect(rubric.querySelectorAll('section.prompts input[type="radio"]')).toHaveLength(0);
    expect(readableText(find(rubric, '.focus'))).toBe(
      'Focus: FS-1 Clarify the vision · FS-2 Connect the dots · FS-3 Lead with product sense',
    );
  });

  const handbook = readModel(site.root);
  it('numbers references so a meeting can say them aloud', () => {
    const refs = rubricRows(rubricOf(handbook, levelById(handbook, '4'))).map(({ ref }) => ref);
    expect(refs.slice(0, 6)).toEqual(['FS-1', 'FS-2', 'FS-3', 'KB-1', 'KB-2', 'KB-3']);
  });
});
