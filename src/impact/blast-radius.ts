import type { EdgeKind } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import type { ImportGraph } from '../graph/import-graph.js'

export interface ChangedImpact {
  readonly path: RepoPath
  /** Files importing it directly (ring 1). */
  readonly direct: number
  readonly total: number
  /** rings[k]: files whose shortest import path to it has k+1 steps, sorted. */
  readonly rings: RepoPath[][]
}

export interface AffectedFile {
  readonly path: RepoPath
  readonly ring: number
  /** The next file on one shortest path toward the changed files (a removed file's path, for the files that still import it). */
  readonly via: RepoPath
}

export interface Impact {
  readonly changed: ChangedImpact[]
  readonly affected: { readonly total: number; readonly files: AffectedFile[] }
}

export interface ImpactOptions {
  /** Follow only edges of these kinds (all kinds when absent). */
  readonly kinds?: ReadonlySet<EdgeKind>
  /**
   * Files that are gone (removed, or the old name of a renamed one), each with the graph's files that
   * still import it: those break, so they are ring 1 of the radius, and their importers follow.
   */
  readonly removed?: ReadonlyMap<RepoPath, readonly RepoPath[]>
}

/** The blast radius of each changed file, and their union with nearest rings and `via` links. */
export function blastRadius(graph: ImportGraph, changed: readonly RepoPath[], options: ImpactOptions = {}): Impact {
  const sources = [...new Set(changed)].map((path) => {
    const id = graph.idOf(path)
    if (id === undefined) throw new RangeError(`not in the graph: ${path}`)
    return id
  })
  const perFile = sources.map((id) => {
    const { order, ring } = walkImporters(graph, [id], [], options.kinds)
    const rings: RepoPath[][] = []
    for (const other of order.slice(1)) (rings[ring[other]! - 1] ??= []).push(graph.pathOf(other))
    return { path: graph.pathOf(id), direct: rings[0]?.length ?? 0, total: order.length - 1, rings }
  })

  const broken: { id: number; via: RepoPath }[] = []
  for (const [gone, importers] of options.removed ?? []) {
    for (const importer of importers) {
      const id = graph.idOf(importer)
      if (id !== undefined) broken.push({ id, via: gone })
    }
  }
  const union = walkImporters(graph, sources.sort((a, b) => a - b), broken, options.kinds)
  const files = union.order.slice(sources.length).map((id) => {
    const via = union.via[id]!
    return { path: graph.pathOf(id), ring: union.ring[id]!, via: via >= 0 ? graph.pathOf(via) : union.goneVia.get(id)! }
  })
  return { changed: perFile, affected: { total: files.length, files } }
}

/**
 * Breadth-first search up the importer links from the sources, with the files that import a removed
 * file joining ring 1. Frontiers are walked in ascending id (path) order, so rings come out sorted and
 * each `via` is the first file, by path, one ring closer.
 */
function walkImporters(graph: ImportGraph, sources: number[], broken: readonly { id: number; via: RepoPath }[], kinds?: ReadonlySet<EdgeKind>) {
  const ring = new Int32Array(graph.files.length).fill(-1)
  const via = new Int32Array(graph.files.length).fill(-1)
  const goneVia = new Map<number, RepoPath>()
  const order: number[] = []
  for (const id of sources) {
    ring[id] = 0
    order.push(id)
  }
  let frontier = sources
  for (let depth = 1; frontier.length || (depth === 1 && broken.length); depth++) {
    const next: number[] = []
    for (const id of frontier) {
      for (const importer of graph.importersOf(id, kinds)) {
        if (ring[importer] !== -1) continue
        ring[importer] = depth
        via[importer] = id
        next.push(importer)
      }
    }
    if (depth === 1) {
      for (const { id, via: gone } of broken) {
        if (ring[id] !== -1) continue
        ring[id] = 1
        goneVia.set(id, gone)
        next.push(id)
      }
    }
    next.sort((a, b) => a - b)
    for (const id of next) order.push(id)
    frontier = next
  }
  return { order, ring, via, goneVia }
}
