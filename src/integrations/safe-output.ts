/**
 * The last good site survives. `astro build` writes into a staging folder beside the output folder,
 * and only a build that completes (pages, then the search index) replaces the published folder, in
 * one rename. A build that fails part way leaves the previous site exactly as it was.
 *
 *   dist/                 ← the last good site, untouched while building
 *   .dist.building/       ← this build; renamed to dist/ when it is complete
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The staging folder for an output folder: hidden, beside it, so the final rename stays on one disk. */
export function stagingFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.building`);
}

/** Puts a complete build in place of the published folder. */
export function publish(staging: string, outDir: string): void {
  const previous = `${stagingFor(outDir)}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

export default function safeOutput(): AstroIntegration {
  let outDir = '';
  let staging = '';
  return {
    name: 'handbook:safe-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        staging = stagingFor(outDir);
        rmSync(staging, { recursive: true, force: true });
        // Astro keeps outDir as a URL once the config is resolved (updateConfig does not resolve it again).
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ logger }) => {
        publish(staging, outDir);
        logger.info(`published ${outDir}`);
      },
    },
  };
}
