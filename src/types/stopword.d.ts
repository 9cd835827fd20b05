// The `stopword` package ships no types; this covers the one list the handbook uses.
declare module 'stopword' {
  /** English stop words, lower-case. */
  export const eng: readonly string[];
}
