/**
 * `npm run permalinks`: records every URL the handbook publishes now in content/permalinks.json,
 * keeping every URL recorded before. `-- --root DIR` updates another content root (a fixture).
 *
 * `-- --fresh` starts the manifest afresh: it records only what the content publishes now and drops
 * every URL recorded before. That is for content that replaces the framework whose URLs the manifest
 * holds; to keep an edited framework's old links working, give their successors formerIds instead.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { recordPermalinks, startFreshManifest } from './authoring/manifest';

/** The project's root: this file is src/cli/ in it. */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: { root: { type: 'string', default: repoRoot }, fresh: { type: 'boolean', default: false } },
});
const root = resolve(values.root);
// Every mistake in content (the manifest included) comes back as problem lines; anything else that
// goes wrong (a disk that refuses the write) is said in one line too, not as a stack trace.
try {
  const { ok, lines } = values.fresh ? startFreshManifest(root) : recordPermalinks(root);
  (ok ? console.log : console.error)(lines.join('\n'));
  process.exit(ok ? 0 : 1);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(
    `npm run permalinks failed, and the manifest may not have been written: ${reason.split('\n')[0] ?? reason}`,
  );
  process.exit(1);
}
