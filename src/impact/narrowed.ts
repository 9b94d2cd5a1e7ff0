import type { EdgeKind } from '../core/model.js'
import { byCodePoint, type RepoPath } from '../core/repo-path.js'
import type { Downstream, ImportGraph } from '../graph/import-graph.js'
import type { ImporterOf, NameUser } from '../languages/adapter.js'

/** A file's direct importers, with the kinds of each edge: what a language judges name by name. */
export function directImporters(graph: ImportGraph, path: RepoPath): ImporterOf[] {
  // One ring of the walk, not the whole radius cut to its first ring: this runs for every changed file and every re-export.
  return graph.downstream([path], { rings: 1 }).map((f) => {
    const edge = graph.edge(f.path, path)
    return { path: f.path, kinds: edge ? (edge.kinds ?? [edge.kind]) : [] }
  })
}

export interface NarrowOptions {
  /** Follow only edges of these kinds; a user joins only where its edge to the file it uses has one of them. */
  readonly kinds?: ReadonlySet<EdgeKind>
  /** The changed files: never in a radius, though a user may import one. */
  readonly changed?: readonly RepoPath[]
  /** Files that join ring 1 whatever the names (the importers of a removed file, the declared readers). */
  readonly seeds?: readonly { readonly path: RepoPath; readonly via: RepoPath }[]
}

/**
 * The radius narrowed to names (issue 17): the changed files whose users are known reach their users
 * (ring 1), and from ring 2 on every importer of those, as the file-level radius does; a user that only
 * passes the names on is in ring 1 but its importers are not followed (its users among them are users
 * themselves). The other sources (`whole`: a file whose names are all changed or unknown) reach all their importers.
 */
export function narrowedReach(
  graph: ImportGraph,
  whole: readonly RepoPath[],
  users: readonly NameUser[],
  options: NarrowOptions = {},
): Downstream[] {
  const { kinds } = options
  const joins = (user: NameUser) => {
    if (!kinds) return true
    const edge = graph.edge(user.path, user.via)
    return (edge?.kinds ?? (edge ? [edge.kind] : [])).some((k) => kinds.has(k))
  }
  const sources = new Set(whole)
  const changed = new Set([...whole, ...(options.changed ?? [])])
  const followed = users.filter((u) => !u.reexports && joins(u) && !changed.has(u.path))
  const seeds = [...(options.seeds ?? []), ...followed.map((u) => ({ path: u.path, via: u.via }))]
  // A changed file reached from a user is no file of its radius (ring 0 of the file-level one).
  const found = graph.downstream([...sources], { kinds, seeds }).filter((f) => !changed.has(f.path))
  const reached = new Set(found.map((f) => f.path))
  const passing = users.filter((u) => u.reexports && joins(u) && !reached.has(u.path) && !changed.has(u.path))
  if (!passing.length) return found
  // Files that only pass names on stand in ring 1 beside the others, in path order as a walk gives them.
  const extra = [...new Map(passing.map((u) => [u.path, { path: u.path, ring: 1, via: u.via }])).values()]
  const ring1 = [...found.filter((f) => f.ring === 1), ...extra].sort((a, b) => byCodePoint(a.path, b.path))
  return [...ring1, ...found.filter((f) => f.ring > 1)]
}
