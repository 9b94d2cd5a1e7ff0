import type { EdgeKind } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import type { Downstream, ImportGraph } from '../graph/import-graph.js'

export interface ChangedImpact {
  readonly path: RepoPath
  /** Files importing it directly (ring 1). */
  readonly direct: number
  readonly total: number
  /** rings[k]: files whose shortest import path to it has k+1 steps, sorted. */
  readonly rings: RepoPath[][]
}

/** An affected file: its nearest ring, and `via`, the next file toward the change (a removed file, for the files that still import one). */
export type AffectedFile = Downstream

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
  const { kinds } = options
  const sources = [...new Set(changed)]
  const perFile = sources.map((path) => changedImpact(path, graph.downstream([path], { kinds })))
  const seeds = [...(options.removed ?? [])].flatMap(([via, importers]) => importers.map((path) => ({ path, via })))
  const files = graph.downstream(sources, { kinds, seeds })
  return { changed: perFile, affected: { total: files.length, files } }
}

/** One changed file's figures from the files its radius holds (in ring order, as a walk gives them). */
export function changedImpact(path: RepoPath, radius: readonly Downstream[]): ChangedImpact {
  const rings: RepoPath[][] = []
  for (const file of radius) (rings[file.ring - 1] ??= []).push(file.path)
  return { path, direct: rings[0]?.length ?? 0, total: radius.length, rings }
}
