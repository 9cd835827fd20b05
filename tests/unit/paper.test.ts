import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cssString, printMarginsCss, styleHash } from '../../src/site/paper';

describe("a printed page's margins", () => {
  it('write any title as one CSS string that can end neither the string nor the <style> element', () => {
    expect(cssString('Level 4 rubric')).toBe('"Level 4 rubric"');
    expect(cssString('Say "yes" \\ no')).toBe('"Say \\"yes\\" \\\\ no"');
    expect(cssString('a</style><script>')).toBe('"a\\3C /style\\3E \\3C script\\3E "');
    expect(cssString('two\nlines')).toBe('"two\\A lines"');
  });

  it('put the title top left and "Page n of N" bottom right, on paper only', () => {
    const css = printMarginsCss('Level 4 rubric');
    expect(css).toMatch(/^@media print\{@page\{/);
    expect(css).toContain('@top-left{content:"Level 4 rubric"}');
    expect(css).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages)}');
  });

  it('are allowed by the SHA-256 of exactly their text, as a Content-Security-Policy source', async () => {
    const css = printMarginsCss('Level 4 rubric');
    expect(await styleHash(css)).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
    expect(await styleHash(css)).not.toBe(await styleHash(`${css} `));
  });
});
