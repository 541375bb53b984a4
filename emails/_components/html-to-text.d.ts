/**
 * The one function of html-to-text (the converter inside `@react-email/render`'s `toPlainText`)
 * that `render.ts` calls directly; the package ships no types of its own.
 */
declare module 'html-to-text' {
  /** Preprocesses the options once and returns a converter for any number of documents. */
  export function compile(options?: object): (html: string) => string;
}
