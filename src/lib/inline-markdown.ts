/**
 * Item text may hold inline Markdown (the framework emphasises words such as *should*). These
 * helpers turn it into HTML for pages and into plain text for titles and search metadata.
 */
import { Lexer, parseInline, type Token } from 'marked';

/** Inline Markdown to HTML: `*what*` becomes `<em>what</em>`. No block elements are produced. */
export function renderInline(markdown: string): string {
  return parseInline(markdown, { async: false });
}

/** Inline Markdown to the words a reader sees: `*what*` becomes `what`. */
export function toPlainText(markdown: string): string {
  return flatten(Lexer.lexInline(markdown));
}

function flatten(tokens: Token[]): string {
  return tokens
    .map((token) => {
      if ('tokens' in token && token.tokens) return flatten(token.tokens);
      if (token.type === 'br') return ' ';
      return 'text' in token ? token.text : token.raw;
    })
    .join('');
}
