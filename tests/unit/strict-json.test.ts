/** Where a text stops being strict JSON: the permalink manifest is JSON, not YAML or JSON5. */
import { describe, expect, it } from 'vitest';
import { strictJsonError } from '../../src/pipeline/read/strict-json';

describe('strictJsonError', () => {
  it.each([
    '{"urls": ["/", "/levels/1/"], "about": "fixture"}',
    '  [1, -2.5e3, true, false, null, "\\u00e9\\n", {}, []]  \n',
    '\uFEFF{"a": {"b": [0.5]}}',
    '"fixture"',
  ])('accepts JSON: %s', (text) => {
    expect(strictJsonError(text)).toBeUndefined();
    expect(() => JSON.parse(text.replace(/^\uFEFF/, ''))).not.toThrow();
  });

  it.each([
    ['urls:\n  - /', 0, 'expected a JSON value ({, [, ", a number, true, false or null), found "u"'],
    ['{"urls": ["/",]}', 14, 'expected a JSON value ({, [, ", a number, true, false or null), found "]"'],
    ['{"urls": []} x', 13, 'expected nothing more after the JSON value, found "x"'],
    ['{urls: []}', 1, 'expected a field name in double quotes, found "u"'],
    ["{'urls': []}", 1, 'expected a field name in double quotes, found "\'"'],
    ['{"urls" []}', 8, 'expected ":", found "["'],
    ['{"urls": [] "about": ""}', 12, 'expected "," or "}", found \'"\''],
    ['["/" "/a/"]', 5, 'expected "," or "]", found \'"\''],
    [
      '{"a": "line\nbreak"}',
      11,
      'expected a closing " (a string cannot hold a line break or a control character), found "\\n"',
    ],
    ['{"a": "open', 11, 'expected a closing ", found the end of the file'],
    ['{"a": "\\x"}', 8, 'expected an escape such as \\" or \\n, found "x"'],
    ['{"a": "\\u12G4"}', 11, 'expected four hex digits after \\u, found "G"'],
    ['[01]', 2, 'expected "," or "]", found "1"'],
    ['[-]', 1, 'expected a number, found "-"'],
    ['[tru]', 4, 'expected "true", found "]"'],
    ['', 0, 'expected a JSON value ({, [, ", a number, true, false or null), found the end of the file'],
  ])('says where %j stops being JSON', (text, offset, message) => {
    expect(strictJsonError(text)).toEqual({ offset, message });
    expect(() => JSON.parse(text)).toThrow();
  });
});
