export type JsImportKind = 'import' | 'lazy' | 'type'
/** Which syntax made the import: decides TypeScript's resolution mode (§5.3). */
export type JsImportForm = 'import' | 'export' | 'import-equals' | 'require' | 'import-call' | 'import-type' | 'reference' | 'jest' | 'vi'
export interface JsImport {
  readonly line: number            // 1-based line of the specifier
  readonly specifier: string
  readonly kind: JsImportKind
  readonly form: JsImportForm
  /** A `with { 'resolution-mode': … }` attribute on a type-only import. */
  readonly resolutionMode?: 'import' | 'require'
}
export interface JsFacts {
  readonly imports: readonly JsImport[]
  /** import()/require() with a non-literal argument. */
  readonly dynamic: readonly { readonly line: number; readonly specifier: string }[]
  readonly syntaxErrorLine?: number
}
