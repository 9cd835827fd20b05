/**
 * `astro dev` while an editor saves by truncating a file and then writing it, and while content is
 * broken for a reader without JavaScript: a save never leaves a stale error, and the 500 page says the
 * `file:line:col` line as text (plain fetch, no browser).
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, removeCopies } from '../support/content-copy';
import { answer, startDevServer, type DevServer } from '../support/dev-server';
import { ladderFixture, output } from '../support/sites';

/** The author's project: a copy of the fixture ladder's content inside this one, so Astro finds its packages. */
const copy = copyContent(ladderFixture, output);
const file = 'content/sections/level-1/fixture-people/key-behaviors.mdx';
const words = 'Fixture behavior, listens to fixture peers';
let server: DevServer;

beforeAll(async () => {
  server = await startDevServer(copy.root);
}, 90_000);

afterAll(() => {
  server.stop('dev-settle');
  removeCopies();
});

/** A page's text with the HTML escapes of its characters undone. */
const textOf = (html: string) =>
  html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');

/** The handbook-content lines the terminal printed from `since` on. */
const contentLines = (since: number) =>
  server
    .log()
    .slice(since)
    .split('\n')
    .filter((line) => line.includes('[handbook-content]'));

describe('astro dev, while an editor saves', () => {
  it.for([
    ['a few ms after the truncation', async () => new Promise((resolve) => setTimeout(resolve, 5))],
    [
      'after the dev server has read the empty file',
      (since: number) => server.logged(`${file}:1:1 YAML: missing frontmatter`, since),
    ],
  ] as const)(
    'never leaves a stale error when a save truncates the file, then writes it %s',
    { timeout: 90_000 },
    async ([, wait]) => {
      const level = `${server.url}levels/1/`;
      expect((await answer(level, 200)).status).toBe(200);
      const good = readFileSync(copy.path(file), 'utf8');
      const since = server.log().length;
      truncateSync(copy.path(file), 0);
      await wait(since);
      writeFileSync(copy.path(file), good);

      // Once the files have settled (150 ms), the page renders and the terminal's last word is good.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const page = await answer(level, 200);
      expect(page.status).toBe(200);
      expect(page.text).toContain(words);
      const said = contentLines(since);
      if (said.some((line) => line.includes('[ERROR]'))) {
        await server.logged('content is valid again', since);
        expect(contentLines(since).at(-1)).toContain('content is valid again');
      }
    },
  );
});

describe('astro dev, while content is broken, to a reader without JavaScript', () => {
  it(
    'answers every page with status 500 and the file:line:col line as text, and recovers when fixed',
    {
      timeout: 90_000,
    },
    async () => {
      const good = readFileSync(copy.path(file), 'utf8');
      const line = `${file}:7:5 items[0].id duplicate id "fixture-shares-widgets": level 1 already uses it in content/sections/level-1/fixture-craft/key-behaviors.mdx:7:5`;
      const since = server.log().length;
      writeFileSync(copy.path(file), good.replace('id: fixture-listens', 'id: fixture-shares-widgets'));
      try {
        await server.logged(line, since);
        // The home page, a level, a section page, a comparison, and an address that is no page.
        for (const path of ['', 'levels/1/', 'levels/2/fixture-craft/', 'compare/1/2/', 'fixture-nothing/']) {
          const response = await answer(`${server.url}${path}`, 500, 'ContentError');
          expect(response.status, path).toBe(500);
          const body = response.text;
          expect(textOf(body), path).toContain(
            'The handbook content has 1 problem; pages show this until it is fixed.',
          );
          expect(textOf(body), path).toContain(line);
        }
      } finally {
        writeFileSync(copy.path(file), good);
      }
      await server.logged('content is valid again', since);
      const fixed = await answer(`${server.url}levels/1/`, 200);
      expect(fixed.status).toBe(200);
      expect(fixed.text).toContain(words);
    },
  );
});
