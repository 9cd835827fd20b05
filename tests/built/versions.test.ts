/**
 * Versions as a reader meets them, on the built versions fixture at its third release
 * (tests/fixtures/versions/2026.3, at `/` with the test site's address): `/changes/` with each kind of
 * change, its Atom feed, the since-a-release data old citations read, the "Changed in" marks and the
 * "Last changed" lines; and the Level 4 fixture, at its first release.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build-sites';
import { copyContent, removeCopies } from '../support/content-copy';
import { describeAnchors } from '../support/checks/anchors';
import { describeBudgets } from '../support/checks/budgets';
import { describeLinks } from '../support/checks/links';
import { find, page, readableText } from '../support/html';
import {
  level4RootSite,
  output,
  testSite,
  versionsFixture,
  versionsRootSite as site,
  type BuiltSite,
} from '../support/sites';

describeAnchors(site);
describeLinks(site);
describeBudgets(site);

const changes = () => page(site, 'changes/');
const release = (version: string) => find(changes().document, `[id="release-${version}"]`);
/** The text of each change of a group (Added, Reworded…) of a release, as a reader reads it. */
const group = (version: string, title: string) => {
  const headings = release(version).querySelectorAll('h3');
  const heading = headings.find((element) => element.text === title);
  const list = heading?.nextElementSibling;
  return list ? list.querySelectorAll(':scope > li').map(readableText) : [];
};

describe('/changes/', () => {
  it('lists every release, newest first, each dated', () => {
    const entries = changes().document.querySelectorAll('section.release');
    expect(entries.map((entry) => entry.id)).toEqual(['release-2026.3', 'release-2026.2', 'release-2026.1']);
    expect(entries.map((entry) => readableText(find(entry, 'h2')))).toEqual([
      'Release 2026.3 released 1 June 2026',
      'Release 2026.2 released 1 March 2026',
      'Release 2026.1 released 15 January 2026',
    ]);
  });

  it('says what the first release holds, not every item in it', () => {
    expect(readableText(release('2026.1'))).toBe(
      'Release 2026.1 released 15 January 2026 The first release: 2 levels, 9 items.',
    );
  });

  it('says each kind of change of a release: added, reworded, moved, new id, retired, levels', () => {
    expect(readableText(find(release('2026.2'), 'p'))).toBe(
      '1 level changed, 1 added, 1 reworded, 2 moved, 1 with a new id, 1 retired',
    );
    expect(group('2026.2', 'Levels')).toEqual(['Fixture Level 2 was renamed Fixture Level Two.']);
    expect(group('2026.2', 'Added')).toEqual([
      'Pairs with a fixture teammate every week (Fixture Level 1 · Key Behaviors)',
    ]);
    expect(group('2026.2', 'Reworded')).toEqual([
      'Writes fixture tests for every fixture change, before the fixture code (Fixture Level 1 · Key Behaviors) What changed in the words: Writes fixture tests for every fixture changeadded: , before the fixture code',
    ]);
    expect(group('2026.2', 'Moved')).toEqual([
      'Fixture behavior that later moves to the fixture struggles (Fixture Level 1 · Common Struggles) Moved from Fixture Level 1 · Key Behaviors to Fixture Level 1 · Common Struggles.',
      'Fixture behavior whose id changes in the second fixture release (Fixture Level Two · Key Behaviors) Its old link (#fixture-old-id) leads here.',
      'Fixture behavior that later moves up to the second fixture level (Fixture Level Two · Key Behaviors) Moved from Fixture Level 1 · Key Behaviors to Fixture Level Two · Key Behaviors.',
    ]);
    expect(group('2026.2', 'Retired')).toEqual([
      'Fixture behavior that is later merged into the fixture review (Fixture Level 1 · Key Behaviors) Its link now leads to Asks for a fixture review before merging fixture work.',
    ]);
    expect(group('2026.3', 'Levels')).toEqual([
      'Fixture Level Two has a new address; links to its old one lead there.',
      'Fixture Level 3 was added.',
    ]);
    expect(group('2026.3', 'Retired')).toEqual([
      'Fixture struggle that is retired in the third fixture release (Fixture Level 1 · Common Struggles) Its link now leads to Fixture Level 1 · Common Struggles.',
    ]);
  });

  it('draws reworded words struck through and underlined, and says them to screen readers', () => {
    const difference = find(find(release('2026.3'), '[id="2026.3--1--fixture-writes-tests"]'), '.word-diff');
    expect(difference.querySelectorAll('del')).toHaveLength(0);
    const added = difference.querySelectorAll('ins');
    expect(added.map((element) => element.text)).toEqual(['added: , and runs them']);
    expect(added.map((element) => find(element, '.sr-only').text)).toEqual(['added: ']);
    const subpoints = find(
      find(release('2026.3'), '[id="2026.3--fixture-senior--fixture-leads-design"]'),
      '.word-diff',
    );
    expect(subpoints.text).toContain('1. Sets the fixture agenda\n2. Writes down the fixture decisions');
  });

  it('links each change to the item as it is now, and each retired one to where its link leads', () => {
    const moved = find(release('2026.2'), '[id="2026.2--2--fixture-moves-levels"] a');
    expect(moved.getAttribute('href')).toBe('/levels/fixture-senior/#fixture-moves-levels');
    const retired = find(release('2026.3'), '[id="2026.3--1--fixture-retired-later"] a');
    expect(retired.getAttribute('href')).toBe('/levels/1/#common-struggles');
  });

  it('is linked from the home page, with the latest release', () => {
    const home = readableText(find(page(site, '').document, 'main'));
    expect(home).toContain(
      'Changes Last changed in 2026.3, 1 June 2026. What changed What changed, release by release',
    );
    expect(page(site, '').document.querySelector('a[href="/changes/"]')).not.toBeNull();
  });
});

describe('the Atom feed of releases', () => {
  const feed = parse(readFileSync(join(site.dir, 'changes/feed.xml'), 'utf8'));

  it('has an entry per release, newest first, each at its place on /changes/', () => {
    const entries = feed.querySelectorAll('entry');
    expect(entries.map((entry) => find(entry, 'id').text)).toEqual([
      `${testSite}/changes/#release-2026.3`,
      `${testSite}/changes/#release-2026.2`,
      `${testSite}/changes/#release-2026.1`,
    ]);
    expect(find(feed, 'feed > updated').text).toBe('2026-06-01T00:00:00Z');
    expect(find(feed, 'link[rel="self"]').getAttribute('href')).toBe(`${testSite}/changes/feed.xml`);
  });

  it('says what changed in plain words, reworded words as [-removed-]{+added+}', () => {
    const [latest] = feed.querySelectorAll('entry content');
    expect(latest?.getAttribute('type')).toBe('html');
    const html = parse(latest?.text ?? '');
    expect(html.querySelectorAll('li').map((item) => item.text)).toContain(
      'Reworded: Writes fixture tests for every fixture change, before the fixture code{+, and runs them+} (Fixture Level 1 · Key Behaviors).',
    );
  });

  it('is announced on /changes/ for feed readers', () => {
    const alternate = find(changes().document, 'link[rel="alternate"][type="application/atom+xml"]');
    expect(alternate.getAttribute('href')).toBe('/changes/feed.xml');
  });
});

describe('what an old citation reads: /changes/since-<version>.json', () => {
  const since = (version: string) =>
    JSON.parse(readFileSync(join(site.dir, `changes/since-${version}.json`), 'utf8')) as {
      version: string;
      current: string;
      levels: Record<string, string>;
      items: Record<
        string,
        Record<string, { then: { text: string }; now?: { text: string; url: string }; change: string }>
      >;
    };

  it('gives then and now words of an item reworded twice since, and where its change is', () => {
    const entry = since('2026.1').items['1']?.['fixture-writes-tests'];
    expect(entry?.then.text).toBe('Writes fixture tests for every fixture change');
    expect(entry?.now?.text).toBe(
      'Writes fixture tests for every fixture change, before the fixture code, and runs them',
    );
    expect(entry?.change).toBe('/changes/#2026.2--1--fixture-writes-tests');
    expect(changes().document.querySelector('[id="2026.2--1--fixture-writes-tests"]')).not.toBeNull();
  });

  it('follows a level to its new address, and an item to its new id', () => {
    const file = since('2026.1');
    expect(file).toMatchObject({
      version: '2026.1',
      current: '2026.3',
      levels: { '1': '1', '2': 'fixture-senior' },
    });
    expect(file.items['2']?.['fixture-old-id']).toBeUndefined();
    expect(file.items['1']?.['fixture-moves-levels']?.now?.url).toBe(
      '/levels/fixture-senior/#fixture-moves-levels',
    );
  });

  it('holds nothing for the current release', () => {
    expect(since('2026.3').items).toEqual({});
  });
});

describe('marks on pages', () => {
  it('marks an item reworded in the latest release, linked to its change, and no other', () => {
    const level = page(site, 'levels/1/').document;
    const mark = find(level, '[id="fixture-writes-tests"] .changed-mark');
    expect(mark.text.trim()).toBe('Changed in 2026.3');
    expect(mark.getAttribute('href')).toBe('/changes/#2026.3--1--fixture-writes-tests');
    expect(level.querySelectorAll('.changed-mark')).toHaveLength(1);
    // Never part of the cited words.
    expect(find(level, '[id="fixture-writes-tests"] [data-cite-words]').text).not.toContain('Changed');
  });

  it('says when each level, section, rubric and compare page last changed', () => {
    for (const path of [
      'levels/1/',
      'levels/1/key-behaviors/',
      'levels/1/rubric/',
      'levels/3/',
      'compare/1/fixture-senior/',
    ]) {
      expect(readableText(find(page(site, path).document, '.last-changed')), path).toBe(
        'Last changed in 2026.3, 1 June 2026. What changed',
      );
    }
  });
});

describe('the Level 4 fixture at its first release', () => {
  it('marks nothing as changed, and its changelog says what the first release holds', () => {
    expect(page(level4RootSite, 'levels/4/').document.querySelectorAll('.changed-mark')).toHaveLength(0);
    const first = page(level4RootSite, 'changes/').document.querySelectorAll('section.release');
    expect(first.map((entry) => entry.id)).toEqual(['release-2026.1']);
    expect(first.map((entry) => readableText(find(entry, 'p'))).join()).toMatch(
      /^The first release: 1 level, \d+ items\.$/,
    );
  });
});

describe('edits not yet released', () => {
  afterAll(removeCopies);

  it('come first on /changes/, as not yet released, and are no error', async () => {
    const copy = copyContent(join(versionsFixture, '2026.3'), output);
    copy.edit('content/framework/handbook.mdx', (text) =>
      text.replace("version: '2026.3'", "version: '2026.4'"),
    );
    copy.edit('content/sections/level-3/key-behaviors.mdx', (text) =>
      text.replace('for several fixture teams', 'for many fixture teams'),
    );
    const built: BuiltSite = {
      name: 'unreleased edits',
      base: '/',
      dir: join(copy.root, 'dist'),
      root: copy.root,
    };
    const { code, output: log } = await runBuild(built);
    expect(code, log).toBe(0);
    const changelog = parse(readFileSync(join(built.dir, 'changes/index.html'), 'utf8'));
    const [first] = changelog.querySelectorAll('section.release');
    expect(first?.id).toBe('unreleased');
    expect(readableText(find(changelog, '#unreleased'))).toBe(
      'Not yet released Changes made since the latest release, to be released as 2026.4. 1 reworded Reworded Sets the fixture direction for many fixture teams (Fixture Level 3 · Key Behaviors) What changed in the words: Sets the fixture direction for removed: severaladded: many fixture teams',
    );
    // Not in the feed, which is of releases.
    expect(readFileSync(join(built.dir, 'changes/feed.xml'), 'utf8')).not.toContain('unreleased');
  }, 120_000);
});
