// The n² way, written out plainly: every pair of every group as an edge, merged with the edges given
// one by one. Tests hold the graph's groups to it (same edges, same radius).
import type { Edge, EdgeGroup, EdgeKindSpec } from '../../src/core/model.js'
import { byCodePoint } from '../../src/core/repo-path.js'

export function expandGroups(edges: readonly Edge[], groups: readonly EdgeGroup[], kinds: readonly EdgeKindSpec[]): Edge[] {
  const rank = (kind: string) => kinds.findIndex((spec) => spec.kind === kind)
  const byPair = new Map<string, Edge>()
  for (const edge of edges) byPair.set(`${edge.from}\0${edge.to}`, edge)
  for (const group of groups) {
    for (const from of group.members) {
      for (const to of new Set([...group.members, ...(group.alsoOn ?? [])])) {
        if (from === to) continue
        const known = byPair.get(`${from}\0${to}`)
        const all = [...new Set([...(known?.kinds ?? (known ? [known.kind] : [])), group.kind])].sort((a, b) => rank(a) - rank(b))
        byPair.set(`${from}\0${to}`, {
          from,
          to,
          kind: all[0]!,
          ...(all.length > 1 && { kinds: all }),
          ...(known?.line !== undefined && { line: known.line }),
        })
      }
    }
  }
  return [...byPair.values()].sort((a, b) => byCodePoint(a.from, b.from) || byCodePoint(a.to, b.to))
}
