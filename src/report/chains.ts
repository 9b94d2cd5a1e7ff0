import type { EdgeKind } from '../core/model.js'
import { byCodePoint, dirOf, type RepoPath } from '../core/repo-path.js'
import type { ImportGraph } from '../graph/import-graph.js'
import type { AffectedFile } from '../impact/blast-radius.js'
import { chainOf } from '../impact/chain.js'

/**
 * A file on a chain, and the kind of the import that leads to it from the file before (none for the
 * first); `removed` when the step is an import of a file this change removes, which the graph no longer holds.
 */
export type ChainLink =
  | { readonly path: RepoPath; readonly kind?: undefined }
  | {
      readonly path: RepoPath
      readonly kind: EdgeKind
      /** The line, in the file before, of the import that makes the step (where one statement does). */
      readonly line?: number
    }
  | { readonly path: RepoPath; readonly kind: 'removed' }

/**
 * Chains for up to `limit` of the farthest affected files: the deepest ring first, then the one
 * before it, a file per folder where it can, so that the few shown explain different parts of the radius.
 */
export function farthestChains(graph: ImportGraph, affected: readonly AffectedFile[], limit = 3): ChainLink[][] {
  const byPath = new Map(affected.map((f) => [f.path, f]))
  const farthest = [...affected].sort((a, b) => b.ring - a.ring).slice(0, limit * 20)
  const chains: RepoPath[][] = []
  const covered = new Set<RepoPath>()
  const folders = new Set<string>()
  // First pass: a folder each; second: any file. A file already on a chain shown adds nothing.
  for (const oneFolderEach of [true, false]) {
    for (const file of farthest) {
      if (chains.length === limit) break
      if (covered.has(file.path) || (oneFolderEach && folders.has(dirOf(file.path)))) continue
      const chain = chainOf(file, byPath)
      chain.forEach((path) => covered.add(path))
      folders.add(dirOf(file.path))
      chains.push(chain)
    }
  }
  return chains.sort((a, b) => b.length - a.length || byCodePoint(a[0]!, b[0]!)).map((chain) => withKinds(graph, chain))
}

/** Each link with the kind of the edge that reaches it: a `lazy` or `type` step tells a reader when the chain bites. */
function withKinds(graph: ImportGraph, chain: readonly RepoPath[]): ChainLink[] {
  return chain.map((path, i) => {
    if (i === 0) return { path }
    const edge = graph.edge(chain[i - 1]!, path)
    // No edge: the step to a removed file, which the graph no longer holds.
    return edge ? { path, kind: edge.kind, ...(edge.line !== undefined && { line: edge.line }) } : { path, kind: 'removed' as const }
  })
}

/** A long chain shown as its first and last `keep` links around a count of the ones left out. */
export function shortenChain<T>(chain: readonly T[], keep = 6): (T | { readonly hidden: number })[] {
  return chain.length <= 2 * keep + 1 ? [...chain] : [...chain.slice(0, keep), { hidden: chain.length - 2 * keep }, ...chain.slice(-keep)]
}
