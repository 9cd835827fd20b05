// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

// Content is read and checked by the content loader (src/loaders/handbook.ts) before anything is built.
// The base path comes from the command line (`astro build --base /handbook/`) or this default.
// The site's address, which makes citations and canonical links absolute, comes from HANDBOOK_SITE at
// build time (`HANDBOOK_SITE=https://handbook.example.org npm run build`). Without it, a copied citation
// takes the address the reader is on.
export default defineConfig({
  ...(process.env.HANDBOOK_SITE ? { site: process.env.HANDBOOK_SITE } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
  // Astro writes a JSON Schema per collection for the Astro VS Code extension, which then completes and
  // checks the frontmatter of content files (`astro.content-intellisense` in .vscode/settings.json).
  experimental: { contentIntellisense: true },
});
