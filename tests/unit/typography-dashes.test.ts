/** Dashes in item text: `---` is an em dash, `--` an en dash, the same in HTML and in plain text. */
import { describe, expect, it } from 'vitest';
import { renderInline, toPlainText } from '../../src/pipeline/model/inline-markdown';

describe('dashes in inline text', () => {
  it.each([
    ['fixture vision---', 'fixture vision—'],
    ['fixture vision---and more', 'fixture vision—and more'],
    ['fixture vision --- and more', 'fixture vision — and more'],
    ['fixture pages 3--5', 'fixture pages 3–5'],
    ['fixture a -- b', 'fixture a – b'],
    ['fixture *vision*---', 'fixture vision—'],
    ['fixture well-known', 'fixture well-known'],
  ])('%s reads "%s"', (source, expected) => {
    expect(toPlainText(source)).toBe(expected);
    expect(renderInline(source).replace(/<\/?em>/g, '')).toBe(expected);
  });

  it('never shows an em dash followed by a hyphen for three hyphens', () => {
    for (const source of ['a---', '---a', 'a --- b', '**a**---**b**'])
      expect(renderInline(source)).not.toMatch(/—-/);
  });

  it('leaves dashes in code as written', () => {
    expect(renderInline('`a---b`')).toBe('<code>a---b</code>');
  });
});
