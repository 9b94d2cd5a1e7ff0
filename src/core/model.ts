import type { RepoPath } from './repo-path.js'

/** Edge kinds, strongest first: an edge between a pair of files carries the first that applies. */
export const EDGE_KINDS = ['import', 'lazy', 'type', 'package'] as const
export type EdgeKind = (typeof EDGE_KINDS)[number]

export function strongerKind(a: EdgeKind, b: EdgeKind): EdgeKind {
  return EDGE_KINDS.indexOf(a) <= EDGE_KINDS.indexOf(b) ? a : b
}

export type LanguageId = 'python'

export interface SourceFile {
  readonly path: RepoPath
  /** git's blob id where git tracks the file unchanged in the work tree: a free content key for caches. */
  readonly blob?: string
}

export interface Edge {
  readonly from: RepoPath
  readonly to: RepoPath
  readonly kind: EdgeKind
}

export interface Unresolved {
  readonly from: RepoPath
  readonly specifier: string
  readonly line: number
}

export interface Skipped {
  readonly path: string
  readonly reason: string
}

/** A file read only in part: its syntax breaks at `line`, and the imports above still count. */
export interface PartialParse {
  readonly path: RepoPath
  readonly line: number
}

/** A call that imports a module named by a string literal: seen, but not an edge. */
export interface DynamicImport {
  readonly from: RepoPath
  readonly specifier: string
  readonly line: number
}

/** A file's status in a change, as GitHub's pulls.listFiles and `git diff --name-status` give it. */
export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed'

export interface ChangedFile {
  /** Repository-relative, `/`-separated: not yet known to be in the graph. */
  readonly path: string
  readonly status: ChangeStatus
  /** The old path of a renamed (or copied) file. */
  readonly previousPath?: string
}
