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
  const hadSite = existsSync(outDir);
  if (hadSite) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    // The last good site goes back where it was; the failed build's folder is removed on exit.
    if (hadSite) renameSync(previous, outDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Runs `cleanup` when the process ends, however it ends short of a signal: Astro has no hook for a failed build. */
function onProcessExit(cleanup: () => void): void {
  process.once('exit', cleanup);
}

/**
 * `whenDone` is where the integration asks to be told the process is ending (by default, Node's
 * `exit`; tests pass their own). A build that fails for any reason (a content problem, the bundler
 * throwing part way, "File name too long") leaves no staging folder behind: only a published build
 * does not need removing.
 */
export default function safeOutput(
  whenDone: (cleanup: () => void) => void = onProcessExit,
): AstroIntegration {
  let outDir = '';
  let staging = '';
  let published = false;
  return {
    name: 'handbook:safe-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        staging = stagingFor(outDir);
        rmSync(staging, { recursive: true, force: true });
        published = false;
        const building = staging;
        whenDone(() => {
          if (!published) rmSync(building, { recursive: true, force: true });
        });
        // Astro keeps outDir as a URL once the config is resolved (updateConfig does not resolve it again).
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ logger }) => {
        publish(staging, outDir);
        published = true;
        logger.info(`published ${outDir}`);
      },
    },
  };
}
