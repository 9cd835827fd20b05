/**
 * Every remedy the permalink guard prints, followed to the letter, makes the content compile again.
 * Each case makes one change to a copy of the fixture ladder (renames an item, removes a level,
 * changes a section's kind, replaces the framework…), then follows the guard (`followGuard`): reads
 * its messages and performs exactly the edit each one names, an id into the `formerIds` of the item,
 * section or level it says, or a fresh manifest. The case decides only what a message leaves to the
 * author: which item, section or level replaces what was lost. No remedy may cause a problem of its
 * own. tests/built/permalinks.test.ts builds such content and finds every old URL in its HTML.
 */
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { resolvableUrls } from '../../src/pipeline/urls/permalinks';
import { classifyLost, remedyFor } from '../../src/pipeline/check/permalink-remedies';
import { compileContent } from '../../src/pipeline/compile';
import { formatProblem } from '../../src/pipeline/problems';
import { MANIFEST_FILE } from '../../src/pipeline/content-files';
import { newHandbook } from '../../src/cli/authoring/new-handbook';
import { recordPermalinks } from '../../src/cli/authoring/manifest';
import { starterFiles } from '../../src/cli/authoring/starter';
import { copyContent, removeCopies, type ContentCopy } from '../support/content-copy';
import { readModel } from '../support/content';
import { followGuard, remedyKinds as kindsOf } from '../support/guard-remedies';

afterEach(removeCopies);

const ladderCopy = () => copyContent();
const recordedUrls = (copy: ContentCopy) =>
  (JSON.parse(copy.read(MANIFEST_FILE)) as { urls: string[] }).urls;
const resolvesEverything = (copy: ContentCopy, urls: readonly string[]) => {
  const resolvable = resolvableUrls(readModel(copy.root));
  expect(urls.filter((url) => !resolvable.has(url))).toEqual([]);
};
const craft1 = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';

describe('following the permalink guard', () => {
  it('a renamed item: its old id into the formerIds of the item', () => {
    const copy = ladderCopy();
    const urls = recordedUrls(copy);
    copy.edit(craft1, (text) => text.replace('id: fixture-asks-questions', 'id: fixture-asks-early'));
    const rounds = followGuard(copy, { item: () => ({ file: craft1, id: 'fixture-asks-early' }) });
    expect(rounds).toEqual([
      [
        expect.stringContaining(
          '"/levels/1/#fixture-asks-questions" was published and no longer resolves: list "fixture-asks-questions" in the formerIds of the item of level 1 that replaces it, or, if none does, of the section of level 1 that takes its place',
        ),
        expect.stringContaining('"/levels/1/key-behaviors/#fixture-asks-questions" was published'),
      ],
    ]);
    resolvesEverything(copy, urls);
  });

  it('a removed item: its id into the formerIds of the section that takes its place', () => {
    const copy = ladderCopy();
    copy.edit(craft1, (text) =>
      text.replace('  - id: fixture-asks-questions\n    text: Fixture behavior, asks *fixture* questions early\n', ''),
    );
    const rounds = followGuard(copy, { item: () => undefined, section: () => craft1 });
    expect(kindsOf(rounds)).toEqual(['item']);
    resolvesEverything(copy, recordedUrls(copy));
  });

  it('an item moved to another section of its level: nothing to do, its old page points to it', () => {
    const copy = ladderCopy();
    const item = '  - id: fixture-asks-questions\n    text: Fixture behavior, asks *fixture* questions early\n';
    copy.edit(craft1, (text) => text.replace(item, ''));
    copy.edit('content/sections/level-1/fixture-craft/signals-youre-ready-to-level-up.mdx', (text) =>
      text.replace('items:\n', `items:\n${item}`),
    );
    expect(followGuard(copy, {})).toEqual([]);
    const page = readModel(copy.root).levels[0]?.sectionPages.find((candidate) => candidate.kind === 'key-behaviors');
    expect(page?.moved).toEqual([
      {
        id: 'fixture-asks-questions',
        url: '/levels/1/signals-youre-ready-to-level-up/#fixture-asks-questions',
        text: 'Fixture behavior, asks fixture questions early',
        section: "Fixture Signals You're Ready to Level Up",
      },
    ]);
  });

  it("a renamed level: its old id into the new level's formerIds", () => {
    const copy = ladderCopy();
    copy.edit('content/levels/level-2.mdx', (text) => text.replace('id: 2\n', 'id: practitioner\n'));
    renameSync(copy.path('content/levels/level-2.mdx'), copy.path('content/levels/level-practitioner.mdx'));
    renameSync(copy.path('content/sections/level-2'), copy.path('content/sections/level-practitioner'));
    for (const file of readdirSync(copy.path('content/sections/level-practitioner'), { recursive: true })) {
      const path = `content/sections/level-practitioner/${String(file)}`;
      if (path.endsWith('.mdx')) copy.edit(path, (text) => text.replace('level: 2\n', 'level: practitioner\n'));
    }
    copy.edit('content/sections/level-3-ic/fixture-craft/key-behaviors.mdx', (text) =>
      text.replace('2#fixture-designs-widgets', 'practitioner#fixture-designs-widgets'),
    );
    const rounds = followGuard(copy, { level: () => 'content/levels/level-practitioner.mdx' });
    expect(rounds[0]).toContainEqual(
      expect.stringContaining(
        '"/levels/2/" was published and no longer resolves: no level has id 2 now: list "2" in the formerIds of the level that replaces it, and its pages redirect to that level\'s',
      ),
    );
    expect(kindsOf(rounds)).toEqual(['level']);
    resolvesEverything(copy, recordedUrls(copy));
  });

  it('a removed level, merged into the one below: the level, then the sections and items it had', () => {
    const copy = ladderCopy();
    const urls = recordedUrls(copy);
    rmSync(copy.path('content/levels/level-2.mdx'));
    rmSync(copy.path('content/sections/level-2'), { recursive: true });
    copy.edit('content/sections/level-3-ic/fixture-craft/key-behaviors.mdx', (text) =>
      text.replace(/\n +related: \[2#fixture-designs-widgets\]/, ''),
    );
    const sectionOfLevel1 = (id: string) => {
      const competency = id.includes('--') ? id.slice(0, id.indexOf('--')) : 'fixture-craft';
      return `content/sections/level-1/${competency}/key-behaviors.mdx`;
    };
    const rounds = followGuard(copy, {
      level: () => 'content/levels/level-1.mdx',
      item: () => undefined,
      section: sectionOfLevel1,
    });
    expect(kindsOf(rounds)).toEqual(['item', 'level', 'section']);
    expect(rounds[1]).toContainEqual(
      expect.stringContaining(
        '"/levels/2/build-these-habits/" was published and no longer resolves: level 1 has no "build-these-habits" section now: list "build-these-habits" in the formerIds of the section of level 1 that replaces it, and this page redirects to that section\'s page',
      ),
    );
    expect(rounds[1]).toContainEqual(
      expect.stringContaining(
        '"/levels/2/#fixture-craft--success-indicators" was published and no longer resolves: level 1 has no section with this anchor now: list "fixture-craft--success-indicators" in the formerIds of the section of level 1 that replaces it',
      ),
    );
    resolvesEverything(copy, urls);
    expect(readModel(copy.root).redirects).toContainEqual({ from: '/compare/1/2/', to: '/levels/1/' });
  });

  it("a section's kind changed, its page gone: the kind and the anchor into the new section's formerIds", () => {
    const copy = ladderCopy();
    const from = 'content/sections/level-1/fixture-craft/signals-youre-ready-to-level-up.mdx';
    const to = 'content/sections/level-1/fixture-craft/common-struggles.mdx';
    copy.edit(from, (text) => text.replace('kind: signals-youre-ready-to-level-up', 'kind: common-struggles'));
    renameSync(copy.path(from), copy.path(to));
    const rounds = followGuard(copy, { section: () => to });
    expect(rounds).toEqual([
      [
        expect.stringContaining(
          '"/levels/1/#fixture-craft--signals-youre-ready-to-level-up" was published and no longer resolves: level 1 has no section with this anchor now: list "fixture-craft--signals-youre-ready-to-level-up" in the formerIds of the section of level 1 that replaces it',
        ),
        expect.stringContaining(
          '"/levels/1/signals-youre-ready-to-level-up/" was published and no longer resolves: level 1 has no "signals-youre-ready-to-level-up" section now: list "signals-youre-ready-to-level-up" in the formerIds',
        ),
        expect.stringContaining(
          '"/levels/1/signals-youre-ready-to-level-up/#fixture-ready-one" was published and no longer resolves: level 1 has no "signals-youre-ready-to-level-up" section now',
        ),
      ],
    ]);
    expect(readModel(copy.root).redirects).toContainEqual({
      from: '/levels/1/signals-youre-ready-to-level-up/',
      to: '/levels/1/common-struggles/',
    });
    resolvesEverything(copy, recordedUrls(copy));
  });

  it("a section's kind changed with one competency: the kind into the new section's formerIds", () => {
    const copy = copyContent();
    newHandbook(copy.root, { force: true });
    expect(recordPermalinks(copy.root).ok).toBe(true);
    const urls = recordedUrls(copy);
    const [, , section] = starterFiles;
    const to = 'content/sections/level-1/focus-summary.mdx';
    copy.write(to, (section?.text ?? '').replace('kind: key-behaviors', 'kind: focus-summary'));
    rmSync(copy.path('content/sections/level-1/key-behaviors.mdx'));
    const rounds = followGuard(copy, { section: () => to });
    expect(rounds[0]).toEqual([
      expect.stringContaining(
        '"/levels/1/#key-behaviors" was published and no longer resolves: level 1 has no section with this anchor now: list "key-behaviors" in the formerIds of the section of level 1 that replaces it',
      ),
      expect.stringContaining('"/levels/1/key-behaviors/" was published and no longer resolves'),
      expect.stringContaining('"/levels/1/key-behaviors/#your-first-item" was published and no longer resolves'),
    ]);
    expect(copy.read(to)).toContain('formerIds: [ key-behaviors ]');
    resolvesEverything(copy, urls);
  });

  it("a section's kind changed while another competency keeps the page: its anchor, its items point on", () => {
    const copy = ladderCopy();
    const to = 'content/sections/level-1/fixture-craft/build-these-habits.mdx';
    copy.edit(craft1, (text) => text.replace('kind: key-behaviors', 'kind: build-these-habits'));
    renameSync(copy.path(craft1), copy.path(to));
    const rounds = followGuard(copy, { section: () => to });
    expect(rounds).toEqual([
      [expect.stringContaining('list "fixture-craft--key-behaviors" in the formerIds of the section of level 1')],
    ]);
    const page = readModel(copy.root).levels[0]?.sectionPages.find((candidate) => candidate.kind === 'key-behaviors');
    expect(page?.moved.map(({ id, url }) => [id, url])).toEqual([
      ['fixture-asks-questions', '/levels/1/build-these-habits/#fixture-asks-questions'],
      ['fixture-shares-widgets', '/levels/1/build-these-habits/#fixture-shares-widgets'],
    ]);
    resolvesEverything(copy, recordedUrls(copy));
  });

  it('a removed section: its anchor, its page and its items into the formerIds of the section that takes its place', () => {
    const copy = ladderCopy();
    rmSync(copy.path('content/sections/level-2/fixture-people/seek-feedback.mdx'));
    const rounds = followGuard(copy, {
      item: () => undefined,
      section: () => 'content/sections/level-2/fixture-people/common-struggles.mdx',
    });
    expect(kindsOf(rounds)).toEqual(['item', 'section']);
    resolvesEverything(copy, recordedUrls(copy));
  });

  it("a renamed competency: its anchors into the formerIds of its sections", () => {
    const copy = ladderCopy();
    copy.edit('content/framework/handbook.mdx', (text) => text.replace('id: fixture-people', 'id: fixture-humans'));
    for (const level of ['1', '2', '3-ic', '3-manager']) {
      const folder = `content/sections/level-${level}`;
      renameSync(copy.path(`${folder}/fixture-people`), copy.path(`${folder}/fixture-humans`));
      for (const file of readdirSync(copy.path(`${folder}/fixture-humans`))) {
        copy.edit(`${folder}/fixture-humans/${file}`, (text) =>
          text.replace('competency: fixture-people', 'competency: fixture-humans'),
        );
      }
    }
    const rounds = followGuard(copy, {
      section: (id, level) => {
        const folder = `content/sections/level-${level}/fixture-humans`;
        const kind = id.includes('--') ? id.slice(id.indexOf('--') + 2) : undefined;
        return `${folder}/${kind ? `${kind}.mdx` : (readdirSync(copy.path(folder))[0] ?? '')}`;
      },
    });
    expect(rounds[0]).toContainEqual(
      expect.stringContaining(
        '"/levels/1/#fixture-people" was published and no longer resolves: level 1 has no section of competency "fixture-people" now: list "fixture-people" in the formerIds of the section of level 1 that replaces it',
      ),
    );
    expect(kindsOf(rounds)).toEqual(['section']);
    resolvesEverything(copy, recordedUrls(copy));
  });

  it("a competency a level no longer describes: its anchor too, though the framework still lists it", () => {
    const copy = ladderCopy();
    rmSync(copy.path('content/sections/level-3-ic/fixture-people'), { recursive: true });
    // Its only item that mentored: the thesaurus's word for it goes too (else the thesaurus check says so).
    copy.edit('content/thesaurus.yaml', (text) => text.replace('fixture coaching: [mentors]\n', ''));
    const rounds = followGuard(copy, {
      item: () => undefined,
      section: () => 'content/sections/level-3-ic/fixture-craft/key-behaviors.mdx',
    });
    expect(rounds[0]).toContainEqual(
      expect.stringContaining('list "fixture-people" in the formerIds of the section of level 3-ic that replaces it'),
    );
    expect(kindsOf(rounds)).toEqual(['item', 'section']);
    resolvesEverything(copy, recordedUrls(copy));
  });

  it('a new framework in place of the old: a fresh manifest, not formerIds', () => {
    const copy = ladderCopy();
    rmSync(copy.path('content/levels'), { recursive: true });
    rmSync(copy.path('content/sections'), { recursive: true });
    for (const { file, text } of starterFiles.filter(({ file }) => file !== MANIFEST_FILE)) copy.write(file, text);
    const rounds = followGuard(copy, { newFramework: true });
    expect(rounds[0]?.[0]).toMatch(
      /^content\/permalinks\.json:3:3 urls \d+ of the 136 URLs it records no longer resolve: if this content is a new framework rather than an edit of the old one, start a fresh manifest for it with "npm run permalinks -- --fresh"; otherwise follow the remedy given for each of them$/,
    );
    expect(kindsOf(rounds)).toContain('fresh');
    expect(recordedUrls(copy)).toEqual(
      expect.arrayContaining(['/', '/levels/1/', '/levels/1/#your-first-item', '/search/']),
    );
  });

  it('a new framework none of whose levels the old one had: one line, and a fresh manifest', () => {
    const copy = ladderCopy();
    rmSync(copy.path('content/levels'), { recursive: true });
    rmSync(copy.path('content/sections'), { recursive: true });
    for (const { file, text } of starterFiles.filter(({ file }) => !file.includes('level') && file !== MANIFEST_FILE)) {
      copy.write(file, text);
    }
    copy.write('content/levels/level-first.mdx', (starterFiles[1]?.text ?? '').replace('id: 1', 'id: first'));
    copy.write(
      'content/sections/level-first/key-behaviors.mdx',
      (starterFiles[2]?.text ?? '').replace('level: 1', 'level: first'),
    );
    const rounds = followGuard(copy, { newFramework: true });
    expect(rounds).toEqual([
      [
        'content/permalinks.json:3:3 urls none of the 5 levels it records exists now (1, 2, 3-ic, 3-manager, fixture-principal), so 128 published URLs no longer resolve: if this content is a new framework rather than an edit of the old one, start a fresh manifest for it with "npm run permalinks -- --fresh"; if the levels were renamed, list each old id in the formerIds of the level that replaces it',
      ],
    ]);
  });
});

describe('what a lost URL addressed', () => {
  const handbook = readModel(ladderCopy().root);
  const recorded = recordedUrls(ladderCopy());
  const classify = (url: string) => classifyLost(url, handbook, recorded);

  it('reads a level, a section page, a section, a competency or an item from the URL and the manifest', () => {
    expect(classify('/levels/9/')).toEqual({ kind: 'level', id: '9' });
    expect(classify('/levels/9/key-behaviors/#x')).toEqual({ kind: 'level', id: '9' });
    expect(classify('/compare/2/9/')).toEqual({ kind: 'level', id: '9' });
    expect(classify('/levels/1/build-these-habits/')).toEqual({
      kind: 'section-page',
      level: '1',
      section: 'build-these-habits',
    });
    expect(classify('/levels/1/key-behaviors/#gone')).toEqual({ kind: 'item', level: '1', id: 'gone' });
    expect(classify('/levels/1/#fixture-craft--gone')).toEqual({
      kind: 'section',
      level: '1',
      anchor: 'fixture-craft--gone',
    });
    expect(classify('/levels/1/#common-struggles')).toEqual({
      kind: 'section',
      level: '1',
      anchor: 'common-struggles',
    });
    expect(classify('/levels/1/#fixture-people')).toEqual({
      kind: 'competency',
      level: '1',
      competency: 'fixture-people',
    });
    // A level's former id: what is lost is in the level it became.
    expect(classify('/levels/4-ic/#gone')).toEqual({ kind: 'item', level: 'fixture-principal', id: 'gone' });
  });

  it('knows a section page or competency the manifest records, though the handbook no longer has it', () => {
    const withHistory = [...recorded, '/levels/1/fixture-retired/', '/levels/1/#fixture-old--key-behaviors'];
    expect(classifyLost('/levels/1/#fixture-retired', handbook, withHistory)).toMatchObject({ kind: 'section' });
    expect(classifyLost('/levels/1/#fixture-old', handbook, withHistory)).toMatchObject({ kind: 'competency' });
  });

  it('says nothing it cannot stand behind about a URL of no known shape', () => {
    for (const url of ['/elsewhere/', '/compare/1/2/', '/levels/1/']) {
      expect(classify(url)).toEqual({ kind: 'other' });
    }
    expect(remedyFor({ kind: 'other' })).toBe('restore what it addressed');
  });
});

describe('a section taking over anchors', () => {
  const taking = (level: string, file: string, formerIds: string) => {
    const copy = ladderCopy();
    copy.edit(`content/sections/level-${level}/${file}`, (text) =>
      text.replace('\nitems:\n', `\nformerIds: ${formerIds}\nitems:\n`),
    );
    return compileContent(copy.root).problems.map(formatProblem);
  };
  const craft = 'fixture-craft/key-behaviors.mdx';

  it("may take a section's or competency's anchor its level no longer uses", () => {
    expect(taking('3-ic', craft, '[fixture-people--build-these-habits, build-these-habits, fixture-old]')).toEqual(
      [],
    );
  });

  it("may not take an anchor its level's page uses, or one the page gives itself", () => {
    expect(taking('1', craft, '[fixture-people--key-behaviors]')).toEqual([
      'content/sections/level-1/fixture-craft/key-behaviors.mdx:6:13 formerIds[0] "fixture-people--key-behaviors" is the anchor of a section or competency this level has: choose another',
    ]);
    expect(taking('1', craft, '[fixture-people]')).toEqual([
      'content/sections/level-1/fixture-craft/key-behaviors.mdx:6:13 formerIds[0] "fixture-people" is the anchor of a section or competency this level has: choose another',
    ]);
    expect(taking('1', craft, '[fixture-craft--heading, closing]')).toEqual([
      'content/sections/level-1/fixture-craft/key-behaviors.mdx:6:13 formerIds[0] "fixture-craft--heading" is used by the page itself: choose another',
      'content/sections/level-1/fixture-craft/key-behaviors.mdx:6:37 formerIds[1] "closing" is used by the page itself: choose another',
    ]);
    expect(taking('1', craft, '[Fixture--Old, fixture---old]')).toEqual([
      'content/sections/level-1/fixture-craft/key-behaviors.mdx:6:13 formerIds[0] must be an id (kebab-case) or a section anchor (<competency>--<kind>): what the permalink guard names; found "Fixture--Old"',
      'content/sections/level-1/fixture-craft/key-behaviors.mdx:6:27 formerIds[1] must be an id (kebab-case) or a section anchor (<competency>--<kind>): what the permalink guard names; found "fixture---old"',
    ]);
  });

  it('may take a kind as its own anchor only where the level has no section of that kind', () => {
    const copy = copyContent();
    newHandbook(copy.root, { force: true });
    copy.edit('content/sections/level-1/key-behaviors.mdx', (text) =>
      text.replace('\nitems:\n', '\nformerIds: [key-behaviors]\nitems:\n'),
    );
    expect(compileContent(copy.root).problems.map(formatProblem)).toEqual([
      'content/sections/level-1/key-behaviors.mdx:5:13 formerIds[0] "key-behaviors" is the anchor of a section or competency this level has: choose another',
    ]);
  });
});
