import { describe, expect, it } from 'vitest';
import { renderInline, toPlainText } from '../../src/pipeline/model/inline-markdown';

describe('renderInline', () => {
  it('renders emphasis without wrapping it in a paragraph', () => {
    expect(renderInline('not just *what* gets built')).toBe('not just <em>what</em> gets built');
  });
  it('escapes ampersands', () => {
    expect(renderInline('clarity & focus')).toBe('clarity &amp; focus');
  });
  it('uses curly apostrophes and quotes, as the MDX bodies do', () => {
    expect(renderInline(`they're "ready"`)).toBe('they’re “ready”');
  });
  it('leaves quotes in code and escaped characters straight', () => {
    expect(renderInline('`"x"` \\"y\\"')).toBe('<code>"x"</code> "y"');
  });
  it('keeps only emphasis, strong, code and safe links, whatever the text holds', () => {
    expect(renderInline('Hi <img src=x onerror=alert(1)><script>alert(1)</script><style>p{}</style>')).toBe(
      'Hi ',
    );
    expect(renderInline('[x](javascript:alert(1)) [y](/levels/4/#a) [z](https://example.org)')).toBe(
      '<a>x</a> <a href="/levels/4/#a">y</a> <a href="https://example.org">z</a>',
    );
    expect(renderInline('<iframe src="https://example.org"></iframe>*a* **b**')).toBe(
      '<em>a</em> <strong>b</strong>',
    );
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
  it('keeps dashes and curls apostrophes', () => {
    expect(toPlainText("What assumptions are we making—and are they still true? They're")).toBe(
      'What assumptions are we making—and are they still true? They’re',
    );
  });
});
