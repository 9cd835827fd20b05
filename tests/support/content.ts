/** The real content's items, read with the same loader the build's content check uses, for tests that check pages. */
import { loadContent } from '../../src/lib/validate-content';
import { sectionItems, type SectionKind } from '../../src/schemas/content';
import { repoRoot } from './sites';

export interface ContentItem {
  level: number;
  section: SectionKind;
  id: string;
  text: string;
}

export function readContentItems(): ContentItem[] {
  const { sections, problems } = loadContent(repoRoot);
  if (problems.length > 0)
    throw new Error(`content has problems: ${problems.map((p) => p.message).join('; ')}`);
  return sections.flatMap(({ data }) =>
    sectionItems(data).map((item) => ({ level: data.level, section: data.kind, ...item })),
  );
}
