import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { sectionItems, sectionSchema } from '../../src/schemas/content';
import { defaultSectionKinds } from '../../src/schemas/section-kinds';

describe('section schema', () => {
  it('accepts exactly the default kinds when the framework declares none', () => {
    const accepted = sectionSchema.options.map((option) => (option.shape.kind as z.ZodLiteral<string>).value);
    expect(defaultSectionKinds.map(({ id }) => id)).toEqual(accepted);
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
