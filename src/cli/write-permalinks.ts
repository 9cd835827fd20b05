/**
 * `npm run permalinks`: records every URL the handbook publishes now in content/permalinks.json,
 * keeping every URL recorded before. `-- --root DIR` updates another content root (a fixture).
 */
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileContent } from '../pipeline/compile';
import { MANIFEST_FILE } from '../pipeline/content-files';
import { manifestText, updateManifest } from '../pipeline/urls/permalinks';
import { formatProblems } from '../pipeline/problems';

/** The project's root: this file is src/cli/ in it. */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({ options: { root: { type: 'string', default: repoRoot } } });
const root = resolve(values.root);
const { handbook, problems } = compileContent(root);
if (!handbook) {
  console.error(formatProblems(problems, 'the manifest was not changed'));
  process.exit(1);
}
const file = join(root, MANIFEST_FILE);
const recorded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { urls: string[] }).urls : [];
const urls = updateManifest(recorded, handbook);
writeFileSync(file, manifestText(urls));
console.log(`${MANIFEST_FILE}: ${urls.length} URLs, ${urls.length - recorded.length} new`);
