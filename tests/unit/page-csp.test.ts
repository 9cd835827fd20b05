/**
 * Each page's policy keeps the hashes of its own inline code only (src/integrations/page-csp.ts):
 * what it carries inline still runs, and nothing else is allowed by hash.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPolicy } from '../../src/integrations/page-csp';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const style = '@page{margin:1cm}';
const script = 'console.log(1)';
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;

describe('narrowing a page’s policy', () => {
  it('keeps the hashes of the inline style and script, and drops every other', () => {
    const policy = `default-src 'self'; script-src 'self' ${hash('other.js')} ${hash(script)}; style-src 'self' ${hash(style)} ${hash('other.css')};`;
    const html = page(
      policy,
      `<style>${style}</style><script>${script}</script><script type="module" src="/a.js"></script>`,
    );
    const narrowed = narrowPolicy(html);
    expect(narrowed).toContain(`script-src 'self' ${hash(script)};`);
    expect(narrowed).toContain(`style-src 'self' ${hash(style)};`);
    expect(narrowed).not.toContain(hash('other.js'));
    expect(narrowed).not.toContain(hash('other.css'));
    expect(narrowed.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('drops every hash from a page with nothing inline, and leaves a page without a policy alone', () => {
    const narrowed = narrowPolicy(page(`script-src 'self' ${hash('x')}; style-src 'self' ${hash('y')}`, ''));
    expect(narrowed).toContain(`content="script-src 'self'; style-src 'self'"`);
    const plain = '<!doctype html><html><head><style>a{}</style></head></html>';
    expect(narrowPolicy(plain)).toBe(plain);
  });
});
