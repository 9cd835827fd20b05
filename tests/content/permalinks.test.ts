/**
 * The permalink guard: recorded URLs keep resolving, or the content says where they went; the
 * manifests of the Level 4 fixture and the fixture ladder record everything they publish. (That of
 * `content/` is checked by the content tests: tests/handbook/content.test.ts.)
 */
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import {
  checkManifest,
  manifestText,
  publishedUrls,
  resolvableUrls,
  updateManifest,
} from '../../src/pipeline/urls/permalinks';
import { formatProblem } from '../../src/pipeline/problems';
import { MANIFEST_FILE } from '../../src/pipeline/content-files';
import { readModel } from '../support/content';
import { ladderFixture, level4Fixture } from '../support/sites';
import { copyContent, removeCopies } from '../support/content-copy';

const ladderCopy = () => copyContent().root;
afterEach(removeCopies);
const edit = (root: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
const recorded = (root: string) =>
  (JSON.parse(readFileSync(join(root, MANIFEST_FILE), 'utf8')) as { urls: string[] }).urls;
const problemsIn = (root: string) => compileContent(root).problems.map(formatProblem);
const craft1 = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';

describe('the committed manifests', () => {
  it.each([
    ['the Level 4 fixture', level4Fixture],
    ['the fixture ladder', ladderFixture],
  ])(
    'record every URL %s publishes, and every recorded URL resolves (run `npm run permalinks`)',
    (_, root) => {
      expect(checkManifest(recorded(root), readModel(root))).toEqual({ lost: [], unrecorded: [] });
    },
  );

  it('records pages (rubrics and search too), section anchors and item anchors on level and section pages', () => {
    const urls = publishedUrls(readModel(level4Fixture));
    expect(urls).toEqual(
      expect.arrayContaining([
        '/',
        '/levels/4/',
        '/levels/4/#common-struggles',
        '/levels/4/#struggles-to-delegate',
        '/levels/4/common-struggles/',
        '/levels/4/common-struggles/#struggles-to-delegate',
        '/levels/4/rubric/',
        '/search/',
        // The tools: a reader's case, and calibration.
        '/case/',
        '/calibrate/',
        // Released: its changelog, the feed, and what old citations of its one release read.
        '/changes/',
        '/changes/feed.xml',
        '/changes/since-2026.1.json',
        // The framework as data: the whole, each level as JSON and Markdown, and the exports' schemas.
        '/framework.json',
        '/items.csv',
        '/levels/4.json',
        '/levels/4.md',
        '/schemas/framework.schema.json',
        '/schemas/level.schema.json',
      ]),
    );
    expect(urls).toHaveLength(87);
  });
});

describe('the guard', () => {
  it('fails the content when a published item id is renamed without formerIds, at the manifest line', () => {
    const root = ladderCopy();
    edit(root, craft1, (text) => text.replace('id: fixture-asks-questions', 'id: fixture-asks-early'));
    const problems = problemsIn(root);
    const line = recorded(root).indexOf('/levels/1/#fixture-asks-questions') + 4;
    expect(problems).toContain(
      `content/permalinks.json:${line}:5 urls[${line - 4}] "/levels/1/#fixture-asks-questions" was published and no longer resolves: list "fixture-asks-questions" in the formerIds of the item of level 1 that replaces it, or, if none does, of the section of level 1 that takes its place`,
    );
    expect(problems).toHaveLength(2); // the level page's anchor and the section page's
    expect(compileContent(root).handbook).toBeUndefined();
  });

  it('lets a renamed item keep its published links through formerIds', () => {
    const root = ladderCopy();
    edit(root, craft1, (text) =>
      text.replace(
        '  - id: fixture-asks-questions\n',
        '  - id: fixture-asks-early\n    formerIds: [fixture-asks-questions]\n',
      ),
    );
    expect(problemsIn(root)).toEqual([]);
    const urls = resolvableUrls(readModel(root));
    expect(urls.has('/levels/1/#fixture-asks-questions')).toBe(true);
    expect(urls.has('/levels/1/key-behaviors/#fixture-asks-questions')).toBe(true);
  });

  it("lets a retired item's links land on its section", () => {
    const root = ladderCopy();
    edit(root, craft1, (text) =>
      text
        .replace(
          '  - id: fixture-asks-questions\n    text: Fixture behavior, asks *fixture* questions early\n',
          '',
        )
        .replace(
          'title: Fixture Key Behaviors\n',
          'title: Fixture Key Behaviors\nformerIds: [fixture-asks-questions]\n',
        ),
    );
    expect(problemsIn(root)).toEqual([]);
  });

  it("keeps a renamed level's pages and anchors through redirects from its former id", () => {
    const root = ladderCopy();
    edit(root, 'content/levels/level-2.mdx', (text) =>
      text.replace('id: 2\n', 'id: practitioner\nformerIds: [2]\n'),
    );
    for (const file of [
      'content/sections/level-2/fixture-craft/key-behaviors.mdx',
      'content/sections/level-2/fixture-craft/build-these-habits.mdx',
      'content/sections/level-2/fixture-craft/success-indicators.mdx',
      'content/sections/level-2/fixture-craft/signals-youre-ready-to-level-up.mdx',
      'content/sections/level-2/fixture-craft/focus-summary.mdx',
      'content/sections/level-2/fixture-people/common-struggles.mdx',
      'content/sections/level-2/fixture-people/seek-feedback.mdx',
      'content/sections/level-2/fixture-people/questions-to-ask-yourself.mdx',
    ]) {
      edit(root, file, (text) => text.replace('level: 2\n', 'level: practitioner\n'));
    }
    // Its files move with it, as the file layout asks.
    renameSync(join(root, 'content/levels/level-2.mdx'), join(root, 'content/levels/level-practitioner.mdx'));
    renameSync(join(root, 'content/sections/level-2'), join(root, 'content/sections/level-practitioner'));
    expect(problemsIn(root)).toEqual([]);
    const handbook = readModel(root);
    expect(handbook.redirects).toEqual(
      expect.arrayContaining([
        { from: '/levels/2/', to: '/levels/practitioner/' },
        { from: '/levels/2/key-behaviors/', to: '/levels/practitioner/key-behaviors/' },
        { from: '/compare/1/2/', to: '/compare/1/practitioner/' },
      ]),
    );
    expect(resolvableUrls(handbook).has('/levels/2/#fixture-designs-widgets')).toBe(true);
  });

  it('keeps a published compare page when a new level comes between its two levels', () => {
    const root = ladderCopy();
    edit(root, 'content/levels/level-2.mdx', (text) => text.replace('rank: 2', 'rank: 3'));
    for (const file of ['level-3-ic', 'level-3-manager']) {
      edit(root, `content/levels/${file}.mdx`, (text) => text.replace('rank: 3', 'rank: 4'));
    }
    edit(root, 'content/levels/level-fixture-principal.mdx', (text) => text.replace('rank: 4', 'rank: 5'));
    const level =
      '---\nid: 1-5\nrank: 2\ntitle: Fixture Level 1.5\nrole: fixture r\nclosing: Fixture c\n---\n';
    writeFileSync(join(root, 'content/levels/level-1-5.mdx'), level);
    cpSync(join(root, 'content/sections/level-1'), join(root, 'content/sections/level-1-5'), {
      recursive: true,
    });
    for (const kind of ['key-behaviors', 'mindset-shift', 'signals-youre-ready-to-level-up']) {
      edit(root, `content/sections/level-1-5/fixture-craft/${kind}.mdx`, (text) =>
        text.replace('level: 1\n', 'level: 1-5\n'),
      );
    }
    for (const kind of ['key-behaviors', 'focus-summary']) {
      edit(root, `content/sections/level-1-5/fixture-people/${kind}.mdx`, (text) =>
        text.replace('level: 1\n', 'level: 1-5\n'),
      );
    }
    expect(problemsIn(root)).toEqual([]);
    const handbook = readModel(root);
    expect(handbook.comparisons.map(({ url }) => url)).toEqual(
      expect.arrayContaining(['/compare/1/1-5/', '/compare/1-5/2/', '/compare/1/2/']),
    );
    expect(handbook.levels.find(({ id }) => id === '1')?.comparisons.map(({ url }) => url)).toEqual([
      '/compare/1/1-5/',
    ]);
  });
});

describe('updateManifest', () => {
  it('adds what is published now and never drops what was recorded', () => {
    const handbook = readModel(ladderFixture);
    const urls = updateManifest(['/levels/retired/', '/levels/1/'], handbook);
    expect(urls).toContain('/levels/retired/');
    expect(urls).toEqual([...new Set([...publishedUrls(handbook), '/levels/retired/'])].sort());
    expect(JSON.parse(manifestText(urls))).toMatchObject({ urls });
  });
});

describe('the manifest file', () => {
  it('is reported with its line when it is not valid JSON, or not a list of URL paths', () => {
    const root = ladderCopy();
    writeFileSync(join(root, MANIFEST_FILE), '{\n  "urls": ["/", "levels/1/"]\n}\n');
    expect(problemsIn(root)).toEqual([
      'content/permalinks.json:2:17 urls[1] must be a URL path starting with /; found "levels/1/"',
    ]);
    writeFileSync(join(root, MANIFEST_FILE), '{\n  "urls": ["/",\n');
    expect(problemsIn(root)[0]).toMatch(/^content\/permalinks\.json:\d+:\d+ JSON: /);
  });

  it('says how to keep a lost page: the former id of a level', () => {
    const root = ladderCopy();
    const file = join(root, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { urls: string[] };
    writeFileSync(file, manifestText([...manifest.urls, '/levels/retired/']));
    expect(problemsIn(root)).toEqual([
      expect.stringContaining(
        '"/levels/retired/" was published and no longer resolves: no level has id retired now: list "retired" in the formerIds of the level that replaces it',
      ),
    ]);
  });

  it('refuses one former level id given to two levels', () => {
    const root = ladderCopy();
    for (const level of ['level-3-ic', 'level-3-manager']) {
      edit(root, `content/levels/${level}.mdx`, (text) =>
        text.replace('rank: 3\n', 'rank: 3\nformerIds: [three]\n'),
      );
    }
    expect(problemsIn(root)).toContain(
      'content/levels/level-3-manager.mdx:4:13 formerIds[0] level three already redirects to level 3-ic',
    );
  });
});
