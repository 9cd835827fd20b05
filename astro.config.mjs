// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';

// The base path comes from the command line (`astro build --base /handbook/`) or this default.
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), pagefind()],
});
