import type { EdgeKind } from '../core/model.js'
import { legendRows, type LegendRow } from './legend-svg.js'
import { ringOf, type Scene } from './scene.js'

/** An area as the viewer lists and labels it. */
export interface ViewerArea {
  readonly name: string
  /** Where its name is drawn. */
  readonly anchor: readonly [number, number, number]
  /** byRing[k]: its files in ring k (byRing[0]: changed files). */
  readonly byRing: readonly number[]
}

/** What the viewer page carries inline: the scene in flat arrays, indexed by node id. */
export interface ViewerData {
  readonly title: string
  readonly subtitle: string
  readonly paths: readonly string[]
  /** 0 changed, k ring k, -1 not affected. */
  readonly rings: readonly number[]
  /** The next node toward the change, -1 for none. */
  readonly via: readonly number[]
  /** The line of the import of `via` in the file, 0 when unknown. */
  readonly viaLines: readonly number[]
  /** x, y, z per node: the control point of its edge toward `via` (its area's bundle point; 0, 0, 0 for none). */
  readonly bends: readonly number[]
  readonly downstream: readonly number[]
  /** x, y, z per node. */
  readonly positions: readonly number[]
  /** Index into `areas` per node. */
  readonly area: readonly number[]
  /** 1 when the node is reached at import time (a changed file is), else 0. */
  readonly atImport: readonly number[]
  readonly areas: readonly ViewerArea[]
  /** from, to, kind (index into `kinds`), line (0 when unknown) per edge: `from` imports `to`. */
  readonly edges: readonly number[]
  readonly kinds: readonly EdgeKind[]
  readonly legend: readonly LegendRow[]
  readonly notes: readonly string[]
  /** Affected files reached at import time. */
  readonly atImportCount: number
  /** The outer radius of each ring's shell; the last entry is the files not reached. */
  readonly shellOuter: readonly number[]
}

export function viewerData(scene: Scene): ViewerData {
  // Flat arrays filled by loops, not flatMap: flatMap makes an array per node and per edge (on Django most of this function's time).
  const bends: number[] = []
  const positions: number[] = []
  for (const n of scene.nodes) {
    const bend = n.bend ?? NO_BEND
    bends.push(bend[0], bend[1], bend[2])
    positions.push(n.x, n.y, n.z)
  }
  const edges: number[] = []
  for (const e of scene.edges) edges.push(e.from, e.to, scene.kinds.indexOf(e.kind), e.line ?? 0)
  return {
    title: scene.title,
    subtitle: scene.subtitle,
    paths: scene.nodes.map((n) => n.path),
    rings: scene.nodes.map(ringOf),
    via: scene.nodes.map((n) => (n.role === 'affected' ? n.via : -1)),
    viaLines: scene.nodes.map((n) => n.viaLine ?? 0),
    bends,
    downstream: scene.nodes.map((n) => n.downstream),
    positions,
    area: scene.nodes.map((n) => n.area),
    atImport: scene.nodes.map((n) => (n.atImport ? 1 : 0)),
    areas: scene.areas.map((a) => ({ name: a.name, anchor: a.anchor, byRing: a.byRing })),
    edges,
    kinds: scene.kinds,
    legend: legendRows(scene),
    notes: scene.notes,
    atImportCount: scene.atImport,
    shellOuter: scene.shells.map((s) => Math.round(s.outer * 100) / 100),
  }
}

const NO_BEND = [0, 0, 0] as const
