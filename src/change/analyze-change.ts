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
  const goneChanges: { path: string; status: ChangedFile['status'] }[] = []
  for (const change of changes) {
    if (change.status !== 'removed' && graph.has(change.path)) inGraph.push(change.path as RepoPath)
    else if (change.status !== 'removed') outsideGraph.push(change)
    const old = change.status === 'removed' ? change.path : change.status === 'renamed' ? change.previousPath : undefined
    if (old !== undefined) goneChanges.push({ path: old, status: change.status })
  }
  const stillImporting = importersOfGone(graph, goneChanges.map((g) => g.path))
  return {
    graph,
    changes,
    inGraph,
    outsideGraph,
    impact: blastRadius(graph, inGraph),
    importTimeImpact: blastRadius(graph, inGraph, { kinds: IMPORT_TIME }),
    gone: goneChanges.map((g) => ({ ...g, stillImportedBy: stillImporting.get(g.path) ?? [] })),
  }
}

/**
 * For each removed path, the imports that still name it: by its module's name, or a name inside it.
 * The references are indexed by name once, so a change that removes thousands of files costs one
 * pass over them, not one per file.
 */
function importersOfGone(graph: ImportGraph, gone: readonly string[]): Map<string, Unresolved[]> {
  const pathOf = new Map<string, RepoPath>()
  for (const old of gone) {
    try {
      pathOf.set(old, toRepoPath(old))
    } catch {
      // not a path inside the repository: nothing can import it
    }
  }
  const result = new Map<string, Unresolved[]>()
  if (!pathOf.size) return result
  const paths = [...new Set(pathOf.values())]
  const files = graph.files.map((f) => f.path)
  const namesByPath = languageAdapters().map((adapter) => adapter.namesOf(paths, files))
  const byName = new Map<string, Unresolved[]>()
  const file = (name: string, reference: Unresolved) => {
    const list = byName.get(name)
    if (list) list.push(reference)
    else byName.set(name, [reference])
  }
  for (const reference of [...graph.unresolved, ...graph.attributes]) {
    // Named by the module itself, or by a name one level inside it.
    file(reference.specifier, reference)
    const dot = reference.specifier.lastIndexOf('.')
    if (dot > 0) file(reference.specifier.slice(0, dot), reference)
  }
  for (const [old, path] of pathOf) {
    const names = new Set(namesByPath.flatMap((byPath) => byPath.get(path) ?? []))
    const found = new Set([...names].flatMap((name) => byName.get(name) ?? []))
    result.set(old, [...found].sort((a, b) => byCodePoint(a.from, b.from) || a.line - b.line))
  }
  return result
}
