export interface GoImport {
  /** The import path, unquoted. */
  readonly path: string
  /** 1-based line of the path's literal. */
  readonly line: number
}

/** What one Go file says about its place in the build: its package clause and its imports. */
export interface GoFacts {
  /** The name in the package clause; null when there is none that can be read (missing, or broken before it). */
  readonly package: string | null
  readonly imports: readonly GoImport[]
  /** The first line where the file's header (package clause and imports) breaks; the imports above it count. */
  readonly syntaxErrorLine?: number
}

const isLine = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Checks a value's shape, field by field: cached facts come from a file anything could have written. */
export function isGoFacts(value: unknown): value is GoFacts {
  if (!isRecord(value) || !Array.isArray(value.imports)) return false
  if (value.package !== null && typeof value.package !== 'string') return false
  if (value.syntaxErrorLine !== undefined && !isLine(value.syntaxErrorLine)) return false
  return value.imports.every((i: unknown) => isRecord(i) && typeof i.path === 'string' && isLine(i.line))
}
