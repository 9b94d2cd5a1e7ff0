import type { EdgeKind } from '../core/model.js'
import { byCodePoint, type RepoPath } from '../core/repo-path.js'
import type { ImportGraph } from '../graph/import-graph.js'
import type { AffectedFile } from '../impact/blast-radius.js'
import { chainOf } from '../impact/chain.js'

/**
 * A file on a chain, and the kind of the import that leads to it from the file before (none for the
 * first); `removed` when the step is an import of a file this change removes, which the graph no longer holds;
 * `declared` when it is a file `.blast-radius.yml` says the code reads (no import, no file of the graph).
 */
export type ChainLink =
  | { readonly path: RepoPath; readonly kind?: undefined }
  | {
      readonly path: RepoPath
      readonly kind: EdgeKind
      /** The line, in the file before, of the import that makes the step (where one statement does). */
      readonly line?: number
    }
  | { readonly path: RepoPath; readonly kind: 'removed' | 'declared' }

/** What a chain explains: a hub the radius flows through, or the file that stands for an area. */
export type ChainReason = { readonly hub: RepoPath } | { readonly area: string }

export interface ExplainedChain {
  readonly why: ChainReason
  readonly links: readonly ChainLink[]
}

/**
 * The chains worth reading: one for each hub (how the change reaches it), then one for each top area,
 * through the file of that area that most of the area reaches the change through, so that a chain
 * stands for many files rather than for the farthest few. A chain already shown as part of another is
 * left out.
 */
export function explainingChains(
  graph: ImportGraph,
  affected: readonly AffectedFile[],
  hubs: readonly RepoPath[],
  areas: readonly string[],
  areaOf: (path: string) => string,
  through: ReadonlyMap<RepoPath, number>,
  declared: ReadonlySet<string> = new Set(),
): ExplainedChain[] {
  const byPath = new Map(affected.map((f) => [f.path, f]))
  const picked: { why: ChainReason; chain: RepoPath[] }[] = []
  for (const hub of hubs) {
    const file = byPath.get(hub)
    if (file) picked.push({ why: { hub }, chain: chainOf(file, byPath) })
  }
  const best = new Map<string, AffectedFile>()
  for (const file of affected) {
    const area = areaOf(file.path)
    if (!areas.includes(area)) continue
    const known = best.get(area)
    const rank = (f: AffectedFile) => through.get(f.path) ?? 1
    if (
      !known ||
      rank(file) > rank(known) ||
      (rank(file) === rank(known) && (file.ring < known.ring || (file.ring === known.ring && byCodePoint(file.path, known.path) < 0)))
    ) {
      best.set(area, file)
    }
  }
  for (const area of areas) {
    const file = best.get(area)
    if (file) picked.push({ why: { area }, chain: chainOf(file, byPath) })
  }
  // A chain that is the tail of a longer one shown says nothing new.
  const shown = picked.filter(
    ({ chain }, i) => !picked.some((other, j) => j !== i && isTail(chain, other.chain) && (other.chain.length > chain.length || j < i)),
  )
  return shown.map(({ why, chain }) => ({ why, links: withKinds(graph, chain, declared) }))
}

function isTail(short: readonly RepoPath[], long: readonly RepoPath[]): boolean {
  if (short.length > long.length) return false
  const offset = long.length - short.length
  return short.every((path, i) => long[offset + i] === path)
}

/** Each link with the kind of the edge that reaches it: a `lazy` or `type` step tells a reader when the chain bites. */
function withKinds(graph: ImportGraph, chain: readonly RepoPath[], declared: ReadonlySet<string>): ChainLink[] {
  return chain.map((path, i) => {
    if (i === 0) return { path }
    const edge = graph.edge(chain[i - 1]!, path)
    if (edge) return { path, kind: edge.kind, ...(edge.line !== undefined && { line: edge.line }) }
    // No edge: the step to a declared data file, or to a removed file, which the graph no longer holds.
    return { path, kind: declared.has(path) || declared.has(chain[i - 1]!) ? ('declared' as const) : ('removed' as const) }
  })
}

/** A long chain shown as its first and last `keep` links around a count of the ones left out. */
export function shortenChain<T>(chain: readonly T[], keep = 6): (T | { readonly hidden: number })[] {
  return chain.length <= 2 * keep + 1 ? [...chain] : [...chain.slice(0, keep), { hidden: chain.length - 2 * keep }, ...chain.slice(-keep)]
}

/** A chain as its files, each with the line in it of the import that leads to the next, and the kind of the step that reached it. */
export interface ChainStep {
  readonly path: RepoPath
  /** Kind of the import that reaches this file from the one before (none for the first). */
  readonly kind?: EdgeKind
  /** The line in this file of its import of the next file, where one statement makes the step. */
  readonly line?: number
}

export function chainSteps(links: readonly ChainLink[]): ChainStep[] {
  return links.map((link, i) => {
    const next = links[i + 1]
    const line = next && 'line' in next ? next.line : undefined
    return { path: link.path, ...(link.kind !== undefined && { kind: link.kind }), ...(line !== undefined && { line }) }
  })
}
