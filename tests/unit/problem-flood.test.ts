/**
 * A flood of problems (a manifest of 200,000 lost URLs) prints its first lines and a count of the rest,
 * and the helpers that keep the permalink guard n log n answer as the scans they replace did.
 */
import { describe, expect, it } from 'vitest';
import {
  ContentError,
  formatProblems,
  PROBLEMS_SHOWN,
  problemsPage,
  type ContentProblem,
} from '../../src/pipeline/problems';
import { prefixIndex } from '../../src/pipeline/check/permalink-remedies';
import { fragmentsByPage } from '../../src/pipeline/urls/permalinks';

const lost = (count: number): ContentProblem[] =>
  Array.from({ length: count }, (_, index) => ({
    file: 'content/permalinks.json',
    line: index + 4,
    column: 5,
    field: `urls[${index}]`,
    message: `"/fixture-${index}/" was published and no longer resolves: restore what it addressed`,
  }));

describe('formatProblems', () => {
  it('prints the first 50 lines of a flood and a count of the rest', () => {
    const lines = formatProblems(lost(200_000)).split('\n');
    expect(PROBLEMS_SHOWN).toBe(50);
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines[0]).toBe('The handbook content has 200,000 problems; nothing was built.');
    expect(lines[1]).toBe(
      'content/permalinks.json:4:5 urls[0] "/fixture-0/" was published and no longer resolves: restore what it addressed',
    );
    expect(lines[50]).toMatch(/^content\/permalinks\.json:53:5 urls\[49\] /);
    expect(lines.at(-1)).toBe('… and 199,950 more problems');
  });

  it('prints every line of 50 problems, and says "1 more problem" for 51', () => {
    expect(formatProblems(lost(50)).split('\n')).toHaveLength(51);
    expect(formatProblems(lost(50))).not.toContain('more problem');
    expect(formatProblems(lost(51)).split('\n').at(-1)).toBe('… and 1 more problem');
    expect(formatProblems(lost(1), 'the manifest was not changed').split('\n')[0]).toBe(
      'The handbook content has 1 problem; the manifest was not changed.',
    );
  });

  it('is what a ContentError says, while it keeps every problem', () => {
    const error = new ContentError(lost(1_234));
    expect(error.message.split('\n')).toHaveLength(52);
    expect(error.message).toContain('… and 1,184 more problems');
    expect(error.problems).toHaveLength(1_234);
  });
});

describe('prefixIndex', () => {
  const urls = ['/levels/2/#b', '/levels/1/', '/levels/1/x/', '/levels/10/#a--b', '/'];
  const has = prefixIndex(urls);

  it('answers as a scan of every URL for startsWith would', () => {
    const prefixes = [
      '/',
      '/levels/1/',
      '/levels/1/x/',
      '/levels/1/y/',
      '/levels/10/#a--',
      '/levels/2/#',
      '/z',
      '',
    ];
    for (const prefix of prefixes) {
      expect(has(prefix), prefix).toBe(urls.some((url) => url.startsWith(prefix)));
    }
  });

  it('finds nothing in no URLs', () => {
    expect(prefixIndex([])('/')).toBe(false);
  });
});

describe('fragmentsByPage', () => {
  it("groups each URL's fragment (after its first #) under its page, and skips URLs without one", () => {
    const pages = fragmentsByPage(['/levels/1/', '/levels/1/#a', '/levels/1/#b#c', '/levels/2/x/#d']);
    expect([...pages]).toEqual([
      ['/levels/1/', ['a', 'b#c']],
      ['/levels/2/x/', ['d']],
    ]);
  });
});

describe('problemsPage', () => {
  it('carries the problem lines as text, escaped, with no script or style', () => {
    const page = problemsPage([
      {
        file: 'content/levels/level-<b>.mdx',
        line: 3,
        column: 1,
        field: 'role',
        message: 'expected "a" & \'b\'',
      },
    ]);
    expect(page).toContain(
      '<pre>content/levels/level-&#60;b&#62;.mdx:3:1 role expected &#34;a&#34; &#38; &#39;b&#39;</pre>',
    );
    expect(page).toContain(
      '<title>ContentError: The handbook content has 1 problem; pages show this until it is fixed.</title>',
    );
    expect(page).not.toMatch(/<script|<style|style=/);
  });

  it('shows a flood as the terminal does: 50 lines and a count', () => {
    const page = problemsPage(lost(3_000));
    expect(page).toContain('urls[49]');
    expect(page).not.toContain('urls[50]');
    expect(page).toContain('… and 2,950 more problems</pre>');
  });
});
