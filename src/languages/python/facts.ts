import type { EdgeKind } from '../../core/model.js'

/** Where an import statement stands: at module level, in a function body, or under `if TYPE_CHECKING:`. */
export type ImportContext = Exclude<EdgeKind, 'package'>

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

export interface PyFacts {
  readonly imports: readonly PyImport[]
  /** `importlib.import_module('x')` and `__import__('x')` with a literal name. */
  readonly dynamic: readonly { readonly line: number; readonly specifier: string }[]
  /** The first line tree-sitter could not parse; the imports above are what its partial tree still holds. */
  readonly syntaxErrorLine?: number
}
