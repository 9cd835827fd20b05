/**
 * `npm run new-handbook`: starts your own handbook. Replaces content/ with a minimal valid framework
 * (one level, one section of one item, every word a placeholder) and a fresh permalink manifest.
 * Refuses when content/ has work git could not bring back, unless `-- --force`; `-- --root DIR` works
 * on another project root.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newHandbook } from './authoring/new-handbook';

/** The project's root: this file is src/cli/ in it. */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: { root: { type: 'string', default: repoRoot }, force: { type: 'boolean', default: false } },
});
const { ok, lines } = newHandbook(resolve(values.root), { force: values.force });
(ok ? console.log : console.error)(lines.join('\n'));
process.exit(ok ? 0 : 1);
