import { isPathFacts, type PathFacts } from './path-facts.js'

/** Where an import statement stands: at module level, in a function body, or under `if TYPE_CHECKING:`. */
export type ImportContext = 'import' | 'lazy' | 'type'

/**
 * One import statement's target, as written. `import a.b, c` gives two; `from X import n, m` gives one
 * with both names.
 */
export interface PyImport {
  /** 1-based line of the statement's first token. */
  readonly line: number
  readonly context: ImportContext
  /** Leading dots of a relative import; 0 for absolute ones. */
  readonly level: number
  /** The dotted module after `import` or `from` ('' for `from . import x`). */
  readonly module: string
  /** null for `import module`; the imported names of a `from` import, `['*']` for a star import. */
  readonly names: readonly string[] | null
}

/** A file's import statements, dynamic imports and syntax error, with what it says about Python's path. */
export interface PyFacts extends PathFacts {
  readonly imports: readonly PyImport[]
  /** `importlib.import_module('x')` and `__import__('x')` with a literal name. */
  readonly dynamic: readonly { readonly line: number; readonly specifier: string }[]
  /** Dotted names in string literals of Django settings (`INSTALLED_APPS = ["shop.orders"]`): modules loaded by name. */
  readonly settings: readonly { readonly line: number; readonly specifier: string }[]
  /** The first line tree-sitter could not parse; the imports above are what its partial tree still holds. */
  readonly syntaxErrorLine?: number
}

const CONTEXTS = new Set(['import', 'lazy', 'type'])
const isLine = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Checks a value's shape, field by field: cached facts come from a file anything could have written. */
export function isPyFacts(value: unknown): value is PyFacts {
  if (!isRecord(value) || !Array.isArray(value.imports) || !Array.isArray(value.dynamic) || !Array.isArray(value.settings)) return false
  if (value.syntaxErrorLine !== undefined && !isLine(value.syntaxErrorLine)) return false
  const importOk = (i: unknown) =>
    isRecord(i) &&
    isLine(i.line) &&
    CONTEXTS.has(i.context as string) &&
    Number.isSafeInteger(i.level) &&
    (i.level as number) >= 0 &&
    typeof i.module === 'string' &&
    (i.names === null || (Array.isArray(i.names) && i.names.every((n) => typeof n === 'string')))
  const dynamicOk = (d: unknown) => isRecord(d) && isLine(d.line) && typeof d.specifier === 'string'
  return value.imports.every(importOk) && value.dynamic.every(dynamicOk) && value.settings.every(dynamicOk) && isPathFacts(value)
}
