// The package is CommonJS without an "exports" map: Node's ESM loader needs the file's full
// path and sees only its default export. The types (@types/hyphen) describe it under the
// directory's name.
declare module 'hyphen/nl/index.js' {
  import type * as nl from 'hyphen/nl'
  const hyphen: typeof nl
  export default hyphen
}
