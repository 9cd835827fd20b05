/**
 * Where a text stops being strict JSON (RFC 8259), and why. `JSON.parse` says whether it is, but names
 * a position for only some mistakes; this walks the grammar and names the first offending character
 * for every one: YAML, a trailing comma, a comment, single quotes, an unquoted key (JSON5).
 */

/** The first mistake in `text` as JSON: its offset and what was expected there; undefined when it is JSON. */
export function strictJsonError(text: string): { offset: number; message: string } | undefined {
  let at = 0;
  const fail = (expected: string): never => {
    const char = text.charAt(at);
    // A double quote is shown in single quotes: "\"" would read as noise.
    const found = at >= text.length ? 'the end of the file' : char === '"' ? `'"'` : JSON.stringify(char);
    throw new JsonMistake(at, `expected ${expected}, found ${found}`);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text.charAt(at) !== char) fail(`"${word}"`);
      at++;
    }
  };
  const string = () => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) fail('a closing "');
      const char = text.charAt(at);
      if (char === '"') {
        at++;
        return;
      }
      if (char < ' ') fail('a closing " (a string cannot hold a line break or a control character)');
      if (char === '\\') {
        at++;
        const escape = text.charAt(at);
        if (escape === 'u') {
          for (let i = 1; i <= 4; i++) {
            at++;
            if (!/[0-9a-fA-F]/.test(text.charAt(at))) fail('four hex digits after \\u');
          }
        } else if (!'"\\/bfnrt'.includes(escape) || escape === '') fail('an escape such as \\" or \\n');
      }
      at++;
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) fail('a number');
    at += match?.[0].length ?? 0;
  };
  const value = (): void => {
    space();
    const char = text.charAt(at);
    if (char === '{') {
      at++;
      space();
      if (text.charAt(at) === '}') {
        at++;
        return;
      }
      for (;;) {
        space();
        if (text.charAt(at) !== '"') fail('a field name in double quotes');
        string();
        space();
        if (text.charAt(at) !== ':') fail('":"');
        at++;
        value();
        space();
        if (text.charAt(at) === ',') {
          at++;
          continue;
        }
        if (text.charAt(at) === '}') {
          at++;
          return;
        }
        fail('"," or "}"');
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text.charAt(at) === ']') {
        at++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text.charAt(at) === ',') {
          at++;
          continue;
        }
        if (text.charAt(at) === ']') {
          at++;
          return;
        }
        fail('"," or "]"');
      }
    }
    if (char === '"') return string();
    if (char === '-' || (char >= '0' && char <= '9')) return number();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    fail('a JSON value ({, [, ", a number, true, false or null)');
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) at = 1;
    value();
    space();
    if (at < text.length) fail('nothing more after the JSON value');
    return undefined;
  } catch (error) {
    // Only `fail` throws here.
    const { offset, message } = error as JsonMistake;
    return { offset, message };
  }
}

class JsonMistake extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}
