/**
 * `npm run release`: records the content as it is now as a release of the version its framework file
 * names (`content/releases/<version>.json`), and records every URL it publishes in the permalink
 * manifest. Refused while the content check or the permalink guard fails.
 *
 *   npm run release                       today's date
 *   npm run release -- --date 2026-03-01  another date (YYYY-MM-DD)
 *   npm run release -- --root DIR         another content root (a fixture)
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { recordRelease, today } from './authoring/release';

/** The project's root: this file is src/cli/ in it. */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: { root: { type: 'string', default: repoRoot }, date: { type: 'string', default: today() } },
});
try {
  const { ok, lines } = recordRelease(resolve(values.root), values.date);
  (ok ? console.log : console.error)(lines.join('\n'));
  process.exit(ok ? 0 : 1);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`npm run release failed: ${reason.split('\n')[0] ?? reason}`);
  process.exit(1);
}
