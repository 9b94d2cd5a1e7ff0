import type { EdgeKind } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import type { ImportGraph } from '../graph/import-graph.js'
import type { Impact } from '../impact/blast-radius.js'
import { count, plural } from '../format/numbers.js'
import { direction, layout, round, SHELL, type Sector, type Shell } from './layout.js'
import { snapshotAreas } from './snapshot-areas.js'

/** Where a file stands relative to the change; `via` is the id of the next file toward the change, -1 for a removed file. */
export type NodeRole =
  { readonly role: 'changed' } | { readonly role: 'affected'; readonly ring: number; readonly via: number } | { readonly role: 'outside' }

export type SceneNode = NodeRole & {
  readonly path: RepoPath
  readonly x: number
  readonly y: number
  readonly z: number
  /** Affected files whose shortest chain back to the change runs through this file (itself included). */
  readonly downstream: number
  /** Index into the scene's areas. */
  readonly area: number
  /** Reached from the change through edges followed when a file is loaded (a changed file is). */
  readonly atImport: boolean
  /** For an affected file: the 1-based line of its import of `via`, when known. */
  readonly viaLine?: number
  /** For an affected file: the control point of its edge toward `via`, shared by its area's edges of its ring, so they run as one bundle. */
  readonly bend?: readonly [number, number, number]
}

/** An area of the repository (folders at the depth that separates them) and what the change does there. */
export interface SceneArea {
  readonly name: string
  /** What its files' paths start with (`django/db/`; `''` for the top level and the other folders). */
  readonly prefix: string
  readonly sector: Sector
  /** Where its name is drawn: at the middle of its sector, just outside the shells. */
  readonly anchor: readonly [number, number, number]
  readonly files: number
  /** byRing[k]: its files in ring k (byRing[0]: changed files). */
  readonly byRing: readonly number[]
  /** Its affected files (ring ≥ 1). */
  readonly affected: number
}

export interface SceneEdge {
  readonly from: number
  readonly to: number
  readonly kind: EdgeKind
  /** 1-based line of the import in `from`, when known. */
  readonly line?: number
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
  /** Affected files reached at import time. */
  readonly atImport: number
  readonly areas: readonly SceneArea[]
  /** shells[k]: ring k's extent from the centre; the last entry is the files not reached. */
  readonly shells: readonly Shell[]
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
  const paths = graph.files.map((f) => f.path)
  const { areas: named, areaOf } = snapshotAreas(
    paths,
    rings.map((r) => r >= 0),
  )
  const { positions, shells, sectors } = layout(paths, rings, areaOf, named.length)
  const downstream = downstreamCounts(roles, impact, idOf)
  const atImport = atImportSet(graph, impact)
  // Every property written out, no object spread but the optional ones at the end: a literal that spreads another
  // object first makes V8 define each later property through its runtime (on Django a third of the scene's time).
  const nodes: SceneNode[] = graph.files.map((file, id) => {
    const role = roles[id]!
    const path = file.path
    const x = positions[3 * id]!
    const y = positions[3 * id + 1]!
    const z = positions[3 * id + 2]!
    const area = areaOf[id]!
    const reached = role.role === 'changed' || atImport.has(path)
    if (role.role !== 'affected') return { role: role.role, path, x, y, z, downstream: downstream[id]!, area, atImport: reached }
    const { ring, via } = role
    const viaLine = via < 0 ? undefined : graph.edge(path, graph.files[via]!.path)?.line
    return {
      role: 'affected',
      ring,
      via,
      path,
      x,
      y,
      z,
      downstream: downstream[id]!,
      area,
      atImport: reached,
      ...(viaLine === undefined ? {} : { viaLine }),
      ...(via < 0 ? {} : { bend: bendOf(sectors[area]!, shells, ring) }),
    }
  })
  // By the graph's own ids (the scene's are the same: its files in the graph's order), with no Edge object and no
  // lookup of two paths per edge: at 100,000 files, 556,467 of each were a tenth of the scene's time.
  const edges: SceneEdge[] = []
  graph.eachEdge((from, to, kinds, line) => edges.push(line ? { from, to, kind: kinds[0]!, line } : { from, to, kind: kinds[0]! }))
  const ringCounts: number[] = [impact.changed.length]
  for (const ring of rings) if (ring > 0) ringCounts[ring] = (ringCounts[ring] ?? 0) + 1
  const areas = named.map(({ name, prefix }, area): SceneArea => {
    const byRing = ringCounts.map(() => 0)
    let files = 0
    rings.forEach((ring, id) => {
      if (areaOf[id] !== area) return
      files++
      if (ring >= 0) byRing[ring]!++
    })
    const sector = sectors[area]!
    const [x, y, z] = direction(sector.start + sector.width / 2, 0)
    const reach = shells[shells.length - 1]!.outer + 0.25 * SHELL
    const anchor = [round(x * reach), round(y * reach), round(z * reach)] as const
    return { name, prefix, sector, anchor, files, byRing, affected: byRing.slice(1).reduce((s, n) => s + n, 0) }
  })
  const subtitle = `${count(impact.affected.total)} of ${plural(nodes.length, 'file')} affected · ${plural(ringCounts.length - 1, 'ring')}`
  return {
    title: titleOf(impact),
    subtitle,
    nodes,
    edges,
    kinds: graph.kinds.map((k) => k.kind),
    ringCounts,
    affected: impact.affected.total,
    atImport: nodes.filter((n) => n.role === 'affected' && n.atImport).length,
    areas,
    shells,
    notes: notesOf(graph, impact),
  }
}

/** The bundle point of an area's edges from ring k to ring k−1: on the sector's middle, in the gap between the two shells. */
function bendOf(sector: Sector, shells: readonly Shell[], ring: number): [number, number, number] {
  const radius = (shells[ring]!.inner + shells[ring - 1]!.outer) / 2
  const [x, y, z] = direction(sector.start + sector.width / 2, 0)
  return [round(x * radius), round(y * radius), round(z * radius)]
}

/** The affected files reached through edges followed at load time only (a file that imports a removed one fails at load). */
function atImportSet(graph: ImportGraph, impact: Impact): Set<RepoPath> {
  const kinds = new Set(graph.kinds.filter((k) => k.atLoad).map((k) => k.kind))
  const known = new Set(graph.files.map((f) => f.path))
  const seeds = impact.affected.files.filter((f) => f.ring === 1 && !known.has(f.via))
  const sources = impact.changed.map((c) => c.path).filter((p) => known.has(p))
  return new Set(graph.downstream(sources, { kinds, seeds }).map((f) => f.path))
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
  if (!impact.changed.length) {
    // The files that still import a removed file, or read a changed data file, are affected with no changed file in the graph.
    notes.push(
      impact.affected.total
        ? 'No changed file is in the import graph: ring 1 is the files that still import a removed file or read a changed data file.'
        : 'None of the changed files is in the import graph: nothing was measured.',
    )
  }
  if (graph.files.length < 2 || !graph.stats.edges) {
    notes.push(
      `The import graph holds ${plural(graph.files.length, 'file')} and ${plural(graph.stats.edges, 'import')}: too little to measure a blast radius.`,
    )
  } else if (impact.changed.length && !impact.affected.total) {
    notes.push('No file in the graph imports the changed files.')
  }
  const unread = Object.values(graph.unread).reduce((sum, n) => sum + n, 0)
  if (unread) notes.push(`Not read (other languages): ${plural(unread, 'file')}. Imports from them are not shown.`)
  if (graph.partial.length) notes.push(`Read only in part (syntax errors): ${plural(graph.partial.length, 'file')}.`)
  return notes
}
