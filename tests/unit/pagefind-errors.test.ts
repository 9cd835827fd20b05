/** Pagefind reports failures as `{ errors }`, not exceptions: the integration turns them into a failed build. */
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexSite, PagefindError } from '../../src/integrations/pagefind';

vi.mock('pagefind', () => ({
  createIndex: vi.fn(() => Promise.resolve({ errors: ['Fixture error: the index could not be made'] })),
  close: vi.fn(() => Promise.resolve()),
}));

afterEach(() => vi.clearAllMocks());

describe('the Pagefind integration, when Pagefind reports errors', () => {
  it('fails with every error Pagefind gave, and still closes Pagefind', async () => {
    const indexing = indexSite('/fixture/site');
    await expect(indexing).rejects.toThrow(PagefindError);
    await expect(indexing).rejects.toThrow(
      'Pagefind failed to create an index:\nFixture error: the index could not be made',
    );
    expect(pagefind.close).toHaveBeenCalled();
  });

  it('fails when Pagefind returns no index and no error', async () => {
    vi.mocked(pagefind.createIndex).mockResolvedValueOnce({ errors: [] } as unknown as Awaited<
      ReturnType<typeof pagefind.createIndex>
    >);
    await expect(indexSite('/fixture/site')).rejects.toThrow('Pagefind returned no index');
  });
});
