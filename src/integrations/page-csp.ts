/**
 * Each page's Content-Security-Policy names only the hashes of the code written inline in it.
 *
 * Astro's `security.csp` puts in every page's policy a hash of every script and stylesheet the site
 * builds, its files too, which `'self'` already allows: each lazily loaded script added some 50
 * bytes gzip (a hash does not compress) to every page. After the build, this keeps in each page's
 * policy the hashes of the inline `<script>` and `<style>` elements that page has, and drops the rest;
 * the policy is as strict as before, or stricter. Pages without a policy are left as they are.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page with its policy's hashes narrowed to those of its own inline code. */
export function narrowPolicy(html: string): string {
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  const meta = root
    .querySelectorAll('meta')
    .find((element) => element.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  const policy = meta?.getAttribute('content');
  if (!meta || policy === undefined) return html;
  const inline = new Set(
    [...root.querySelectorAll('script'), ...root.querySelectorAll('style')]
      .filter((element) => !element.hasAttribute('src'))
      .map((element) => sha256(element.rawText)),
  );
  const narrowed = policy.replace(/ ?'sha256-[A-Za-z0-9+/=]+'/g, (hash) =>
    inline.has(hash.trim()) ? hash : '',
  );
  if (narrowed === policy) return html;
  const written = `content="${policy}"`;
  if (!html.includes(written)) return html;
  return html.replace(written, `content="${narrowed}"`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export default function pageCsp(): AstroIntegration {
  return {
    name: 'handbook:page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const narrowed = narrowPolicy(html);
          if (narrowed !== html) writeFileSync(file, narrowed);
        }
      },
    },
  };
}
