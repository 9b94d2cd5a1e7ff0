import type { DynamicImport, EdgeKind, PartialParse } from '../../../core/model.js'
import type { RepoPath } from '../../../core/repo-path.js'

/*
 * The language boundary's resolution types (src/languages/adapter.ts on main, "Language boundary…"),
 * held here until that commit reaches this branch; then these give way to its imports.
 */

export interface ResolveContext {
  readonly files: readonly RepoPath[]
  readText(path: RepoPath): string | undefined
}

export interface JsEdge {
  readonly from: RepoPath
  readonly to: RepoPath
  readonly kind: EdgeKind
  readonly line?: number
}

export interface JsUnresolved {
  readonly from: RepoPath
  readonly specifier: string
  readonly line: number
  readonly looksLocal?: boolean
}

export interface Resolution {
  readonly edges: readonly JsEdge[]
  readonly unresolved: readonly JsUnresolved[]
  readonly dynamic: readonly DynamicImport[]
  readonly partial: readonly PartialParse[]
  readonly attributes: readonly JsUnresolved[]
}
