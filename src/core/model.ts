import type { RepoPath } from './repo-path.js'

/**
 * A kind of dependency between two files. Every language names its own (Python's `lazy`, Go's
 * `package`); the standard four of the graph JSON are `import`, `lazy`, `type` and `package`.
 */
export type EdgeKind = string

/** An edge kind a language produces, and what it means: the graph and the report read only this. */
export interface EdgeKindSpec {
  readonly kind: EdgeKind
  /** Whether the edge is followed when the importing file is loaded: part of the "at import time" radius. */
  readonly atLoad: boolean
  /** For a report's legend, after the kind's name: "inside a function body: loaded when it runs". */
  readonly meaning: string
}

/** A file's language, as the graph JSON names it (`python`, `typescript`, `go`). */
export type LanguageId = string

export interface SourceFile {
  readonly path: RepoPath
  /** git's blob id where git tracks the file unchanged in the work tree: a free content key for caches. */
  readonly blob?: string
}

export interface Edge {
  readonly from: RepoPath
  readonly to: RepoPath
  /** The strongest kind that joins the pair. */
  readonly kind: EdgeKind
  /**
   * Every kind that joins the pair, strongest first, where there is more than one (a lazy import of a
   * file that is also loaded by a package the importer belongs to): the pair counts at import time if any of them does.
   */
  readonly kinds?: readonly EdgeKind[]
  /** 1-based line in `from` of the import that makes the edge; absent where no statement does (Python's `package`). */
  readonly line?: number
}

/**
 * Files that all depend on each other (one scope, as a Go package's files), declared once instead of as
 * every pair: each member depends on every other member and on every file of `alsoOn`, by `kind`, with
 * no line (no one statement makes it). Listed file to file these are n² edges; held as a group they
 * cost the graph n. A file is a member of one group at most.
 */
export interface EdgeGroup {
  readonly kind: EdgeKind
  readonly members: readonly RepoPath[]
  /** Files the members depend on that do not depend back through this group (a package, for its tests). */
  readonly alsoOn?: readonly RepoPath[]
}

export interface Unresolved {
  readonly from: RepoPath
  readonly specifier: string
  readonly line: number
  /** The language's judgement that a file of this repository was meant (relative, or under one of its own names). */
  readonly looksLocal?: boolean
}

/**
 * A project as its language found it, for `graph`'s views: where its modules are looked up and why,
 * so a user can see the model the edges come from (and what to fix when it is wrong).
 */
export interface ProjectRoots {
  readonly language: LanguageId
  /** The project's folder ('' for the repository root). */
  readonly project: string
  /** The files that say how it is laid out (packaging, settings); none when nothing does. */
  readonly files: readonly string[]
  /** Folders its modules are found in, each with the reason it is one. */
  readonly roots: readonly { readonly dir: string; readonly why: string }[]
  /** Why it adds no roots (a fixture: a project the tests read as data). */
  readonly fixture?: string
  /** What could not be read or used in those files, said to the user rather than guessed around. */
  readonly problems: readonly string[]
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
  /** The diff's hunks, where the change list has them (absent: which lines changed is not known). */
  readonly hunks?: readonly Hunk[]
}

/** One hunk of a diff, on the new side: lines `start`…`start + count - 1` are new; `removed` are the old lines it replaces. */
export interface Hunk {
  /** 1-based; for a hunk that only removes lines (`count` 0), the line after which they were. */
  readonly start: number
  readonly count: number
  readonly removed: readonly string[]
}
