/**
 * Text that readers see (an item's words, a lead-in, the mindset shift, closing words) is words with
 * a little inline Markdown: emphasis, strong, code, and links to the handbook or to https: pages.
 * Anything else, above all raw HTML, is refused here with a hint; the renderer sanitises anyway.
 */
import { Lexer, type Token } from 'marked';

/** Where a link in text may lead: a handbook page (`/levels/4/`), an https: page, an email address. */
export function isAllowedTextLink(href: string): boolean {
  return (
    /^https:\/\//i.test(href) || /^mailto:/i.test(href) || (href.startsWith('/') && !href.startsWith('//'))
  );
}

function problemsIn(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token): string[] => {
    // An element's closing tag is part of the same mistake as its opening one.
    if (token.type === 'html' && token.raw.trim().startsWith('</')) return [];
    if (token.type === 'html') {
      return [
        `raw HTML ${JSON.stringify(token.raw.trim().slice(0, 40))} is not allowed: text is words, not code; write *emphasis*, **strong** or [a link](https://…) instead`,
      ];
    }
    if (token.type === 'image') return [`images are not allowed in text: ${JSON.stringify(token.raw)}`];
    if (token.type === 'link' && !isAllowedTextLink((token as Token & { href: string }).href)) {
      const href = (token as Token & { href: string }).href;
      return [
        `link to ${JSON.stringify(href)} is not allowed: link to a handbook page (/levels/…) or an https: address`,
      ];
    }
    return 'tokens' in token && token.tokens ? problemsIn(token.tokens) : [];
  });
}

/** What is wrong with a text field's inline Markdown, one message each; empty when it is fine. */
export function checkText(source: string): string[] {
  return problemsIn(Lexer.lexInline(source));
}

/** The reader-facing text fields of each kind of file, by their path in the data. */
export function textFields(data: unknown): (string | number)[][] {
  const record = (data ?? {}) as Record<string, unknown>;
  const paths: (string | number)[][] = [];
  for (const field of ['lead', 'from', 'to', 'closing'])
    if (typeof record[field] === 'string') paths.push([field]);
  const items = Array.isArray(record['items']) ? record['items'] : [];
  items.forEach((_, index) => paths.push(['items', index, 'text']));
  return paths;
}
