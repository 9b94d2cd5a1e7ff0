export type JsImportKind = 'import' | 'lazy' | 'type'
/** Which syntax made the import: decides TypeScript's resolution mode (§5.3). */
export type JsImportForm = 'import' | 'export' | 'import-equals' | 'require' | 'import-call' | 'import-type' | 'reference' | 'jest' | 'vi'
export interface JsImport {
  readonly line: number // 1-based line of the specifier
  readonly specifier: string
  readonly kind: JsImportKind
  readonly form: JsImportForm
  /** A `with { 'resolution-mode': … }` attribute on a type-only import. */
  readonly resolutionMode?: 'import' | 'require'
}
export interface JsFacts {
  readonly imports: readonly JsImport[]
  /** Dynamic imports and requires whose argument is not a literal. */
  readonly dynamic: readonly { readonly line: number; readonly specifier: string }[]
  readonly syntaxErrorLine?: number
}

const KINDS = new Set<unknown>(['import', 'lazy', 'type'])
const FORMS = new Set<unknown>(['import', 'export', 'import-equals', 'require', 'import-call', 'import-type', 'reference', 'jest', 'vi'])
const MODES = new Set<unknown>(['import', 'require'])
const isLine = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Checks a value's shape, field by field: cached facts come from a file anything could have written. */
export function isJsFacts(value: unknown): value is JsFacts {
  if (!isRecord(value) || !Array.isArray(value.imports) || !Array.isArray(value.dynamic)) return false
  if (value.syntaxErrorLine !== undefined && !isLine(value.syntaxErrorLine)) return false
  const importOk = (i: unknown) =>
    isRecord(i) &&
    isLine(i.line) &&
    typeof i.specifier === 'string' &&
    KINDS.has(i.kind) &&
    FORMS.has(i.form) &&
    (i.resolutionMode === undefined || MODES.has(i.resolutionMode))
  const dynamicOk = (d: unknown) => isRecord(d) && isLine(d.line) && typeof d.specifier === 'string'
  return value.imports.every(importOk) && value.dynamic.every(dynamicOk)
}
