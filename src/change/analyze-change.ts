import type { ChangedFile, Unresolved } from '../core/model.js'
import { byCodePoint, toRepoPath, type RepoPath } from '../core/repo-path.js'
import type { ImportGraph } from '../graph/import-graph.js'
import { blastRadius, type Impact } from '../impact/blast-radius.js'
import { languageAdapters } from '../languages/registry.js'

/** Only edges that run when the importing module is loaded: the part of the radius that breaks at import time. */
const IMPORT_TIME = new Set(['import', 'package'] as const)

export interface GoneFile {
  /** The removed file, or the old path of a renamed one. */
  readonly path: string
  readonly status: ChangedFile['status']
  /** Imports in the current tree that still name it (by the module's name, or a name inside it): they are now broken. */
  readonly stillImportedBy: readonly Unresolved[]
}

export interface ChangeAnalysis {
  readonly graph: ImportGraph
  readonly changes: readonly ChangedFile[]
  /** Changed files the graph knows: the sources of the blast radius. */
  readonly inGraph: readonly RepoPath[]
  /** Changed files the graph does not read (other languages, docs, data). */
  readonly outsideGraph: readonly ChangedFile[]
  readonly impact: Impact
  /** The same radius following only `import` and `package` edges. */
  readonly importTimeImpact: Impact
  readonly gone: readonly GoneFile[]
}

/** Everything the report says about one change, computed once from the graph of the new tree. */
export function analyzeChange(graph: ImportGraph, changes: readonly ChangedFile[]): ChangeAnalysis {
  const inGraph: RepoPath[] = []
  const outsideGraph: ChangedFile[] = []
  const gone: GoneFile[] = []
  const files = graph.files.map((f) => f.path)
  for (const change of changes) {
    if (change.status !== 'removed' && graph.has(change.path)) inGraph.push(change.path as RepoPath)
    else if (change.status !== 'removed') outsideGraph.push(change)
    const old = change.status === 'removed' ? change.path : change.status === 'renamed' ? change.previousPath : undefined
    if (old !== undefined) gone.push({ path: old, status: change.status, stillImportedBy: importersOfGone(graph, files, old) })
  }
  return {
    graph,
    changes,
    inGraph,
    outsideGraph,
    impact: blastRadius(graph, inGraph),
    importTimeImpact: blastRadius(graph, inGraph, { kinds: IMPORT_TIME }),
    gone,
  }
}

function importersOfGone(graph: ImportGraph, files: readonly RepoPath[], old: string): Unresolved[] {
  let path: RepoPath
  try {
    path = toRepoPath(old)
  } catch {
    return []
  }
  const names = new Set(languageAdapters().flatMap((adapter) => adapter.namesOf(path, files)))
  if (!names.size) return []
  const naming = (u: Unresolved) => names.has(u.specifier) || names.has(u.specifier.slice(0, u.specifier.lastIndexOf('.')))
  return [...graph.unresolved.filter(naming), ...graph.attributes.filter(naming)].sort(
    (a, b) => byCodePoint(a.from, b.from) || a.line - b.line,
  )
}
