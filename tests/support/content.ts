/** The real content's items, read with the same validator the build uses, for tests that check pages. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { sectionItems, sectionSchema, type SectionKind } from '../../src/schemas/content';
import { repoRoot } from './sites';

export interface ContentItem {
  level: number;
  section: SectionKind;
  id: string;
  text: string;
}

export function readContentItems(): ContentItem[] {
  return globSync('content/sections/**/*.mdx', { cwd: repoRoot }).flatMap((file) => {
    const section = sectionSchema.parse(readFrontmatter(readFileSync(join(repoRoot, file), 'utf8')).data);
    return sectionItems(section).map((item) => ({ level: section.level, section: section.kind, ...item }));
  });
}
