import { describe, expect, it } from 'vitest';
import { sectionItems, sectionKinds, sectionSchema } from '../../src/schemas/content';

describe('section schema', () => {
  it('orders exactly the kinds the schema accepts', () => {
    const accepted = sectionSchema.options.flatMap((option) => option.shape.kind.options);
    expect([...sectionKinds].sort()).toEqual([...accepted].sort());
  });

  it('trims text and rejects text that is only spaces', () => {
    const result = sectionSchema.safeParse({
      level: 4,
      kind: 'focus-summary',
      title: 'Focus',
      items: [{ id: 'a', text: '   ' }],
    });
    expect(result.success).toBe(false);
  });

  it('gives the items of list sections and none for the mindset shift', () => {
    const shift = sectionSchema.parse({
      level: 4,
      kind: 'mindset-shift',
      title: 'Shift',
      from: 'a',
      to: 'b',
    });
    expect(sectionItems(shift)).toEqual([]);
    const list = sectionSchema.parse({
      level: 4,
      kind: 'focus-summary',
      title: 'Focus',
      items: [{ id: 'a', text: 'A' }],
    });
    expect(sectionItems(list)).toEqual([{ id: 'a', text: 'A' }]);
  });
});
