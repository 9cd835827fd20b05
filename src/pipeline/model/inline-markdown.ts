/**
 * Item text may hold inline Markdown (the framework emphasises words such as *should*). These
 * helpers turn it into HTML for pages and into plain text for titles and search metadata, with the
 * same typography as the MDX bodies: curly quotes and apostrophes (`they're` becomes `they’re`), and
 * dashes: `---` an em dash (—), `--` an en dash (–), as the bodies' Markdown processor makes them, never
 * an em dash and a hyphen (`vision---` once showed as "vision—-").
 */
import { Lexer, Marked, type Token } from 'marked';
import sanitize from 'sanitize-html';
import { smartypantsu } from 'smartypants';

/**
 * SmartyPants' settings: `q` quotes, `b` ``backticks'', `e` ellipses, `D` dashes ("old school": `---`
 * an em dash, `--` an en dash). Its default turns `--` into an em dash and leaves the third hyphen of `---`.
 */
const typography = 'qbeD';

/** Curls quotes and apostrophes and makes dashes in the words only, never in markup or escaped characters. */
function curl(token: Token): void {
  if (token.type === 'text' && !('tokens' in token && token.tokens))
    token.text = smartypantsu(token.text, typography);
}

const markdown = new Marked({ walkTokens: curl });

/**
 * What inline HTML may contain, whatever the content says: the content check refuses anything else,
 * and this sanitiser (a maintained one, not a hand-written filter) removes it if it ever gets through.
 */
const allowed: sanitize.IOptions = {
  allowedTags: ['em', 'strong', 'code', 'del', 'a', 'br'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['https', 'mailto'],
  allowProtocolRelative: false,
};

/** Inline Markdown to safe HTML: `*what*` becomes `<em>what</em>`. No block elements are produced. */
export function renderInline(source: string): string {
  return sanitize(markdown.parseInline(source, { async: false }), allowed);
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
