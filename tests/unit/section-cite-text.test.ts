/** What a section's citation says (src/site/cite.ts): a mindset shift's sentence, else its heading. */
import { describe, expect, it } from 'vitest';
import { sectionCiteText } from '../../src/site/cite';

const wording = (plain: string) => ({ markdown: plain, html: plain, plain });

describe("a section's cited words", () => {
  it('are a mindset shift’s from → to sentence', () => {
    expect(
      sectionCiteText({
        title: 'Fixture Shift',
        shift: { from: wording('I do fixture work.'), to: wording('I shape fixture work.') },
      }),
    ).toBe('Fixture Shift: from ‘I do fixture work.’ to ‘I shape fixture work.’');
  });

  it('are its heading (none said here) for any other section', () => {
    expect(sectionCiteText({ title: 'Fixture Key Behaviors', shift: undefined })).toBeUndefined();
  });
});
