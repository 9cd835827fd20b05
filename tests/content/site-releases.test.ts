/**
 * The handbook's history as pages show it (src/site/releases.ts, src/site/feed.ts), on the versions
 * fixture at each of its releases: the changelog with and without unreleased edits, when a page last
 * changed, the "Changed in" marks, today's address of an old URL, and the Atom feed.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import type { Handbook } from '../../src/pipeline/model/model';
import { releasesFeed, releaseHtml } from '../../src/site/feed';
import {
  changelogOf,
  currentUrl,
  lastChanged,
  newer,
  latestRelease,
  levelChangeText,
  readableDate,
  releaseUrl,
  rewordedIn,
} from '../../src/site/releases';
import { copyContent, removeCopies } from '../support/content-copy';
import { recordRelease } from '../../src/cli/authoring/release';
import { ladderFixture, repoRoot } from '../support/sites';

afterEach(removeCopies);
const step = (version: string) => join(repoRoot, 'tests/fixtures/versions', version);
function model(root: string): Handbook {
  const { handbook, problems } = compileContent(root);
  if (!handbook) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return handbook;
}
const at = (version: string) => model(step(version));
const level = (handbook: Handbook, id: string) => {
  const found = handbook.levels.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no level ${id}`);
  return found;
};

describe('the changelog pages show', () => {
  it('lists the releases newest first, and nothing for a handbook without releases', () => {
    expect(changelogOf(at('2026.3')).map((entry) => entry.version)).toEqual(['2026.3', '2026.2', '2026.1']);
    expect(changelogOf(model(ladderFixture))).toEqual([]);
  });

  it('puts edits not yet released first, under no version', () => {
    const copy = copyContent(step('2026.3'));
    copy.edit('content/sections/level-3/key-behaviors.mdx', (text) =>
      text.replace('for several fixture teams', 'for many fixture teams'),
    );
    const [first] = changelogOf(model(copy.root));
    expect(first).toMatchObject({ version: undefined, released: undefined, previous: '2026.3' });
    expect(first?.items.map((change) => change.anchor)).toEqual(['unreleased--3--fixture-sets-direction']);
    expect(releaseUrl(first?.version)).toBe('/changes/#unreleased');
  });

  it('computes the changelog once per model', () => {
    const handbook = at('2026.2');
    expect(changelogOf(handbook)).toBe(changelogOf(handbook));
  });
});

describe('when a page last changed', () => {
  it('is the latest release that touched the level, or the section of a kind', () => {
    const second = at('2026.2');
    expect(lastChanged(second, level(second, '1'))).toEqual({
      version: '2026.2',
      released: '2026-03-01',
      url: '/changes/#release-2026.2',
    });
    // Only its title changed in 2026.2: the level's pages changed, none of its items.
    expect(lastChanged(second, level(second, '2'))?.version).toBe('2026.2');
    const third = at('2026.3');
    expect(lastChanged(third, level(third, '3'), 'key-behaviors')?.version).toBe('2026.3');
  });

  it('is the first release for what has not changed since', () => {
    const first = at('2026.1');
    expect(lastChanged(first, level(first, '1'), 'common-struggles')?.version).toBe('2026.1');
    expect(lastChanged(model(ladderFixture), { id: '1', formerIds: [] })).toBeUndefined();
  });

  it("counts a level's own change: a new title, with no item changed", () => {
    const copy = copyContent(step('2026.3'));
    copy.edit('content/framework/handbook.mdx', (text) => text.replace("version: '2026.3'", "version: '2026.4'"));
    copy.edit('content/levels/level-3.mdx', (text) => text.replace('title: Fixture Level 3', 'title: Fixture Level Three'));
    expect(recordRelease(copy.root, '2026-09-01').ok).toBe(true);
    const fourth = model(copy.root);
    expect(lastChanged(fourth, level(fourth, '3'))?.version).toBe('2026.4');
    expect(lastChanged(fourth, level(fourth, '3'), 'key-behaviors')?.version).toBe('2026.3');
    expect(lastChanged(fourth, level(fourth, '1'))?.version).toBe('2026.3');
  });

  it('follows a level under its former ids', () => {
    const third = at('2026.3');
    const senior = level(third, 'fixture-senior');
    expect(lastChanged(third, senior, 'key-behaviors')?.version).toBe('2026.3');
  });

  it('is the later of two levels for a page that shows both', () => {
    const a = { version: '2026.2', released: '2026-03-01', url: '/changes/#release-2026.2' };
    const b = { version: '2026.10', released: '2026-12-01', url: '/changes/#release-2026.10' };
    expect(newer(a, b)).toBe(b);
    expect(newer(b, a)).toBe(b);
    expect(newer(undefined, a)).toBe(a);
    expect(newer(a, undefined)).toBe(a);
    expect(newer(undefined, undefined)).toBeUndefined();
  });

  it('names the latest release for the whole handbook', () => {
    expect(latestRelease(at('2026.3'))).toEqual({
      version: '2026.3',
      released: '2026-06-01',
      url: '/changes/#release-2026.3',
    });
    expect(latestRelease(model(ladderFixture))).toBeUndefined();
  });
});

describe('"Changed in" marks', () => {
  it('mark items reworded in the latest release, linked to their change, and no others', () => {
    const third = at('2026.3');
    expect(rewordedIn(third, { level: '1', id: 'fixture-writes-tests' })).toEqual({
      version: '2026.3',
      url: '/changes/#2026.3--1--fixture-writes-tests',
    });
    expect(rewordedIn(third, { level: '1', id: 'fixture-pairs-often' })).toBeUndefined();
    expect(rewordedIn(third, { level: '3', id: 'fixture-sets-direction' })).toBeUndefined();
  });

  it('mark nothing at a first release', () => {
    expect(rewordedIn(at('2026.1'), { level: '1', id: 'fixture-writes-tests' })).toBeUndefined();
  });
});

describe("today's address of an old URL", () => {
  const third = at('2026.3');
  it.each([
    ['/levels/2/#fixture-new-id', '/levels/fixture-senior/#fixture-new-id'],
    ['/levels/2/#fixture-old-id', '/levels/fixture-senior/#fixture-new-id'],
    ['/levels/2/', '/levels/fixture-senior/'],
    ['/levels/2/#key-behaviors', '/levels/fixture-senior/#key-behaviors'],
    ['/levels/1/#fixture-retired-later', '/levels/1/#common-struggles'],
    ['/levels/1/#fixture-writes-tests', '/levels/1/#fixture-writes-tests'],
    ['/levels/9/#unknown', '/levels/9/#unknown'],
  ])('%s is %s', (old, now) => {
    expect(currentUrl(third, old)).toBe(now);
  });
});

describe('words', () => {
  it('write dates as readers read them', () => {
    expect(readableDate('2026-06-01')).toBe('1 June 2026');
  });

  it('say what happened to a level', () => {
    const level = (change: 'added' | 'renamed' | 'retitled' | 'retired', then?: string, now?: string) =>
      levelChangeText({
        change,
        then: then === undefined ? undefined : { id: 'a', title: then },
        now: now === undefined ? undefined : { id: 'b', title: now },
        url: undefined,
      });
    expect(level('added', undefined, 'Fixture L3')).toBe('Fixture L3 was added.');
    expect(level('renamed', 'Fixture L2', 'Fixture L2')).toBe(
      'Fixture L2 has a new address; links to its old one lead there.',
    );
    expect(level('renamed', 'Fixture L2', 'Fixture Two')).toBe(
      'Fixture L2 is now Fixture Two, at a new address; links to the old one lead there.',
    );
    expect(level('retitled', 'Fixture L2', 'Fixture Two')).toBe('Fixture L2 was renamed Fixture Two.');
    expect(level('retired', 'Fixture L2')).toBe('Fixture L2 was retired.');
  });
});

describe('the Atom feed', () => {
  const entries = changelogOf(at('2026.3'));

  it('links absolutely where the site has an address', () => {
    const feed = releasesFeed('Fixture & <Handbook>', entries, (path) => `https://fixture.example${path}`);
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(feed).toContain('<title>Fixture &#38; &#60;Handbook&#62;: releases</title>');
    expect(feed).toContain('<id>https://fixture.example/changes/#release-2026.3</id>');
    expect(feed).toContain('<link rel="self" href="https://fixture.example/changes/feed.xml"/>');
    expect(feed.match(/<entry>/g)).toHaveLength(3);
  });

  it('names entries by tag: URIs, and links by path, where it has none', () => {
    const feed = releasesFeed('Fixture', entries, (path) => path);
    expect(feed).toContain('<id>tag:handbook,2026-01-15:/changes/#release-2026.2</id>');
    expect(feed).toContain('<link rel="alternate" href="/changes/#release-2026.2"/>');
  });

  it('leaves out edits not yet released', () => {
    const copy = copyContent(step('2026.3'));
    copy.edit('content/sections/level-3/key-behaviors.mdx', (text) =>
      text.replace('for several fixture teams', 'for many fixture teams'),
    );
    const feed = releasesFeed('Fixture', changelogOf(model(copy.root)), (path) => path);
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    expect(feed).not.toContain('unreleased');
  });

  it('writes each change as plain words in escaped HTML, one list item each', () => {
    const [latest, second, first] = entries;
    if (!latest || !second || !first) throw new Error('three releases expected');
    expect(releaseHtml(first)).toBe('<p>The first release: 2 levels, 9 items.</p>');
    const html = releaseHtml(second);
    expect(html).toContain(
      '<li>Retired: Fixture behavior that is later merged into the fixture review (Fixture Level 1 · Key Behaviors). Its link now leads to Asks for a fixture review before merging fixture work.</li>',
    );
    expect(html).toContain(
      '<li>Moved: Fixture behavior whose id changes in the second fixture release (Fixture Level Two · Key Behaviors). Its old link (#fixture-old-id) leads here.</li>',
    );
    expect(releaseHtml(latest)).toContain('2. Writes down the fixture decisions{+ and shares them<br>3. Follows up on fixture actions+}');
  });
});

describe('the feed says every kind of change', () => {
  const state = {
    id: 'fixture-item',
    level: '1',
    levelTitle: 'Fixture L1',
    competency: 'fixture-craft',
    kind: 'key-behaviors',
    section: 'Fixture Key Behaviors',
    context: 'Fixture L1 · Fixture Key Behaviors',
    url: '/levels/1/#fixture-item',
    words: 'Fixture words',
    text: { markdown: 'Fixture words', html: 'Fixture words', plain: 'Fixture words' },
    attributes: {},
  };
  const entry = (items: Parameters<typeof releaseHtml>[0]['items']) => ({
    version: '2',
    released: '2026-02-01',
    previous: '1',
    anchor: 'release-2',
    levels: [],
    items,
    counts: { added: 0, reworded: 0, moved: 0, retired: 0, levels: 0, renamed: 0, attributes: 1 },
    totals: { levels: 1, items: 1 },
  });
  const change = { anchor: 'a', reworded: undefined, moved: false, renamed: false, attributes: [], leadsTo: undefined };

  it('a value on a scale, and an item retired with nothing to lead to', () => {
    const html = releaseHtml(
      entry([
        { ...change, then: state, now: state, attributes: [{ scale: 'Fixture scale', then: 'Low', now: 'High' }] },
        { ...change, then: state, now: undefined },
      ]),
    );
    expect(html).toContain(
      '<li>Moved: Fixture words (Fixture L1 · Fixture Key Behaviors). Fixture scale: Low → High.</li>',
    );
    expect(html).toContain(
      '<li>Retired: Fixture words (Fixture L1 · Fixture Key Behaviors). Its link now leads to its level.</li>',
    );
  });
});
