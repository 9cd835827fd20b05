/**
 * Item text may hold inline Markdown (the framework emphasises words such as *should*). These
 * helpers turn it into HTML for pages and into plain text for titles and search metadata, with the
 * same typography as the MDX bodies: curly quotes and apostrophes (`they're` becomes `they’re`).
 */
import { Lexer, Marked, type Token } from 'marked';
import { smartypantsu } from 'smartypants';

/** Curls quotes and apostrophes in the words only, never in markup or escaped characters. */
function curl(token: Token): void {
  if (token.type === 'text' && !('tokens' in token && token.tokens)) token.text = smartypantsu(token.text);
}

const markdown = new Marked({ walkTokens: curl });

/** Inline Markdown to HTML: `*what*` becomes `<em>what</em>`. No block elements are produced. */
export function renderInline(source: string): string {
  return markdown.parseInline(source, { async: false });
}

/** Inline Markdown to the words a reader sees: `*what*` becomes `what`. */
export function toPlainText(source: string): string {
  const tokens = Lexer.lexInline(source);
  markdown.walkTokens(tokens, curl);
  return flatten(tokens);
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
