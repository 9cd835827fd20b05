// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { leanDynamicImports } from './src/integrations/lean-dynamic-imports.ts';
import pageCsp from './src/integrations/page-csp.ts';
import pagefind from './src/integrations/pagefind.ts';
import safeOutput from './src/integrations/safe-output.ts';
import { handbookConfigFromEnvironment, pageDefines } from './src/integrations/handbook-config.ts';

// Content is read and checked by the content loader (src/pipeline/loader.ts) before anything is built.
// A fork's settings come from environment variables at build time, each checked, in one module
// (src/integrations/handbook-config.ts; the README's table lists them):
// - HANDBOOK_SITE, the site's address, which makes citations and canonical links absolute
//   (`HANDBOOK_SITE=https://handbook.example.org npm run build`); without it, a copied citation takes
//   the address the reader is on;
// - HANDBOOK_BASE, the base path; `astro build --base /handbook/` on the command line wins over it;
// - HANDBOOK_REPOSITORY and HANDBOOK_BRANCH, the source repository for "Edit this page" and "Suggest an
//   edit"; without it, neither appears.
// A wrong value stops the build with one line naming the variable.
const handbook = handbookConfigFromEnvironment();

export default defineConfig({
  ...(handbook.site ? { site: handbook.site } : {}),
  ...(handbook.base ? { base: handbook.base } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Last: the site is published only once the pages and the search index are complete.
  integrations: [mdx(), pageCsp(), pagefind(), safeOutput()],
  security: {
    // Every page carries a Content-Security-Policy: scripts and styles only from the site itself, each
    // of Astro's processed ones by its hash; nothing inline that Astro did not write. Pagefind needs
    // WebAssembly ('wasm-unsafe-eval'); it searches in the page, so no worker may start. Headers a meta
    // tag cannot carry (frame-ancestors…) are in public/_headers for static hosts.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Shiki colours code with inline styles, which the CSP refuses; code in content is shown plain.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [leanDynamicImports()],
    define: {
      ...pageDefines(handbook),
      // The font link-preview images are drawn with (src/site/social-image.ts), found from here.
      'import.meta.env.HANDBOOK_SOCIAL_FONT': JSON.stringify(
        fileURLToPath(new URL('./src/assets/fonts/DejaVuSans-Bold.ttf', import.meta.url)),
      ),
    },
    build: {
      rollupOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" directive the bundler warns about once per
        // file (withastro/astro#18087); it is harmless. Every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  // Astro writes a JSON Schema per collection for the Astro VS Code extension, which then completes and
  // checks the frontmatter of content files (`astro.content-intellisense` in .vscode/settings.json).
  experimental: { contentIntellisense: true },
});
