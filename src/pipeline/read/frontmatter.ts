/**
 * Reads the YAML frontmatter of an MDX file while keeping positions, so that a problem in a field
 * can be reported at its line and column.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node,
  type Scalar,
} from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface Frontmatter {
  /** The parsed data, or undefined when the YAML itself is broken. */
  data: unknown;
  /** YAML syntax errors, already positioned in the file. */
  syntaxErrors: { position: Position; message: string }[];
  /** Where a field (by its path in the data) is written in the file. */
  locate(path: readonly PropertyKey[]): Position;
  /**
   * Where character `index` of the text at `path` (or of the key that ends `path`, with `key`) is
   * written: exact for a value on one line written as it reads (unquoted, or quoted without escapes),
   * else the field's own place.
   */
  locateCharacter(path: readonly PropertyKey[], index: number, key?: boolean): Position;
  /**
   * Unquoted values followed by ` #…` on their line: YAML reads the rest as a comment and drops it,
   * which an author rarely means (`text: Ship C# #1`).
   */
  trailingComments: { path: (string | number)[]; comment: string }[];
  /** The file after its frontmatter: an MDX body. */
  body: string;
}

/**
 * The frontmatter: `---` on the first line, then YAML, then `---` alone on a line. A `---` inside a
 * value does not end it. A byte-order mark before it is allowed; so are Windows line endings.
 */
const fence = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Parses `source`'s frontmatter. A file without one yields `data: undefined` and a positioned error. */
export function readFrontmatter(source: string): Frontmatter {
  const match = fence.exec(source);
  if (!match) {
    return {
      data: undefined,
      syntaxErrors: [
        {
          position: { line: 1, column: 1 },
          message: 'missing frontmatter: the file must start with a --- fenced YAML block',
        },
      ],
      locate: () => ({ line: 1, column: 1 }),
      locateCharacter: () => ({ line: 1, column: 1 }),
      trailingComments: [],
      body: source,
    };
  }
  // The YAML starts on line 2 of the file, after the opening fence.
  return { ...readYaml(match[1] ?? '', 1), body: source.slice(match[0].length) };
}

/**
 * How many nodes all of a document's aliases may stand for, together: far more than any content file
 * repeats, far fewer than an "alias bomb" (anchors nested in anchors, doubling at each step) expands to.
 */
export const MAX_ALIAS_COUNT = 100;

/** Parses YAML (or JSON, which is YAML) that starts `linesBefore` lines into its file, keeping positions. */
export function readYaml(yaml: string, linesBefore = 0): Omit<Frontmatter, 'body'> {
  const lineCounter = new LineCounter();
  // Warnings (a key that is a list, say) would go to the console; the schema reports what matters.
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, logLevel: 'error' });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + linesBefore, column: col };
  };
  const syntaxErrors = doc.errors.map((error) => ({
    position: at(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));
  // A tag (`!tag`, `!!binary`, `!!str`) makes YAML build a value of another type, or keep one it does
  // not know as text with only a warning: content is plain YAML, so any tag is refused where it is.
  if (syntaxErrors.length === 0) syntaxErrors.push(...tagErrors(doc, yaml, at));
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // Making the data fails on aliases (one naming no anchor, or too many): say where, like any
      // other mistake in the file.
      syntaxErrors.push(aliasError(doc, error, at));
    }
  }
  return {
    data,
    syntaxErrors,
    locate: (path) => at(offsetOf(doc, path)),
    locateCharacter: (path, index, key = false) => {
      const offset = characterOffset(yaml, scalarAt(doc, path, key), index);
      return at(offset ?? offsetOf(doc, path));
    },
    trailingComments: trailingComments(doc),
  };
}

/**
 * Why a document's data could not be made: an alias that names no anchor before it, or aliases that
 * stand for too many values (an "alias bomb"), placed at the alias to blame; anything else at the start.
 */
function aliasError(
  doc: Document,
  error: unknown,
  at: (offset: number) => Position,
): { position: Position; message: string } {
  const aliases: Alias[] = [];
  const anchors = new Set<string>();
  let unresolved: Alias | undefined;
  visit(doc, {
    Node: (_, node) => {
      if (isAlias(node)) {
        aliases.push(node);
        if (!anchors.has(node.source)) unresolved ??= node;
      } else if (node.anchor) anchors.add(node.anchor);
    },
  });
  const reason = error instanceof Error ? error.message : String(error);
  const [first] = aliases;
  const message = unresolved
    ? `the alias *${unresolved.source} names no anchor (&${unresolved.source}) before it`
    : first && reason.startsWith('Excessive alias count')
      ? `aliases such as *${first.source} stand for more than ${MAX_ALIAS_COUNT} values in all: write the values out in full`
      : (reason.split('\n')[0] ?? reason);
  return { position: at(rangeStart(unresolved ?? first ?? doc.contents) ?? 0), message };
}

/** Every explicit tag in the document, as written (`!tag`, `!!binary`), at the tag. */
function tagErrors(
  doc: Document,
  yaml: string,
  at: (offset: number) => Position,
): { position: Position; message: string }[] {
  const errors: { position: Position; message: string }[] = [];
  visit(doc, {
    Node: (_, node) => {
      const start = rangeStart(node);
      if (!node.tag || start === undefined) return;
      // The tag is written before the value (and any anchor): the last `!` run before it.
      let tagStart = yaml.lastIndexOf('!', start);
      while (tagStart > 0 && yaml[tagStart - 1] === '!') tagStart--;
      const written = tagStart >= 0 ? (/^!\S*/.exec(yaml.slice(tagStart))?.[0] ?? node.tag) : node.tag;
      errors.push({
        position: at(tagStart >= 0 ? tagStart : start),
        message: `the tag ${written} is not allowed: content is plain YAML; remove the tag (and quote the value if it is text)`,
      });
    },
  });
  return errors;
}

/** Plain scalars with a comment after them on their own line, by their path in the data. */
function trailingComments(doc: Document): { path: (string | number)[]; comment: string }[] {
  const found: { path: (string | number)[]; comment: string }[] = [];
  visit(doc, {
    Scalar: (_, node, ancestors) => {
      if (node.type !== 'PLAIN' || !node.comment) return;
      const path: (string | number)[] = [];
      let child: unknown = node;
      for (const ancestor of [...ancestors].reverse()) {
        if (isPair(ancestor) && ancestor.value === child && isScalar(ancestor.key))
          path.unshift(String(ancestor.key.value));
        if (isSeq(ancestor)) path.unshift(ancestor.items.indexOf(child as never));
        child = ancestor;
      }
      found.push({ path, comment: node.comment.trim() });
    },
  });
  return found;
}

/**
 * The offset of the deepest node along `path` that exists. A field that is present points at its
 * key (`id:`), a list entry at its dash, and a missing field at the map that should hold it.
 */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset;
}

/** The scalar at `path`, or the key scalar that ends it with `key`. */
function scalarAt(doc: Document, path: readonly PropertyKey[], key: boolean): Scalar | undefined {
  let node: unknown = doc.contents;
  for (const [step, name] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === name);
      if (!pair) return undefined;
      node = key && step === path.length - 1 ? pair.key : pair.value;
    } else if (isSeq(node) && typeof name === 'number') node = node.items[name];
    else return undefined;
  }
  return isScalar(node) ? node : undefined;
}

/**
 * The offset in `yaml` of character `index` of `scalar`'s text, when its text is written there as it
 * reads, on one line: unquoted, or quoted with no escape; undefined otherwise.
 */
function characterOffset(yaml: string, scalar: Scalar | undefined, index: number): number | undefined {
  const [start, end] = scalar?.range ?? [];
  if (!scalar || start === undefined || end === undefined) return undefined;
  const written = yaml.slice(start, end);
  if (written.includes('\n') || written.includes('\r')) return undefined;
  const text = String(scalar.value);
  if (scalar.type === 'PLAIN' && written === text) return start + index;
  const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
  if (quoted && written.slice(1, -1) === text) return start + 1 + index;
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
