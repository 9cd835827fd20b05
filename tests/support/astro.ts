/**
 * Runs Astro's own `build()` or `dev()` on a content root: the project's code, config and public files
 * with the content (and `.astro` cache) of `--root`. So a fixture framework builds exactly as the real
 * handbook does. Run as a child process, so builds run side by side and each has its own logs:
 *
 *   tsx tests/support/astro.ts build --root tests/fixtures/ladder --base /handbook/ --out dist-x
 *   tsx tests/support/astro.ts dev --root /tmp/copy --port 4400
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, dev, type AstroInlineConfig } from 'astro';
import { repoRoot } from './sites';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: '.' },
    base: { type: 'string', default: '/' },
    out: { type: 'string' },
    port: { type: 'string', default: '4321' },
  },
});

const root = resolve(values.root);
const config: AstroInlineConfig = {
  root,
  // Astro joins the config path onto the root, so it must be relative to it.
  configFile: relative(root, join(repoRoot, 'astro.config.mjs')),
  srcDir: join(repoRoot, 'src'),
  publicDir: join(repoRoot, 'public'),
  cacheDir: join(root, '.astro/cache'),
  base: values.base,
  ...(values.out ? { outDir: resolve(values.out) } : {}),
  server: { port: Number(values.port), host: '127.0.0.1' },
};

if (positionals[0] === 'build') await build(config);
else if (positionals[0] === 'dev') await dev(config);
else throw new Error('usage: astro.ts build|dev --root DIR [--base /x/] [--out DIR] [--port N]');
