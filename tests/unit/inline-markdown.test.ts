import { describe, expect, it } from 'vitest';
import { renderInline, toPlainText } from '../../src/lib/inline-markdown';

describe('renderInline', () => {
  it('renders emphasis without wrapping it in a paragraph', () => {
    expect(renderInline('not just *what* gets built')).toBe('not just <em>what</em> gets built');
  });
  it('escapes characters that are not Markdown', () => {
    expect(renderInline("they're <b> & more")).toContain('&amp;');
  });
});

describe('toPlainText', () => {
  it('keeps the words and drops the markup', () => {
    expect(toPlainText('You influence not just *what* gets built, but *why* and *how well*')).toBe(
      'You influence not just what gets built, but why and how well',
    );
  });
  it('keeps nested emphasis, code and escaped characters', () => {
    expect(toPlainText('**very *much*** `code` \\*literal\\*')).toBe('very much code *literal*');
  });
  it('leaves plain text, apostrophes and dashes as they are', () => {
    expect(toPlainText("What assumptions are we making—and are they still true? They're")).toBe(
      "What assumptions are we making—and are they still true? They're",
    );
  });
});
