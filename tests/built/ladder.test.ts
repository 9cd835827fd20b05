/**
 * The ladder, proven on the fixture framework (five levels, two of them sharing rank 3 on two tracks,
 * two competencies): the home page's ladder and overview, neighbours across the fork, compare pages,
 * where levelling up leads, and competency grouping. And the one-level Level 4 fixture shows none of it.
 */
import { describe, expect, it } from 'vitest';
import { readModel } from '../support/content';
import { find, page, pagePath, readableText, readPages, textOf } from '../support/html';
import { ladderSites, level4Sites } from '../support/sites';

const hrefs = (element: ReturnType<typeof find>, selector: string) =>
  element.querySelectorAll(selector).map((link) => link.getAttribute('href'));

describe.each(ladderSites)('the fixture ladder, $name', (site) => {
  const base = site.base;

  it('builds a page for every level, section and adjacent pair of levels, and one for each moved page', () => {
    expect(
      readPages(site)
        .map((built) => built.path)
        .sort(),
    ).toEqual([
      '',
      '404.html',
      'calibrate/',
      'case/',
      'compare/1/2/',
      'compare/2/3-ic/',
      'compare/2/3-manager/',
      'compare/3-ic/3-manager/',
      'compare/3-ic/fixture-principal/',
      'levels/1/',
      'levels/1/focus-summary/',
      'levels/1/key-behaviors/',
      'levels/1/mindset-shift/',
      'levels/1/rubric/',
      'levels/1/signals-youre-ready-to-level-up/',
      'levels/2/',
      'levels/2/build-these-habits/',
      'levels/2/common-struggles/',
      'levels/2/focus-summary/',
      'levels/2/key-behaviors/',
      'levels/2/questions-to-ask-yourself/',
      'levels/2/rubric/',
      'levels/2/seek-feedback/',
      'levels/2/signals-youre-ready-to-level-up/',
      'levels/2/success-indicators/',
      'levels/3-ic/',
      'levels/3-ic/focus-summary/',
      'levels/3-ic/key-behaviors/',
      'levels/3-ic/rubric/',
      'levels/3-ic/signals-youre-ready-to-level-up/',
      'levels/3-manager/',
      'levels/3-manager/focus-summary/',
      'levels/3-manager/key-behaviors/',
      'levels/3-manager/rubric/',
      'levels/3-manager/signals-youre-ready-to-level-up/',
      // Fixture Principal's former id: its old pages redirect.
      'levels/4-ic/',
      'levels/4-ic/key-behaviors/',
      'levels/4-ic/rubric/',
      'levels/fixture-principal/',
      'levels/fixture-principal/key-behaviors/',
      'levels/fixture-principal/rubric/',
      'search/',
    ]);
  });

  it('shows the ladder on the home page: each rank, its levels side by side where the ladder forks', () => {
    const home = page(site, '').document;
    const rungs = home.querySelectorAll('.ladder > li').map((rung) => ({
      rank: textOf(rung, '.rank'),
      levels: rung.querySelectorAll('.level').map((level) => readableText(level)),
    }));
    expect(rungs).toEqual([
      { rank: '1', levels: ['Rank 1: Fixture Level 1 fixture starter'] },
      { rank: '2', levels: ['Rank 2: Fixture Level 2 fixture practitioner'] },
      {
        rank: '3',
        levels: [
          'Rank 3: Fixture Level 3 (IC) Fixture IC track fixture expert',
          'Rank 3: Fixture Level 3 (Manager) Fixture manager track fixture lead',
        ],
      },
      { rank: '4', levels: ['Rank 4: Fixture Principal (IC) Fixture IC track fixture principal'] },
    ]);
  });

  it('shows every level against every competency on the home page, a heading and a list per level', () => {
    const home = page(site, '').document;
    const overview = find(home, 'section.overview');
    expect(overview.getAttribute('aria-labelledby')).toBe('overview');
    expect(textOf(home, 'h3#overview')).toBe('Each level, competency by competency');
    const levels = overview.querySelectorAll('ol > li.level');
    expect(levels.map((level) => textOf(level, 'h4 a'))).toEqual([
      'Fixture Level 1',
      'Fixture Level 2',
      'Fixture Level 3 (IC)',
      'Fixture Level 3 (Manager)',
      'Fixture Principal (IC)',
    ]);
    const cells = levels.map((level) =>
      level.querySelectorAll('ul > li.cell').map((cell) => textOf(cell, '.sr-only')),
    );
    expect(cells[1]).toEqual([
      'Fixture Level 2, Fixture Craft: Fixture focus, design · Fixture focus, reuse',
      'Fixture Level 2, Fixture People: 3 items',
    ]);
    expect(cells[4]?.[1]).toBe('Fixture Principal (IC), Fixture People: Not described at this level');
    expect(levels[1] && hrefs(levels[1], 'li.cell a')).toEqual([
      `${base}levels/2/#fixture-craft`,
      `${base}levels/2/#fixture-people`,
    ]);
    expect(overview.querySelector('table')).toBeNull();
  });

  it.each([
    ['1', [], ['2']],
    ['2', ['1'], ['3-ic', '3-manager']],
    ['3-ic', ['2'], ['fixture-principal']],
    ['3-manager', ['2'], []],
    ['fixture-principal', ['3-ic'], []],
  ])('links level %s to the levels before and after it on its track', (level, previous, next) => {
    const nav = page(site, `levels/${level}/`).document.querySelector('nav[aria-label="Other levels"]');
    const links = (direction: string) =>
      nav?.querySelectorAll(`li.${direction} a`).map((link) => link.getAttribute('href')) ?? [];
    expect(links('previous')).toEqual(previous.map((id) => `${base}levels/${id}/`));
    expect(links('next')).toEqual(next.map((id) => `${base}levels/${id}/`));
  });

  it('names the track of each next level where the ladder forks', () => {
    const nav = find(page(site, 'levels/2/').document, 'nav[aria-label="Other levels"]');
    expect(nav.querySelectorAll('li.next .direction').map(readableText)).toEqual([
      'Next level (Fixture IC track)',
      'Next level (Fixture manager track)',
    ]);
  });

  it('links both levels of each adjacent pair to the page comparing them', () => {
    for (const [from, to] of [
      ['1', '2'],
      ['2', '3-ic'],
      ['2', '3-manager'],
      ['3-ic', 'fixture-principal'],
    ]) {
      for (const level of [from, to]) {
        const links = hrefs(page(site, `levels/${level}/`).document, '.compare a');
        expect(links, `levels/${level}/`).toContain(`${base}compare/${from}/${to}/`);
      }
    }
  });

  it('lands on the same section of a neighbouring level where it has one, else on its page', () => {
    const nav = (path: string) =>
      hrefs(find(page(site, path).document, 'nav[aria-label="Other levels"]'), 'a');
    expect(nav('levels/2/key-behaviors/')).toEqual([
      `${base}levels/1/key-behaviors/`,
      `${base}levels/3-ic/key-behaviors/`,
      `${base}levels/3-manager/key-behaviors/`,
    ]);
    expect(nav('levels/2/success-indicators/')).toEqual([
      `${base}levels/1/`,
      `${base}levels/3-ic/`,
      `${base}levels/3-manager/`,
    ]);
  });

  it('leads from "Signals you\'re ready to level up" to the next level, and says nothing where there is none', () => {
    for (const path of ['levels/2/', 'levels/2/signals-youre-ready-to-level-up/']) {
      expect(hrefs(find(page(site, path).document, '.next-level'), 'a'), path).toEqual([
        `${base}levels/3-ic/`,
        `${base}levels/3-manager/`,
      ]);
    }
    expect(page(site, 'levels/3-manager/').document.querySelector('.next-level')).toBeNull();
  });

  it('compares two levels section by section, competency by competency, without copying anchors', () => {
    const compare = page(site, 'compare/2/3-ic/').document;
    expect(textOf(compare, 'h1')).toBe('Fixture Level 2 → compared with Fixture Level 3 (IC)');
    expect(compare.querySelectorAll('main h2').map(readableText)).toEqual([
      'Fixture Craft',
      'Fixture People',
    ]);
    const rows = compare.querySelectorAll('section.row').map((row) => ({
      title: textOf(row, 'h3'),
      columns: row.querySelectorAll('.column').map(readableText),
    }));
    expect(rows[0]).toEqual({
      title: 'Fixture Key Behaviors',
      columns: [
        'Fixture Level 2 Fixture behavior, shares fixture widgets across fixture teams Fixture behavior, designs fixture widgets others reuse',
        'Fixture Level 3 (IC) Fixture behavior, sets fixture standards for a fixture area Fixture behavior, explains why <script>alert(1)</script> and <img src=x onerror=alert(2)> are words here',
      ],
    });
    expect(rows[1]?.columns[1]).toBe(
      'Fixture Level 3 (IC) Fixture Level 3 (IC) has no Fixture Success Indicators.',
    );
    expect(compare.querySelectorAll('main [id]').map((element) => element.id)).toEqual([]);
    expect(compare.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('groups a level by competency, each section anchored under its competency', () => {
    const level = page(site, 'levels/2/').document;
    expect(level.querySelectorAll('.sections > section[id]').map((section) => section.id)).toEqual([
      'fixture-craft',
      'fixture-people',
    ]);
    expect(
      level.querySelectorAll('section#fixture-people > section[id]').map((section) => section.id),
    ).toEqual([
      'fixture-people--common-struggles',
      'fixture-people--questions-to-ask-yourself',
      'fixture-people--seek-feedback',
    ]);
    expect(level.querySelectorAll('nav.toc a').map(readableText).slice(0, 3)).toEqual([
      'Fixture Craft',
      'Fixture Key Behaviors',
      'Fixture Success Indicators',
    ]);
  });

  it('says which level every section page is from, in the title search results show', () => {
    for (const level of readModel(site.root).levels) {
      for (const section of level.sectionPages) {
        const body = find(page(site, pagePath(section.url)).document, '[data-pagefind-body]');
        expect(body.getAttribute('data-pagefind-meta')).toBe(`title:${section.title} · ${level.title}`);
      }
    }
  });
});

describe.each(level4Sites)('the one-level handbook, $name', (site) => {
  it('shows no ladder, neighbour, compare or competency chrome', () => {
    for (const built of readPages(site)) {
      const document = built.document;
      expect(
        document.querySelector('.ladder, .overview, .level-neighbours, .next-level, .compare'),
        built.path,
      ).toBeNull();
      expect(document.querySelector('section#product-thinking'), built.path).toBeNull();
    }
    expect(readableText(find(page(site, '').document, 'main'))).not.toMatch(/compet|ladder|track/i);
  });

  it('has one search box on the home page, not two', () => {
    expect(page(site, '').document.querySelectorAll('input[type="search"]')).toHaveLength(1);
    expect(page(site, 'levels/4/').document.querySelectorAll('input[type="search"]')).toHaveLength(1);
  });

  it("says where a section page is among its level's sections, and leads back to the level after the last", () => {
    const first = page(site, 'levels/4/key-behaviors/').document;
    expect(textOf(first, 'nav.pager .where')).toBe('Section 1 of 9');
    const last = page(site, 'levels/4/focus-summary/').document;
    expect(textOf(last, 'nav.pager .where')).toBe('Section 9 of 9');
    expect(hrefs(last, 'nav.prev-next .next a')).toEqual([`${site.base}levels/4/#closing`]);
    expect(page(site, 'levels/4/').document.querySelector('#closing')).not.toBeNull();
  });
});
