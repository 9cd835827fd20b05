/**
 * A problem line says each thing once: the field's name is not repeated at the start of its message,
 * and a failed build prints the problem lines with no stack trace after them (not even an empty one).
 */
import { describe, expect, it } from 'vitest';
// Astro's own formatter of the error a build or `astro check` stops with (src/cli/throw-and-exit.js in
// Astro runs the error through both): not a public export, so reached by its path.
import { collectErrorMetadata } from '../../node_modules/astro/dist/core/errors/dev/index.js';
import { formatErrorMessage } from '../../node_modules/astro/dist/core/messages/runtime.js';
import {
  afterField,
  ContentError,
  formatProblem,
  lastFieldName,
  type ContentProblem,
} from '../../src/pipeline/problems';

const at = (field: string, message: string): ContentProblem => ({
  file: 'content/levels/level-3.mdx',
  line: 4,
  column: 1,
  field,
  message,
});

describe('lastFieldName', () => {
  it('is the last name of a field path, without list indexes', () => {
    expect(lastFieldName('rank')).toBe('rank');
    expect(lastFieldName('items[1].id')).toBe('id');
    expect(lastFieldName('items[1].related[0]')).toBe('related');
    expect(lastFieldName('competencies[0].id')).toBe('id');
    expect(lastFieldName('fixture gadgets[1]')).toBe('fixture gadgets');
    expect(lastFieldName('')).toBe('');
  });
});

describe('formatProblem', () => {
  it.each([
    ['rank', "rank 3 is also level 3-ic's", "rank 3 is also level 3-ic's"],
    [
      'items[0].id',
      'id "mindset-shift" is used by the page itself',
      'items[0].id "mindset-shift" is used by the page itself',
    ],
    ['competencies[1].id', 'ID "closing" is taken', 'competencies[1].id "closing" is taken'],
    ['items[1].related[0]', 'related item "x" is missing', 'items[1].related[0] item "x" is missing'],
    ['fixture gadgets[1]', 'fixture gadgets matches nothing', 'fixture gadgets[1] matches nothing'],
  ])('says the name of %s once, however the message starts', (field, message, expected) => {
    expect(formatProblem(at(field, message))).toBe(`content/levels/level-3.mdx:4:1 ${expected}`);
  });

  it.each([
    ['rank', 'ranking is by number'],
    ['id', 'identical ids'],
    ['level', 'no level has id 9'],
    ['kind', 'level 1 already has a "key-behaviors" section'],
    ['title', 'is empty (expected string)'],
    ['text', 'text'],
    ['', 'YAML: missing frontmatter'],
  ])('leaves alone a message of %s that does not repeat it', (field, message) => {
    expect(afterField(at(field, message))).toBe(message);
    expect(formatProblem(at(field, message))).toBe(
      `content/levels/level-3.mdx:4:1 ${field ? `${field} ` : ''}${message}`,
    );
  });
});

describe('ContentError', () => {
  const problems = [at('rank', "3 is also level 3-ic's"), at('', 'YAML: missing frontmatter')];

  it('carries its problems as lines, under a heading that counts them', () => {
    const error = new ContentError(problems);
    expect(error.message).toBe(
      [
        'The handbook content has 2 problems; nothing was built.',
        "content/levels/level-3.mdx:4:1 rank 3 is also level 3-ic's",
        'content/levels/level-3.mdx:4:1 YAML: missing frontmatter',
      ].join('\n'),
    );
    expect(error.name).toBe('ContentError');
    expect(error).toBeInstanceOf(Error);
  });

  it('is printed by Astro as its problem lines alone, with no "Stack trace:" after them', () => {
    const error = new ContentError(problems);
    // As `astro build` prints a fatal error: metadata collected, then formatted with the full stack.
    for (const full of [true, false]) {
      const printed = formatErrorMessage(collectErrorMetadata(error), full);
      expect(printed).toBe(error.message);
      expect(printed).not.toMatch(/Stack trace|\n\s*$/);
    }
  });

  it('shows Astro that a plain error would have printed a stack trace (so the test above can fail)', () => {
    const printed = formatErrorMessage(collectErrorMetadata(new Error('plain')), true);
    expect(printed).toContain('Stack trace:');
  });
});
