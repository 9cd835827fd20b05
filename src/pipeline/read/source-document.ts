/** What reading a content file gives: its checked data, its body, and where each field is written. */
import type { Position } from './frontmatter';

/** One content file that passed its schema. */
export interface SourceDocument<Data> {
  /** The file, relative to the root, with `/` separators: `content/levels/level-4.mdx`. */
  file: string;
  data: Data;
  /** The MDX body after the frontmatter. */
  body: string;
  /** The line of the file on which the body starts. */
  bodyLine: number;
  /** Where a field (by its path in the data) is written in the file. */
  locate(path: readonly PropertyKey[]): Position;
}
