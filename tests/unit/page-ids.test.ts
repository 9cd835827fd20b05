import { describe, expect, it } from 'vitest';
import { isReservedId, pageIds } from '../../src/pipeline/urls/page-ids';

describe('page ids', () => {
  it("reserves the page's own anchors, so no item can take one", () => {
    const kinds = ['fixture-kind'];
    for (const id of ['main', 'closing', 'fixture-kind', 'fixture-kind-heading', 'site-search-input']) {
      expect(isReservedId(id, kinds), id).toBe(true);
    }
    expect(isReservedId('fixture-item', kinds)).toBe(false);
    expect(isReservedId('fixture-kind', []), 'a kind the framework does not have').toBe(false);
  });

  it('joins the parts of ids made from content with --, which no author id contains', () => {
    expect(pageIds.heading('key-behaviors')).toBe('key-behaviors-heading');
    expect(pageIds.heading('craft--key-behaviors')).toBe('craft--key-behaviors--heading');
    expect(pageIds.competencyHeading('craft')).toBe('craft--heading');
  });
});
