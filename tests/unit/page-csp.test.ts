/**
 * Each page's policy keeps the hashes of its own inline code only (src/integrations/page-csp.ts):
 * what it carries inline still runs, and nothing else is allowed by hash.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import pageCsp, { narrowPolicy } from '../../src/integrations/page-csp';
import { leanDynamicImports } from '../../src/integrations/lean-dynamic-imports';

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

describe('the integration', () => {
  it('narrows every page of the built site, and leaves pages it need not touch as they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-csp-'));
    try {
      mkdirSync(join(dir, 'levels'));
      const policy = `script-src 'self' ${hash('x')}`;
      writeFileSync(join(dir, 'levels', 'index.html'), page(policy, ''));
      writeFileSync(join(dir, 'index.html'), page(`script-src 'self'`, ''));
      writeFileSync(join(dir, 'data.json'), '{}');
      const hook = pageCsp().hooks['astro:build:done'];
      void hook?.({ dir: pathToFileURL(`${dir}/`) } as unknown as Parameters<NonNullable<typeof hook>>[0]);
      expect(readFileSync(join(dir, 'levels', 'index.html'), 'utf8')).toContain(
        `content="script-src 'self'"`,
      );
      expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(page(`script-src 'self'`, ''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a page alone whose policy it cannot find written as parsed', () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="script-src &#39;${hash('x').slice(1, -1)}&#39;">`;
    expect(narrowPolicy(html)).toBe(html);
    expect(narrowPolicy('<meta http-equiv="content-security-policy">')).toBe(
      '<meta http-equiv="content-security-policy">',
    );
  });
});

describe('lean dynamic imports', () => {
  it('replaces Vite’s preloading helper, for pages only', () => {
    const plugin = leanDynamicImports();
    const load = plugin.load as (id: string) => string | undefined;
    expect(load('\0vite/preload-helper.js')).toBe('export const __vitePreload = (load) => load();');
    expect(load('/src/client/enhance.ts')).toBeUndefined();
    const applies = plugin.applyToEnvironment as (environment: { config: { consumer: string } }) => boolean;
    expect(applies({ config: { consumer: 'client' } })).toBe(true);
    expect(applies({ config: { consumer: 'server' } })).toBe(false);
  });
});
