/**
 * Releases as data: `npm run release` records the content at the framework's version, refuses while
 * anything is wrong, and never writes half a release; the reader refuses a release edited by hand,
 * renamed, or older than the framework's version. On the fixture with three releases
 * (tests/fixtures/versions/).
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { formatProblem } from '../../src/pipeline/problems';
import { recordRelease } from '../../src/cli/authoring/release';
import { releaseFileSchema } from '../../src/schemas/release';
import { checksumOf, contentOf, releaseFile } from '../../src/pipeline/releases/snapshot';
import { copyContent, removeCopies } from '../support/content-copy';
import { changelogOf } from '../../src/site/releases';
import { repoRoot } from '../support/sites';

afterEach(removeCopies);
const versions = (step: string) => join(repoRoot, 'tests/fixtures/versions', step);
const framework = 'content/framework/handbook.mdx';
const problemsIn = (root: string) => compileContent(root).problems.map(formatProblem);
const releasesIn = (root: string) => readdirSync(join(root, 'content/releases')).sort();
const readRelease = (root: string, version: string) =>
  releaseFileSchema.parse(JSON.parse(readFileSync(join(root, releaseFile(version)), 'utf8')));

/** The content of release 2026.1 without its release, as it was before `npm run release`. */
function unreleased() {
  const copy = copyContent(versions('2026.1'));
  rmSync(copy.path('content/releases'), { recursive: true });
  copy.edit('content/permalinks.json', (text) => text.replace(/ *"\/changes\/[^"]*",\n/g, ''));
  return copy;
}

describe('the fixture releases', () => {
  it.each(['2026.1', '2026.2', '2026.3'])('compile at %s, each release read and sealed', (step) => {
    const { handbook, problems } = compileContent(versions(step));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(handbook?.version).toBe(step);
    expect(handbook?.releases.map((release) => release.version)).toEqual(
      ['2026.1', '2026.2', '2026.3'].filter((version) => version <= step),
    );
  });

  it('record everything citable: ids, words as text and HTML, level, section, sub-points', () => {
    const release = readRelease(versions('2026.3'), '2026.3');
    expect(release.released).toBe('2026-06-01');
    const design = release.items.find((item) => item.id === 'fixture-leads-design');
    expect(design).toMatchObject({
      level: 'fixture-senior',
      kind: 'key-behaviors',
      text: { plain: 'Leads the fixture design review for the team' },
    });
    expect(design?.subpoints.map((point) => point.plain)).toContain('Follows up on fixture actions');
    expect(release.levels.find((level) => level.id === 'fixture-senior')?.formerIds).toEqual(['2']);
    expect(checksumOf(contentOf(release))).toBe(release.checksum);
  });
});

describe('npm run release', () => {
  it('records the content at its version, and the URLs it publishes, changelog included', () => {
    const copy = unreleased();
    const result = recordRelease(copy.root, '2026-01-15');
    expect(result).toMatchObject({ ok: true });
    expect(result.lines[0]).toBe(
      'content/releases/2026.1.json: release 2026.1 of 2026-01-15, 2 levels, 9 items',
    );
    expect(copy.read(releaseFile('2026.1'))).toBe(readFileSync(join(versions('2026.1'), releaseFile('2026.1')), 'utf8'));
    const urls = (JSON.parse(copy.read('content/permalinks.json')) as { urls: string[] }).urls;
    expect(urls).toEqual(expect.arrayContaining(['/changes/', '/changes/feed.xml', '/changes/since-2026.1.json']));
    expect(problemsIn(copy.root)).toEqual([]);
  });

  it('says a release already recorded, when nothing has changed, and writes nothing', () => {
    const copy = copyContent(versions('2026.1'));
    const before = copy.read(releaseFile('2026.1'));
    expect(recordRelease(copy.root, '2026-02-01')).toEqual({
      ok: true,
      lines: ['release 2026.1 is already recorded, and nothing has changed since'],
    });
    expect(copy.read(releaseFile('2026.1'))).toBe(before);
  });

  it('refuses to record changed content under a version already released', () => {
    const copy = copyContent(versions('2026.1'));
    copy.edit('content/sections/level-1/key-behaviors.mdx', (text) =>
      text.replace('for every fixture change', 'for each fixture change'),
    );
    const result = recordRelease(copy.root, '2026-02-01');
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([
      `release 2026.1 is already recorded (content/releases/2026.1.json) and the content has changed since: raise version in ${framework} to release the changes`,
      'no release was recorded',
    ]);
    expect(releasesIn(copy.root)).toEqual(['2026.1.json']);
  });

  it('refuses a new version when nothing citable changed', () => {
    const copy = copyContent(versions('2026.1'));
    copy.edit(framework, (text) => text.replace("version: '2026.1'", "version: '2026.2'"));
    const result = recordRelease(copy.root, '2026-02-01');
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(
      'nothing citable has changed since release 2026.1: there is nothing to release as 2026.2',
    );
    expect(releasesIn(copy.root)).toEqual(['2026.1.json']);
  });

  it('refuses while the content check fails, and writes nothing', () => {
    const copy = unreleased();
    copy.edit('content/sections/level-1/key-behaviors.mdx', (text) =>
      text.replace('id: fixture-asks-for-review', 'id: fixture-writes-tests'),
    );
    const result = recordRelease(copy.root, '2026-01-15');
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toMatch(
      /content\/sections\/level-1\/key-behaviors\.mdx:\d+:\d+ items\[1\]\.id duplicate id "fixture-writes-tests"/,
    );
    expect(result.lines.join('\n')).toContain('no release was recorded');
    expect(existsSync(copy.path('content/releases'))).toBe(false);
  });

  it('refuses while the permalink guard fails: an item removed whose link was published', () => {
    const copy = copyContent(versions('2026.3'));
    copy.edit(framework, (text) => text.replace("version: '2026.3'", "version: '2026.4'"));
    copy.edit('content/sections/level-1/common-struggles.mdx', (text) =>
      text.replace(/ {2}- id: fixture-struggles-to-plan\n.*\n/, ''),
    );
    const result = recordRelease(copy.root, '2026-07-01');
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toContain('/levels/1/#fixture-struggles-to-plan');
    expect(releasesIn(copy.root)).toEqual(['2026.1.json', '2026.2.json', '2026.3.json']);
  });

  it('refuses without a version to release', () => {
    const copy = unreleased();
    copy.edit(framework, (text) => text.replace("version: '2026.1'\n", ''));
    expect(recordRelease(copy.root, '2026-01-15')).toEqual({
      ok: false,
      lines: [
        `${framework}:1:1 version is missing: name the version to release in the framework file (version: 2026.1, or 1.0.0)`,
        'no release was recorded',
      ],
    });
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(recordRelease(unreleased().root, '15/01/2026')).toMatchObject({ ok: false });
  });
});

describe('release files are checked as they are read', () => {
  it('refuses a release edited by hand, at its checksum', () => {
    const copy = copyContent(versions('2026.2'));
    copy.edit(releaseFile('2026.1'), (text) =>
      text.replace('Writes fixture tests for every fixture change"', 'Writes fixture tests for some fixture changes"'),
    );
    expect(problemsIn(copy.root)).toEqual([
      expect.stringMatching(
        /^content\/releases\/2026\.1\.json:\d+:\d+ checksum this release was edited after npm run release wrote it/,
      ),
    ]);
  });

  it('refuses a release under another name than its version', () => {
    const copy = copyContent(versions('2026.2'));
    renameSync(copy.path(releaseFile('2026.1')), copy.path('content/releases/2026.0.json'));
    expect(problemsIn(copy.root)).toEqual([
      expect.stringMatching(
        /^content\/releases\/2026\.0\.json:\d+:\d+ version release 2026\.1 must be in content\/releases\/2026\.1\.json/,
      ),
    ]);
  });

  it('refuses a release that is not strict JSON, naming the tool that writes it', () => {
    const copy = copyContent(versions('2026.1'));
    copy.edit(releaseFile('2026.1'), (text) => text.replace(/\n}\n$/, ',\n}\n'));
    expect(problemsIn(copy.root).join('\n')).toContain('npm run release writes it');
  });

  it('refuses a framework version older than the latest release', () => {
    const copy = copyContent(versions('2026.2'));
    copy.edit(framework, (text) => text.replace("version: '2026.2'", "version: '2026.1'"));
    expect(problemsIn(copy.root)).toEqual([
      expect.stringMatching(
        /^content\/framework\/handbook\.mdx:4:\d+ version 2026\.1 is older than the latest release, 2026\.2/,
      ),
    ]);
  });

  it('asks for a version once there are releases', () => {
    const copy = copyContent(versions('2026.1'));
    copy.edit(framework, (text) => text.replace("version: '2026.1'\n", ''));
    expect(problemsIn(copy.root)).toEqual([
      expect.stringContaining('version is missing: content/releases/2026.1.json records release 2026.1'),
    ]);
  });

  it('asks for a version in quotes, as YAML reads 2026.10 as a number', () => {
    const copy = copyContent(versions('2026.1'));
    copy.edit(framework, (text) => text.replace("version: '2026.1'", 'version: 2026.10'));
    expect(problemsIn(copy.root)).toEqual([
      expect.stringContaining("version must be written in quotes, version: '2026.1'"),
    ]);
  });

  it('reports a stray file among the releases', () => {
    const copy = copyContent(versions('2026.1'));
    copy.write('content/releases/notes.txt', 'fixture');
    expect(problemsIn(copy.root).join('\n')).toContain('content/releases/notes.txt:1:1 this file is not part of the handbook');
  });
});

describe('a release of a framework with scales (the fixture matrix)', () => {
  it("records each item's values by scale id, names the scales, and the changelog says a value changed by the scale's title", () => {
    const copy = copyContent(join(repoRoot, 'tests/fixtures/matrix'));
    copy.edit(framework, (text) => text.replace('competencies:\n', "version: '1.0'\ncompetencies:\n"));
    expect(recordRelease(copy.root, '2026-01-15').ok).toBe(true);
    const first = readRelease(copy.root, '1.0');
    expect(first.scales).toEqual([{ id: 'proficiency', title: 'Fixture proficiency' }]);
    const statement = '4a80c61e-c23a-529b-83c9-38e3dc753bb8';
    expect(first.items.find((item) => item.id === statement)?.attributes).toEqual({ proficiency: 'Awareness' });

    const security = 'content/sections/level-fixture-2/fixture-security/statements.mdx';
    copy.edit(security, (text) => text.replace('proficiency: Awareness', 'proficiency: Practitioner'));
    copy.edit(framework, (text) => text.replace("version: '1.0'", "version: '1.1'"));
    expect(recordRelease(copy.root, '2026-02-15').ok).toBe(true);
    const [latest] = changelogOf(compileContent(copy.root).handbook ?? fail());
    expect(latest?.items.map((change) => change.attributes)).toEqual([
      [{ scale: 'Fixture proficiency', then: 'Awareness', now: 'Practitioner' }],
    ]);
    expect(latest?.counts).toMatchObject({ attributes: 1, reworded: 0, moved: 0 });
  });
});

function fail(): never {
  throw new Error('the content did not compile');
}
