/**
 * A generated handbook for the bench: `levels` copies of the Level 4 fixture's one level
 * (tests/fixtures/level-4/, never `content/`, which an adopter replaces), written into a content root
 * (a folder holding `content/`) that builds exactly as any handbook does. Level `n` has the id
 * `g<n>`, rank `n` and the title "Generated Level <n>"; its sections are Level 4's, word for word, so
 * every query finds every level (search's worst case). Never committed: the bench writes it under
 * tests/.output/ and deletes it.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestText } from '../../src/pipeline/urls/permalinks';
import { level4Fixture } from './sites';

const source = join(level4Fixture, 'content');
const model = { level: 'levels/level-4.mdx', sections: 'sections/level-4' };

/** The `key: value` line of a frontmatter replaced, failing loudly if Level 4's files change shape. */
function setField(text: string, key: string, value: string): string {
  const line = new RegExp(`^${key}: .*$`, 'm');
  if (!line.test(text)) throw new Error(`Level 4 has no "${key}:" line to generate from`);
  return text.replace(line, `${key}: ${value}`);
}

/** Writes a content root of `levels` generated levels at `root` (emptied first); returns `root`. */
export function writeGeneratedHandbook(root: string, levels: number): string {
  const content = join(root, 'content');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(content, 'levels'), { recursive: true });
  cpSync(join(source, 'framework'), join(content, 'framework'), { recursive: true });
  cpSync(join(source, 'thesaurus.yaml'), join(content, 'thesaurus.yaml'));
  // No URL was ever published from a generated handbook, so the permalink guard has nothing to keep.
  writeFileSync(join(content, 'permalinks.json'), manifestText([]));

  const level = readFileSync(join(source, model.level), 'utf8');
  const sections = readdirSync(join(source, model.sections)).map((file) => ({
    file,
    text: readFileSync(join(source, model.sections, file), 'utf8'),
  }));
  for (let n = 1; n <= levels; n++) {
    const id = `g${n}`;
    const title = `Generated Level ${n}`;
    let text = setField(level, 'id', id);
    text = setField(text, 'rank', String(n));
    writeFileSync(join(content, `levels/level-${id}.mdx`), text.replaceAll('Level 4', title));
    const folder = join(content, `sections/level-${id}`);
    mkdirSync(folder, { recursive: true });
    for (const section of sections) {
      writeFileSync(join(folder, section.file), setField(section.text, 'level', id));
    }
  }
  return root;
}
