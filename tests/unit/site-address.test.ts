/** HANDBOOK_SITE: an absolute http(s) address, or one line that names the variable and what it expects. */
import { describe, expect, it, vi } from 'vitest';
import { parseSiteAddress, siteFromEnvironment } from '../../src/integrations/site-address';

const expects = (found: string) =>
  `HANDBOOK_SITE must be an absolute https:// or http:// address such as https://handbook.example.org, found ${JSON.stringify(found)}`;

describe('parseSiteAddress', () => {
  it.each([undefined, '', '  '])('takes %j as no address', (value) => {
    expect(parseSiteAddress(value)).toEqual({ site: undefined });
  });

  it.each(['https://handbook.example.org', 'http://localhost:4321', 'https://example.org/handbook/'])(
    'takes %s as it is',
    (value) => {
      expect(parseSiteAddress(value)).toEqual({ site: value });
    },
  );

  it.each([
    'not a url',
    'handbook.example.org',
    '/handbook/',
    'ftp://example.org',
    'javascript:alert(1)',
    'https:example.org',
    'https://user:secret@example.org',
    'https://example.org/?q=1',
    'https://example.org/#top',
  ])('refuses %j in one line naming the variable', (value) => {
    expect(parseSiteAddress(value)).toEqual({ error: expects(value) });
  });
});

describe('siteFromEnvironment', () => {
  it('reads HANDBOOK_SITE', () => {
    expect(siteFromEnvironment({ HANDBOOK_SITE: 'https://example.org' })).toBe('https://example.org');
    expect(siteFromEnvironment({})).toBeUndefined();
  });

  it('stops with the line, and nothing else, when it is wrong', () => {
    const said: string[] = [];
    expect(() =>
      siteFromEnvironment({ HANDBOOK_SITE: 'not a url' }, (line) => {
        said.push(line);
        throw new Error('stopped');
      }),
    ).toThrow('stopped');
    expect(said).toEqual([expects('not a url')]);
  });
});

describe('siteFromEnvironment, as astro.config.mjs calls it', () => {
  it('says a wrong address in one line on standard error and ends the process with status 1', () => {
    const said: unknown[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void said.push(line));
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    try {
      expect(() => siteFromEnvironment({ HANDBOOK_SITE: 'not a url' })).toThrow('exit 1');
      expect(said).toEqual([expects('not a url')]);
    } finally {
      error.mockRestore();
      exit.mockRestore();
    }
  });
});
