import { describe, expect, it } from 'vitest';
import { readFrontmatter, readYaml } from '../../src/pipeline/read/frontmatter';

const source = [
  '---',
  'level: 4',
  'items:',
  '  - id: first',
  '    text: First',
  '  - id: second',
  '---',
  '',
  'Body',
].join('\n');

describe('readFrontmatter', () => {
  it('parses the YAML between the fences', () => {
    expect(readFrontmatter(source).data).toEqual({
      level: 4,
      items: [{ id: 'first', text: 'First' }, { id: 'second' }],
    });
  });
  it('locates a field by its path, counting lines from the top of the file', () => {
    const { locate } = readFrontmatter(source);
    expect(locate(['level'])).toEqual({ line: 2, column: 1 });
    expect(locate(['items', 1, 'id'])).toEqual({ line: 6, column: 5 });
  });
  it('locates a missing field at the map that should hold it', () => {
    expect(readFrontmatter(source).locate(['items', 1, 'text'])).toEqual({ line: 6, column: 5 });
  });
  it('locates a path through a scalar at the deepest node that exists', () => {
    expect(readFrontmatter(source).locate(['level', 'nested'])).toEqual({ line: 2, column: 1 });
  });
  it('reads files with Windows line endings', () => {
    expect(readFrontmatter('---\r\nlevel: 4\r\n---\r\n').data).toEqual({ level: 4 });
  });
  it('reports broken YAML with its position instead of data', () => {
    const result = readFrontmatter('---\nlevel: [4\n---\n');
    expect(result.data).toBeUndefined();
    expect(result.syntaxErrors[0]?.position.line).toBeGreaterThanOrEqual(2);
  });
  it('places every field of a file without frontmatter at its start, and keeps all of it as the body', () => {
    const result = readFrontmatter('Just prose.\n');
    expect(result.locate(['title'])).toEqual({ line: 1, column: 1 });
    expect(result.body).toBe('Just prose.\n');
  });
  it('reads JSON with positions, as the permalink manifest is read', () => {
    const result = readYaml('{\n  "urls": ["/", "/levels/4/"]\n}\n');
    expect(result.data).toEqual({ urls: ['/', '/levels/4/'] });
    expect(result.locate(['urls', 1])).toEqual({ line: 2, column: 17 });
  });
});
