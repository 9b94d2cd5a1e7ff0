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
  /**
   * The local names an `as` gives, where the statement has one: for `import a.b as x` one entry, for a
   * `from` import one per name (null where a name keeps its own). Absent without any `as`.
   */
  readonly aliases?: readonly (string | null)[]
}

/**
 * How a file uses one name its import statements bind, or `__all__` (issue 17): the attribute paths read
 * off it in code (`utils.text.capfirst` after `import django`), and whether it stands otherwise (called,
 * passed on, rebound, in an f-string), where what is used of it is not known. A bound name that never
 * occurs outside its import has no entry.
 */
export interface NameRead {
  readonly name: string
  /** Dotted attribute paths read off the name, without the name, sorted and each once; none where it is bare (they say nothing more then). */
  readonly attributes: readonly string[]
  readonly bare: boolean
}

/** A file's import statements, dynamic imports and syntax error, with what it says about Python's path. */
export interface PyFacts extends PathFacts {
  readonly imports: readonly PyImport[]
  /** `importlib.import_module('x')` and `__import__('x')` with a literal name. */
  readonly dynamic: readonly { readonly line: number; readonly specifier: string }[]
  /** Dotted names in string literals of Django settings (`INSTALLED_APPS = ["shop.orders"]`): modules loaded by name. */
  readonly settings: readonly { readonly line: number; readonly specifier: string }[]
  /** Every name bound by an import (but `__future__`'s) that occurs in code, and `__all__`, by name. */
  readonly reads: readonly NameRead[]
  /**
   * The module's `__all__` where every assignment to it is a literal list or tuple of strings (`=`, `+=`):
   * its names; null where it is anything else or used otherwise; absent where the module has none.
   */
  readonly exports?: readonly string[] | null
  /** The first line tree-sitter could not parse; the imports above are what its partial tree still holds. */
  readonly syntaxErrorLine?: number
}

const CONTEXTS = new Set(['import', 'lazy', 'type'])
const isLine = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isStrings = (v: unknown) => Array.isArray(v) && v.every((n) => typeof n === 'string')

/** Checks a value's shape, field by field: cached facts come from a file anything could have written. */
export function isPyFacts(value: unknown): value is PyFacts {
  if (!isRecord(value) || !Array.isArray(value.imports) || !Array.isArray(value.dynamic) || !Array.isArray(value.settings)) return false
  if (value.syntaxErrorLine !== undefined && !isLine(value.syntaxErrorLine)) return false
  if (value.exports !== undefined && value.exports !== null && !isStrings(value.exports)) return false
  const readOk = (r: unknown) => isRecord(r) && typeof r.name === 'string' && isStrings(r.attributes) && typeof r.bare === 'boolean'
  if (!Array.isArray(value.reads) || !value.reads.every(readOk)) return false
  const importOk = (i: unknown) =>
    isRecord(i) &&
    isLine(i.line) &&
    CONTEXTS.has(i.context as string) &&
    Number.isSafeInteger(i.level) &&
    (i.level as number) >= 0 &&
    typeof i.module === 'string' &&
    (i.names === null || isStrings(i.names)) &&
    (i.aliases === undefined || (Array.isArray(i.aliases) && i.aliases.every((n) => n === null || typeof n === 'string')))
  const dynamicOk = (d: unknown) => isRecord(d) && isLine(d.line) && typeof d.specifier === 'string'
  return value.imports.every(importOk) && value.dynamic.every(dynamicOk) && value.settings.every(dynamicOk) && isPathFacts(value)
}
