import { describe, expect, it } from 'vitest';
import { buildLevels, type Entry } from '../../src/lib/handbook';
import { itemPath } from '../../src/lib/urls';
import type { LevelData, SectionData } from '../../src/schemas/content';

const level = (number: number): Entry<LevelData> => ({
  filePath: `content/levels/level-${number}.mdx`,
  data: { number, title: `Fixture Level ${number}`, role: 'fixture role', closing: 'Fixture closing.' },
});
const section = (data: SectionData): Entry<SectionData> => ({
  filePath: `content/sections/level-${data.level}/${data.kind}.mdx`,
  data,
});
const behaviors = (levelNumber: number, text = 'Fixture behavior') =>
  section({
    level: levelNumber,
    kind: 'key-behaviors',
    title: 'Key Behaviors',
    items: [{ id: 'fixture-behavior', text }],
  });
const shift = (levelNumber: number) =>
  section({ level: levelNumber, kind: 'mindset-shift', title: 'Mindset Shift', from: 'a', to: 'b' });
const focus = (levelNumber: number) =>
  section({
    level: levelNumber,
    kind: 'focus-summary',
    title: 'Focus Summary',
    items: [{ id: 'fixture-focus', text: 'Focus' }],
  });

describe('buildLevels', () => {
  it('orders levels by number and sections in the framework order, whatever order they come in', () => {
    const levels = buildLevels([level(2), level(1)], [focus(1), shift(2), behaviors(1), shift(1)]);
    expect(levels.map((l) => l.number)).toEqual([1, 2]);
    expect(levels[0]?.sections.map((s) => s.kind)).toEqual([
      'key-behaviors',
      'mindset-shift',
      'focus-summary',
    ]);
    expect(levels[1]?.sections.map((s) => s.kind)).toEqual(['mindset-shift']);
  });

  it('links each section to the previous and next in its level only', () => {
    const [first, second] = buildLevels([level(1), level(2)], [behaviors(1), shift(1), focus(2)]);
    const [one, two] = first?.sections ?? [];
    expect(one?.previous).toBeUndefined();
    expect(one?.next?.kind).toBe('mindset-shift');
    expect(two?.previous?.kind).toBe('key-behaviors');
    expect(two?.next).toBeUndefined();
    expect(second?.sections[0]?.previous).toBeUndefined();
  });

  it('indexes every item of a level by id, with its section', () => {
    const [only] = buildLevels([level(1)], [behaviors(1), focus(1)]);
    expect(only?.items.get('fixture-focus')?.section.kind).toBe('focus-summary');
    expect(only?.items.get('fixture-behavior')?.item.text).toBe('Fixture behavior');
  });

  it("keeps an item's anchor when its text changes", () => {
    const anchor = (text: string) => {
      const [only] = buildLevels([level(1)], [behaviors(1, text)]);
      const found = only?.items.get('fixture-behavior');
      return found && itemPath({ level: 1, section: found.section.kind, id: found.item.id });
    };
    expect(anchor('Fixture behavior, reworded')).toBe(anchor('Fixture behavior'));
    expect(anchor('Fixture behavior')).toBe('levels/1/key-behaviors/#fixture-behavior');
  });

  it('refuses empty collections', () => {
    expect(() => buildLevels([], [behaviors(1)])).toThrow(/"levels" collection is empty/);
    expect(() => buildLevels([level(1)], [])).toThrow(/"sections" collection is empty/);
  });

  it('refuses content that does not fit together, naming the file and field', () => {
    expect(() => buildLevels([level(1)], [behaviors(1), behaviors(2)])).toThrow(
      'content/sections/level-2/key-behaviors.mdx level: no level has number 2 (levels: 1)',
    );
  });
});
