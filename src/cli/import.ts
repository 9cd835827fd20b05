/**
 * `npm run import -- items.csv [--levels levels.csv] [--force]`: imports a framework kept in a
 * spreadsheet (CONTRIBUTING.md, "Import from a spreadsheet"). Writes nothing unless every row is
 * right and the content it makes compiles; overwrites no file without --force. `--root DIR` imports
 * into another project root.
 */
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importSpreadsheet } from './authoring/import';

/** The project's root: this file is src/cli/ in it. */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: repoRoot },
    levels: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
const [items, ...extra] = positionals;
if (items === undefined || extra.length > 0) {
  console.error('usage: npm run import -- items.csv [--levels levels.csv] [--force]');
  process.exit(2);
}
// npm runs scripts from the project root; INIT_CWD is where the command was typed.
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const file = (path: string) => ({
  path: resolve(cwd, path),
  name: relative(cwd, resolve(cwd, path)) || path,
});
const { ok, lines } = importSpreadsheet(resolve(values.root), {
  items: file(items),
  levels: values.levels === undefined ? undefined : file(values.levels),
  force: values.force,
});
(ok ? console.log : console.error)(lines.join('\n'));
process.exit(ok ? 0 : 1);
