// The `smartypants` package ships no types; this covers the one function the handbook uses.
declare module 'smartypants' {
  /** Curly quotes, dashes and ellipses in plain text, as Unicode characters. */
  export function smartypantsu(text: string, attributes?: string | number): string;
}
