/**
 * `npm run import` on copies of content: a spreadsheet of the fixture ladder, imported into a fresh
 * handbook, compiles into the ladder's levels, sections and items; a bad row, content that would not
 * compile, or a file that exists (without --force) writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { importSpreadsheet } from '../../src/cli/authoring/import';
import { newHandbook } from '../../src/cli/authoring/new-handbook';
import { starterFiles } from '../../src/cli/authoring/starter';
import { allItems, type Handbook } from '../../src/pipeline/model/model';
import { copyContent, removeCopies, type ContentCopy } from '../support/content-copy';
import { readModel } from '../support/content';
import { ladderFixture, repoRoot } from '../support/sites';

const matrixFixture = join(repoRoot, 'tests/fixtures/matrix');

afterEach(removeCopies);

const spreadsheets = join(repoRoot, 'tests/fixtures/import');
const sheet = (name: string) => ({ path: join(spreadsheets, name), name });
const ladderItems = sheet('ladder-items.csv');
const ladderLevels = sheet('ladder-levels.csv');

/** A fresh handbook (new-handbook's) with the fixture ladder's framework file in place of the placeholder. */
function freshLadder(): ContentCopy {
  const copy = copyContent();
  newHandbook(copy.root, { force: true });
  copy.write('content/framework/handbook.mdx', readFileSync(join(ladderFixture, 'content/framework/handbook.mdx')));
  return copy;
}

/** Every file under content/ with its text, to show that nothing changed. */
function snapshot(copy: ContentCopy): Record<string, string> {
  return Object.fromEntries(
    readdirSync(copy.path('content'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file, readFileSync(file, 'utf8')];
      }),
  );
}

/** What a handbook says, item by item: where each item is and its words. */
const itemsOf = (handbook: Handbook) =>
  handbook.levels.flatMap((level) =>
    level.sections.flatMap((section) =>
      section.items.map((item) => `${level.id} ${section.competency} ${section.title} #${item.id}: ${item.text.markdown}`),
    ),
  );

/** A spreadsheet written into the copy, for cases of its own. */
function writeSheet(copy: ContentCopy, name: string, text: string) {
  copy.write(name, text);
  return { path: copy.path(name), name };
}

describe('importing the fixture ladder from a spreadsheet', () => {
  it('into a fresh handbook: the ladder, mindset shifts aside, compiled with no problem', () => {
    const copy = freshLadder();
    const result = importSpreadsheet(copy.root, { items: ladderItems, levels: ladderLevels });
    expect(result.lines.join('\n')).toMatch(
      /^Imported 27 items in 20 sections of 5 levels from ladder-items\.csv, and 5 levels from ladder-levels\.csv:/,
    );
    expect(result.ok).toBe(true);
    const { handbook, problems } = compileContent(copy.root);
    expect(problems).toEqual([]);
    if (!handbook) throw new Error('no model');
    const ladder = readModel(ladderFixture);
    expect(itemsOf(handbook)).toEqual(itemsOf(ladder));
    expect(handbook.levels.map(({ id, rank, track, title, role }) => ({ id, rank, track, title, role }))).toEqual(
      ladder.levels.map(({ id, rank, track, title, role }) => ({ id, rank, track, title, role })),
    );
    expect(handbook.levels.map((level) => level.introduction)).toEqual(ladder.levels.map((level) => level.introduction));
    const lead = (model: Handbook) =>
      model.levels.flatMap((level) => level.sections).find((section) => section.lead)?.lead?.markdown;
    expect(lead(handbook)).toBe(lead(ladder));
    // new-handbook's placeholders are gone: replaced (level 1) or removed (its section).
    expect(result.lines).toContain('  replaced the placeholder content/levels/level-1.mdx');
    expect(result.lines).toContain('  removed the placeholder content/sections/level-1/key-behaviors.mdx');
  });

  it('of the fixture matrix: its declared kind, scale values, sub-points and UUID ids, as the matrix has them', () => {
    const copy = copyContent();
    newHandbook(copy.root, { force: true });
    copy.write('content/framework/handbook.mdx', readFileSync(join(matrixFixture, 'content/framework/handbook.mdx')));
    const result = importSpreadsheet(copy.root, {
      items: sheet('matrix-items.csv'),
      levels: sheet('matrix-levels.csv'),
    });
    expect(result.lines).toEqual([
      'Imported 72 items in 72 sections of 8 levels from matrix-items.csv, and 8 levels from matrix-levels.csv:',
      '  wrote 8 files in content/levels/',
      '  wrote 72 files in content/sections/',
      '  removed the placeholder content/levels/level-1.mdx',
      '  removed the placeholder content/sections/level-1/key-behaviors.mdx',
      'The content compiles with no problem. Next: npm run dev to read it, npm run permalinks when you publish, npm test.',
    ]);
    const items = (handbook: Handbook) =>
      allItems(handbook).map(({ id, level, competency, kind, text, subpoints, attributes }) => ({
        id,
        level,
        competency,
        kind,
        text: text.markdown,
        subpoints: subpoints.map((subpoint) => subpoint.markdown),
        attributes,
      }));
    const matrix = readModel(matrixFixture);
    expect(items(readModel(copy.root))).toEqual(items(matrix));
    expect(allItems(matrix).some((item) => item.subpoints.length > 0)).toBe(true);
  });

  it('refuses to overwrite files that exist, writing nothing, until --force', () => {
    const copy = freshLadder();
    expect(importSpreadsheet(copy.root, { items: ladderItems, levels: ladderLevels }).ok).toBe(true);
    copy.edit('content/levels/level-2.mdx', (text) => text.replace('Fixture Level 2', 'Fixture Level Two'));
    const before = snapshot(copy);
    const again = importSpreadsheet(copy.root, { items: ladderItems, levels: ladderLevels });
    expect(again.ok).toBe(false);
    expect(again.lines[0]).toBe('The import would overwrite 25 files that content/ already has:');
    expect(again.lines).toContain('  content/levels/level-2.mdx');
    expect(again.lines.at(-1)).toBe('Run it again with --force to overwrite them. Nothing was written.');
    expect(snapshot(copy)).toEqual(before);

    const forced = importSpreadsheet(copy.root, { items: ladderItems, levels: ladderLevels, force: true });
    expect(forced.ok).toBe(true);
    expect(forced.lines).toContain('  overwrote content/levels/level-2.mdx');
    expect(copy.read('content/levels/level-2.mdx')).toContain('title: Fixture Level 2\n');
  });

  it('writes nothing for a spreadsheet with a bad row, and lists every bad row', () => {
    const copy = freshLadder();
    const before = snapshot(copy);
    const items = writeSheet(
      copy,
      'items.csv',
      [
        'level,competency,section,id,text',
        '1,fixture-craft,key-behaviors,fixture-good,Fixture good',
        '1,fixture-crafts,key-behaviors,fixture-bad,Fixture bad',
        '1,fixture-craft,key-behaviors,Fixture Worse,',
      ].join('\n'),
    );
    const result = importSpreadsheet(copy.root, { items, levels: ladderLevels });
    expect(result).toEqual({
      ok: false,
      lines: [
        'The spreadsheet has 3 problems:',
        'items.csv:3:2 competency no competency "fixture-crafts" in the framework (competencies: fixture-craft, fixture-people)',
        'items.csv:4:4 id must be kebab-case: lower-case letters and digits joined by single hyphens; found "Fixture Worse"',
        'items.csv:4:5 text must not be empty',
        'Nothing was written.',
      ],
    });
    expect(snapshot(copy)).toEqual(before);
  });

  it('writes nothing when the content it makes would not compile, and says why in content terms', () => {
    const copy = copyContent();
    const before = snapshot(copy);
    // fixture-listens is already an item of level 1, in another section: ids are unique within a level.
    const items = writeSheet(
      copy,
      'items.csv',
      'level,competency,section,id,text\n1,fixture-people,common-struggles,fixture-listens,Fixture struggle\n',
    );
    const result = importSpreadsheet(copy.root, { items });
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(
      'The imported content would have 1 problem (CONTRIBUTING.md, "What the errors mean"):',
    );
    expect(result.lines[1]).toMatch(
      /^content\/sections\/level-1\/fixture-people\/key-behaviors\.mdx:\d+:\d+ items\[0\]\.id duplicate id "fixture-listens": level 1 already uses it in content\/sections\/level-1\/fixture-people\/common-struggles\.mdx:\d+:\d+$/,
    );
    expect(snapshot(copy)).toEqual(before);
  });

  it("adds sections to the levels content/ has, without levels.csv, keeping the manifest's promises", () => {
    const copy = copyContent();
    const items = writeSheet(
      copy,
      'items.csv',
      'level,competency,section,id,text\n2,fixture-people,build-these-habits,fixture-habit-listen,"Fixture habit: listen, then ask"\n',
    );
    const result = importSpreadsheet(copy.root, { items });
    expect(result.lines).toEqual([
      'Imported 1 item in 1 section of 1 level from items.csv:',
      '  wrote content/sections/level-2/fixture-people/build-these-habits.mdx',
      'The content compiles with no problem. Next: npm run dev to read it, npm run permalinks when you publish, npm test.',
    ]);
    const habit = readModel(copy.root).levels[1]?.sections.find((section) => section.kind === 'build-these-habits' && section.competency === 'fixture-people');
    expect(habit?.items[0]?.text.plain).toBe('Fixture habit: listen, then ask');
  });

  it("into new-handbook's own framework: the placeholder level stays when rows name it, its section goes", () => {
    const copy = copyContent();
    newHandbook(copy.root, { force: true });
    const items = writeSheet(
      copy,
      'items.csv',
      'level,competency,section,id,text,subpoints\n1,,common-struggles,fixture-struggle,Fixture struggle,\n1,your-competency,focus-summary,fixture-focus,Fixture focus,\n',
    );
    const result = importSpreadsheet(copy.root, { items });
    expect(result.ok).toBe(true);
    expect(result.lines).toContain('  removed the placeholder content/sections/level-1/key-behaviors.mdx');
    expect(copy.read('content/levels/level-1.mdx')).toBe(starterFiles[1]?.text);
    expect(itemsOf(readModel(copy.root))).toEqual([
      "1 your-competency Common Struggles #fixture-struggle: Fixture struggle",
      "1 your-competency Focus Summary #fixture-focus: Fixture focus",
    ]);
  });

  it('needs the framework file, and the spreadsheets it is given', () => {
    const copy = copyContent();
    const before = snapshot(copy);
    expect(importSpreadsheet(copy.root, { items: sheet('missing.csv') }).lines).toEqual([
      'The import cannot read its files:',
      'missing.csv:1:1 no such file',
      'Nothing was written.',
    ]);
    copy.write('content/framework/handbook.mdx', '---\nname: [\n---\n');
    const broken = importSpreadsheet(copy.root, { items: ladderItems });
    expect(broken.ok).toBe(false);
    expect(broken.lines[1]).toMatch(/^content\/framework\/handbook\.mdx:\d+:\d+ YAML: /);
    rmSync(copy.path('content/framework'), { recursive: true });
    expect(importSpreadsheet(copy.root, { items: ladderItems }).lines[0]).toMatch(
      /^The import needs the framework file first, content\/framework\/handbook\.mdx.*npm run new-handbook\.$/,
    );
    const framework = copy.path('content/framework/handbook.mdx');
    expect(snapshot(copy)).toEqual(
      Object.fromEntries(Object.entries(before).filter(([file]) => file !== framework)),
    );
  });

  it('is the npm script: exit 1 with the bad rows on stderr, exit 0 with what it wrote', () => {
    const copy = freshLadder();
    const bad = writeSheet(copy, 'bad.csv', 'level,competency,section,id,text\n9,fixture-craft,key-behaviors,fixture-x,Fixture x\n');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/import.ts', '--root', copy.root, ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: copy.root },
      });
    const refused = run(bad.path);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      'The spreadsheet has 1 problem:\nbad.csv:2:1 level no level has id 9 (levels: 1): add its file to content/levels/, or give --levels levels.csv\nNothing was written.\n',
    );
    const done = run(ladderItems.path, '--levels', ladderLevels.path);
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/^Imported 27 items in 20 sections of 5 levels/);
    expect(run().stderr).toMatch(/^usage: npm run import -- items\.csv/);
  }, 30_000); // each run starts tsx: seconds on a busy machine

  it('imports the examples CONTRIBUTING.md gives, and reports its example mistakes as it shows them', () => {
    const guide = readFileSync(join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## Import from a spreadsheet'), guide.indexOf('## Add an item'));
    const [items = '', levels = ''] = [...section.matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1]);
    const shown = /```\nThe spreadsheet has 2 problems:\n([\s\S]*?)\nNothing was written\.\n```/.exec(section)?.[1];
    const copy = copyContent();
    newHandbook(copy.root, { force: true });
    copy.edit('content/framework/handbook.mdx', (text) =>
      text.replace(
        /competencies:\n[\s\S]*?\n---/,
        'competencies:\n  - id: craft\n    title: Craft\n  - id: people\n    title: People\n---',
      ),
    );

    const spoilt = writeSheet(
      copy,
      'items.csv',
      items.replace('1,craft,key-behaviors,asks-questions', '1,crafts,key-behaviors,asks-questions').replace('ships-on-time', 'Ships On Time'),
    );
    const refused = importSpreadsheet(copy.root, { items: spoilt, levels: writeSheet(copy, 'levels.csv', levels) });
    expect(refused.lines.slice(1, -1)).toEqual(shown?.split('\n'));

    const result = importSpreadsheet(copy.root, {
      items: writeSheet(copy, 'items.csv', items),
      levels: writeSheet(copy, 'levels.csv', levels),
    });
    expect(result.ok).toBe(true);
    const handbook = readModel(copy.root);
    expect(itemsOf(handbook)).toEqual([
      '1 craft Key Behaviors #shares-widgets: Shares widgets with the team',
      '1 craft Key Behaviors #asks-questions: Asks questions early',
      '2 craft Success Indicators #ships-on-time: Ships widgets on time',
    ]);
    const asks = handbook.levels[0]?.sections[0]?.items[1];
    expect(asks?.subpoints.map((subpoint) => subpoint.markdown)).toEqual(['Before starting', 'When stuck']);
  });
});
