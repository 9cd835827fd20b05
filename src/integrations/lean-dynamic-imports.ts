/**
 * Vite wraps every `import()` of the page scripts in a helper that first preloads the chunk's
 * dependencies (`<link rel="modulepreload">` for each, CSS links, a `vite:preloadError` event): about
 * 700 bytes gzip run on every page load, a third of the budget for JavaScript on load
 * (vitejs/vite#18551). The page scripts load their later parts on a reader's first use (a click, a
 * focus), where a dependency or two fetched after the chunk costs nothing a reader notices, and they
 * import no CSS. So the helper is replaced by one that just imports.
 */
import type { Plugin } from 'vite';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

export function leanDynamicImports(): Plugin {
  return {
    name: 'handbook:lean-dynamic-imports',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    load(id) {
      if (id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
  };
}
