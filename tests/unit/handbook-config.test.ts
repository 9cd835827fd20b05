/** The fork's settings from the environment: each checked, a wrong one said in one line naming its variable. */
import { describe, expect, it, vi } from 'vitest';
import {
  handbookConfigFromEnvironment,
  pageDefines,
  parseBase,
  parseBranch,
  parseHandbookConfig,
  parseRepository,
} from '../../src/integrations/handbook-config';

describe('parseRepository', () => {
  it.each([undefined, '', '  '])('takes %j as no repository', (value) => {
    expect(parseRepository(value)).toEqual({ value: undefined });
  });

  it.each([
    ['https://github.com/org/handbook', 'https://github.com/org/handbook'],
    ['https://github.com/org/handbook/', 'https://github.com/org/handbook'],
    [' https://gitlab.example.org/group/sub/handbook ', 'https://gitlab.example.org/group/sub/handbook'],
  ])('takes %j as %s', (value, expected) => {
    expect(parseRepository(value)).toEqual({ value: expected });
  });

  it.each([
    'github.com/org/handbook',
    'http://github.com/org/handbook',
    'https://github.com',
    'https://github.com/',
    'https:github.com/org/handbook',
    'javascript:alert(1)',
    'https://user:secret@github.com/org/handbook',
    'https://github.com/org/handbook?tab=1',
    'https://github.com/org/handbook#readme',
    'not a url',
  ])('refuses %j in one line naming HANDBOOK_REPOSITORY', (value) => {
    expect(parseRepository(value)).toEqual({
      error: `HANDBOOK_REPOSITORY must be the repository's absolute https:// address such as https://github.com/org/handbook, found ${JSON.stringify(value)}`,
    });
  });
});

describe('parseBase', () => {
  it('takes an unset or empty base as none, and a path as it is', () => {
    expect(parseBase(undefined)).toEqual({ value: undefined });
    expect(parseBase(' ')).toEqual({ value: undefined });
    expect(parseBase('/handbook/')).toEqual({ value: '/handbook/' });
    expect(parseBase('/')).toEqual({ value: '/' });
  });

  it.each(['handbook', '//evil.example', '/a/../b', '/x?y', 'https://example.org/'])(
    'refuses %j naming HANDBOOK_BASE',
    (value) => {
      expect(parseBase(value)).toEqual({
        error: `HANDBOOK_BASE must be a path that starts with / such as /handbook/, found ${JSON.stringify(value)}`,
      });
    },
  );
});

describe('parseBranch', () => {
  it('is main unless set', () => {
    expect(parseBranch(undefined)).toEqual({ value: 'main' });
    expect(parseBranch('')).toEqual({ value: 'main' });
    expect(parseBranch('release/2026')).toEqual({ value: 'release/2026' });
  });

  it.each(['a b', '../x', 'x/', '/x', 'a?b'])('refuses %j naming HANDBOOK_BRANCH', (value) => {
    expect(parseBranch(value)).toEqual({
      error: `HANDBOOK_BRANCH must be a branch name such as main, found ${JSON.stringify(value)}`,
    });
  });
});

describe('parseHandbookConfig', () => {
  it('reads every variable', () => {
    expect(
      parseHandbookConfig({
        HANDBOOK_SITE: 'https://org.github.io',
        HANDBOOK_BASE: '/handbook/',
        HANDBOOK_REPOSITORY: 'https://github.com/org/handbook',
        HANDBOOK_BRANCH: 'trunk',
      }),
    ).toEqual({
      config: {
        site: 'https://org.github.io',
        base: '/handbook/',
        repository: 'https://github.com/org/handbook',
        branch: 'trunk',
      },
    });
    expect(parseHandbookConfig({})).toEqual({
      config: { site: undefined, base: undefined, repository: undefined, branch: 'main' },
    });
  });

  it('says every wrong one, one line each', () => {
    const parsed = parseHandbookConfig({ HANDBOOK_SITE: 'nope', HANDBOOK_REPOSITORY: 'nope' });
    expect('errors' in parsed && parsed.errors.map((line) => line.split(' ')[0])).toEqual([
      'HANDBOOK_SITE',
      'HANDBOOK_REPOSITORY',
    ]);
  });
});

describe('handbookConfigFromEnvironment', () => {
  it('stops with the lines, and nothing else, when one is wrong', () => {
    const said: string[] = [];
    expect(() =>
      handbookConfigFromEnvironment({ HANDBOOK_BRANCH: 'a b' }, (lines) => {
        said.push(...lines);
        throw new Error('stopped');
      }),
    ).toThrow('stopped');
    expect(said).toEqual(['HANDBOOK_BRANCH must be a branch name such as main, found "a b"']);
  });
});

describe('pageDefines', () => {
  it('gives pages the repository and branch, or empty strings without a repository', () => {
    expect(
      pageDefines({ site: undefined, base: undefined, repository: 'https://github.com/o/r', branch: 'main' }),
    ).toEqual({
      'import.meta.env.HANDBOOK_REPOSITORY': '"https://github.com/o/r"',
      'import.meta.env.HANDBOOK_BRANCH': '"main"',
    });
    expect(pageDefines({ site: undefined, base: undefined, repository: undefined, branch: 'main' })).toEqual({
      'import.meta.env.HANDBOOK_REPOSITORY': '""',
      'import.meta.env.HANDBOOK_BRANCH': '""',
    });
  });
});

describe('a wrong setting in astro.config.mjs', () => {
  it('is said on standard error, one line each, and ends the process with status 1', () => {
    const said: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void said.push(line));
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('exited');
    }) as never);
    try {
      expect(() => handbookConfigFromEnvironment({ HANDBOOK_BASE: 'nope' })).toThrow('exited');
      expect(exit).toHaveBeenCalledWith(1);
      expect(said).toHaveLength(1);
      expect(said[0]).toContain('HANDBOOK_BASE');
    } finally {
      error.mockRestore();
      exit.mockRestore();
    }
  });
});

describe('the settings astro.config.mjs reads', () => {
  it('come from the process environment', () => {
    vi.stubEnv('HANDBOOK_BASE', '/fixture-base/');
    vi.stubEnv('HANDBOOK_REPOSITORY', '');
    try {
      expect(handbookConfigFromEnvironment().base).toBe('/fixture-base/');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
