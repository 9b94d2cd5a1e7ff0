import type { EdgeKind } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import type { ImportGraph } from '../graph/import-graph.js'
import type { Impact } from '../impact/blast-radius.js'
import { count, plural } from '../format/numbers.js'
import { layoutPositions } from './layout.js'

/** Where a file stands relative to the change; `via` is the id of the next file toward the change, -1 for a removed file. */
export type NodeRole =
  | { readonly role: 'changed' }
  | { readonly role: 'affected'; readonly ring: number; readonly via: number }
  | { readonly role: 'outside' }

export type SceneNode = NodeRole & {
  readonly path: RepoPath
  readonly x: number
  readonly y: number
  readonly z: number
  /** Affected files whose shortest chain back to the change runs through this file (itself included). */
  readonly downstream: number
}

export interface SceneEdge {
  readonly from: number
  readonly to: number
  readonly kind: EdgeKind
}

/** One scene, computed once in Node, drawn by both the PNG and the viewer. Node ids are the files' places in path order. */
export interface Scene {
  readonly title: string
  /** "2,281 of 2,760 files affected · 12 rings" */
  readonly subtitle: string
  readonly nodes: readonly SceneNode[]
  readonly edges: readonly SceneEdge[]
  /** The graph's edge kinds, strongest first. */
  readonly kinds: readonly EdgeKind[]
  /** ringCounts[k]: files in ring k; ringCounts[0] is the changed files. */
  readonly ringCounts: readonly number[]
  readonly affected: number
  /** Caveats that must be seen with the picture, so that an empty one never reads as "safe". */
  readonly notes: readonly string[]
}

/** 0 for a changed file, its ring for an affected one, -1 for the rest: the compact form for shaders and JSON. */
export function ringOf(node: NodeRole): number {
  return node.role === 'changed' ? 0 : node.role === 'affected' ? node.ring : -1
}

export function buildScene(graph: ImportGraph, impact: Impact): Scene {
  const ids = new Map(graph.files.map((file, id) => [file.path, id]))
  const idOf = (path: RepoPath) => ids.get(path) ?? -1
  const roles: NodeRole[] = graph.files.map(() => ({ role: 'outside' }))
  for (const changed of impact.changed) roles[idOf(changed.path)] = { role: 'changed' }
  for (const file of impact.affected.files) {
    roles[idOf(file.path)] = { role: 'affected', ring: file.ring, via: idOf(file.via) }
  }
  const rings = roles.map(ringOf)
  const positions = layoutPositions(graph.files.map((f) => f.path), rings)
  const downstream = downstreamCounts(roles, impact, idOf)
  const nodes = graph.files.map((file, id) => ({
    ...roles[id]!,
    path: file.path,
    x: positions[3 * id]!,
    y: positions[3 * id + 1]!,
    z: positions[3 * id + 2]!,
    downstream: downstream[id]!,
  }))
  const edges = graph.edges.map((e) => ({ from: idOf(e.from), to: idOf(e.to), kind: e.kind }))
  const ringCounts: number[] = [impact.changed.length]
  for (const ring of rings) if (ring > 0) ringCounts[ring] = (ringCounts[ring] ?? 0) + 1
  const subtitle = `${count(impact.affected.total)} of ${plural(nodes.length, 'file')} affected · ${plural(ringCounts.length - 1, 'ring')}`
  return { title: titleOf(impact), subtitle, nodes, edges, kinds: graph.kinds.map((k) => k.kind), ringCounts, affected: impact.affected.total, notes: notesOf(graph, impact) }
}

function titleOf(impact: Impact): string {
  const [first, ...rest] = impact.changed
  if (!first) return 'Blast radius: no changed file is in the import graph'
  return rest.length ? `Blast radius of ${impact.changed.length} changed files` : `Blast radius of ${first.path}`
}

/** Sizes of the `via` subtrees: how much of the radius flows through each file. */
function downstreamCounts(roles: readonly NodeRole[], impact: Impact, idOf: (path: RepoPath) => number): number[] {
  const counts = roles.map((r) => (r.role === 'affected' ? 1 : 0))
  // Affected files come nearest ring first, so walking them backwards settles every subtree before its root.
  for (let i = impact.affected.files.length - 1; i >= 0; i--) {
    const id = idOf(impact.affected.files[i]!.path)
    const role = roles[id]!
    if (role.role === 'affected' && roles[role.via]?.role === 'affected') counts[role.via]! += counts[id]!
  }
  return counts
}

function notesOf(graph: ImportGraph, impact: Impact): string[] {
  const notes: string[] = []
  if (!impact.changed.length) notes.push('None of the changed files is in the import graph: nothing was measured.')
  if (graph.files.length < 2 || !graph.edges.length) {
    notes.push(`The import graph holds ${plural(graph.files.length, 'file')} and ${plural(graph.edges.length, 'import')}: too little to measure a blast radius.`)
  } else if (impact.changed.length && !impact.affected.total) {
    notes.push('No file in the graph imports the changed files.')
  }
  const unread = Object.values(graph.unread).reduce((sum, n) => sum + n, 0)
  if (unread) notes.push(`Not read (other languages): ${plural(unread, 'file')}. Imports from them are not shown.`)
  if (graph.partial.length) notes.push(`Read only in part (syntax errors): ${plural(graph.partial.length, 'file')}.`)
  return notes
}
