/**
 * What a printed page carries in its margins: its title at the top of every page and "Page 2 of 3" at
 * the bottom, in CSS `@page` margin boxes (Chromium 131+ draws them).
 *
 * The title is the model's, so it cannot be in a stylesheet the build bundles once for every page.
 * Chromium has no `string-set` (which would copy it from the heading), `content: attr()` does not work
 * in `@page`, and Astro's `<style define:vars>` writes `style="…"` attributes, which the site's
 * Content-Security-Policy refuses (it has no 'unsafe-inline'). So the page writes one small inline
 * `<style>` (`PrintMargins.astro`) and adds that text's SHA-256 to its own policy with
 * `Astro.csp.insertStyleHash`: the policy still allows only what the build wrote. How the boxes look
 * (font, size) is in src/styles/print.css; only their words are here.
 */
import { ui } from '../client/ui-words';

/** A CSS string holding `text`: quotes and backslashes escaped, line ends and `<` as escapes, so it can end neither the string nor a `<style>` element. */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<>\n\r\f]/g, (character) =>
    character === '\\' || character === '"'
      ? `\\${character}`
      : `\\${character.charCodeAt(0).toString(16).toUpperCase()} `,
  );
  return `"${escaped}"`;
}

/** The margin boxes of every printed page: `title` top left, "Page n of N" bottom right. */
export function printMarginsCss(title: string): string {
  const { before, between } = ui.paper.pageOfPages;
  return (
    '@media print{@page{' +
    `@top-left{content:${cssString(title)}}` +
    `@bottom-right{content:${cssString(before)} counter(page) ${cssString(between)} counter(pages)}` +
    '}}'
  );
}

/** The Content-Security-Policy source that allows an inline `<style>` of exactly this text. */
export async function styleHash(css: string): Promise<`sha256-${string}`> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}
