/** The part of @nlpjs/lang-nl we use (the package ships no types). */
declare module '@nlpjs/lang-nl' {
  export class StemmerNl {
    stemWord(word: string): string
  }
}
