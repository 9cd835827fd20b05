/**
 * The permalink promise in the built HTML: every URL a manifest records is served, as its page or as a
 * redirect page, and its `#fragment` names an element of the page it lands on. For the Level 4 fixture and the
 * fixture ladder as they are, and for a ladder changed the ways the guard's remedies answer (an item
 * moved between sections, a section's kind changed, a section removed, a level merged into another)
 * with every remedy followed.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { MANIFEST_FILE } from '../../src/pipeline/content-files';
import { runBuild } from '../support/build-sites';
import { copyContent, removeCopies } from '../support/content-copy';
import { followGuard } from '../support/guard-remedies';
import { isDataFile, readPages } from '../support/html';
import { ladderSites, level4Sites, output, type BuiltSite } from '../support/sites';

afterAll(removeCopies);

const recorded = (root: string) =>
  (JSON.parse(readFileSync(join(root, MANIFEST_FILE), 'utf8')) as { urls: string[] }).urls;

/** The HTML served at a URL path (`/levels/1/`) of a site, if any. */
function served(site: BuiltSite, path: string) {
  const file = join(site.dir, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  return existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
}

/** Why a recorded URL does not land in the built site; undefined when it does. */
function missing(site: BuiltSite, url: string): string | undefined {
  const [path = '', fragment] = url.split('#');
  // Data the pages read (the changelog's feed, since-a-release data) is a file of its own.
  if (isDataFile(path)) return existsSync(join(site.dir, path.slice(1))) ? undefined : 'no file';
  let document = served(site, path);
  if (!document) return 'no page';
  // A redirect page sends the reader on, with the fragment: the fragment must be where it lands.
  const movedTo = document.querySelector('body')?.getAttribute('data-moved-to');
  if (movedTo !== undefined) {
    document = served(site, `/${movedTo.slice(site.base.length)}`);
    if (!document) return `a redirect to ${movedTo}, which is no page`;
  }
  if (fragment !== undefined && !document.querySelector(`[id="${fragment}"]`)) return `no #${fragment}`;
  return undefined;
}

describe.each([...level4Sites, ...ladderSites])('the URLs the manifest records, $name', (site) => {
  it('all land: each page is served, each fragment names an element where it lands', () => {
    const lost = recorded(site.root).flatMap((url) => {
      const why = missing(site, url);
      return why ? [`${url}: ${why}`] : [];
    });
    expect(lost).toEqual([]);
  });
});

describe('a fixture ladder changed, with every remedy the guard gave followed', () => {
  it('builds, and every URL the manifest records lands', async () => {
    const copy = copyContent(undefined, output);
    const site: BuiltSite = {
      name: 'changed ladder',
      base: '/',
      dir: join(copy.root, 'dist'),
      root: copy.root,
    };
    // An item moved to another section of its level.
    const item =
      '  - id: fixture-asks-questions\n    text: Fixture behavior, asks *fixture* questions early\n';
    copy.edit('content/sections/level-1/fixture-craft/key-behaviors.mdx', (text) => text.replace(item, ''));
    copy.edit('content/sections/level-1/fixture-craft/signals-youre-ready-to-level-up.mdx', (text) =>
      text.replace('items:\n', `items:\n${item}`),
    );
    // A section's kind changed, and its page with it.
    const signals = 'content/sections/level-3-manager/fixture-people/signals-youre-ready-to-level-up.mdx';
    const struggles = 'content/sections/level-3-manager/fixture-people/common-struggles.mdx';
    copy.edit(signals, (text) =>
      text.replace('kind: signals-youre-ready-to-level-up', 'kind: common-struggles'),
    );
    renameSync(copy.path(signals), copy.path(struggles));
    // A section removed.
    rmSync(copy.path('content/sections/level-2/fixture-people/seek-feedback.mdx'));
    // A level merged into the one before it.
    rmSync(copy.path('content/levels/level-fixture-principal.mdx'));
    rmSync(copy.path('content/sections/level-fixture-principal'), { recursive: true });
    followGuard(copy, {
      item: () => undefined,
      level: () => 'content/levels/level-3-ic.mdx',
      section: (_, level) =>
        ({
          '2': 'content/sections/level-2/fixture-people/common-struggles.mdx',
          '3-ic': 'content/sections/level-3-ic/fixture-craft/key-behaviors.mdx',
          '3-manager': struggles,
        })[level] ?? '',
    });

    const { code, output: log } = await runBuild(site);
    expect(code, log).toBe(0);
    const urls = recorded(copy.root);
    expect(urls.filter((url) => missing(site, url) !== undefined)).toEqual([]);
    // What formerIds and moved items add to pages keeps each id naming one element.
    for (const built of readPages(site)) {
      const ids = built.document.querySelectorAll('[id]').map((element) => element.getAttribute('id'));
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        built.path,
      ).toEqual([]);
    }
    // What the changes left behind, as a reader meets it.
    const pointer = served(site, '/levels/1/key-behaviors/')?.querySelector('[id="fixture-asks-questions"]');
    expect(pointer?.text).toBe(
      "“Fixture behavior, asks fixture questions early” has moved to another section: Fixture Signals You're Ready to Level Up.",
    );
    expect(pointer?.querySelector('a')?.getAttribute('href')).toBe(
      '/levels/1/signals-youre-ready-to-level-up/#fixture-asks-questions',
    );
    for (const [from, to] of [
      ['/levels/3-manager/signals-youre-ready-to-level-up/', '/levels/3-manager/common-struggles/'],
      ['/levels/2/seek-feedback/', '/levels/2/common-struggles/'],
      ['/levels/fixture-principal/', '/levels/3-ic/'],
      ['/compare/3-ic/fixture-principal/', '/levels/3-ic/'],
    ]) {
      expect(
        served(site, from ?? '')
          ?.querySelector('body')
          ?.getAttribute('data-moved-to'),
        from,
      ).toBe(to);
    }
  }, 180_000);
});
