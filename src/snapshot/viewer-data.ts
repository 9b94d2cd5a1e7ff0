import type { EdgeKind } from '../core/model.js'
import { legendRows, type LegendRow } from './legend-svg.js'
import { ringOf, type Scene } from './scene.js'

/** What the viewer page carries inline: the scene in flat arrays, indexed by node id. */
export interface ViewerData {
  readonly title: string
  readonly subtitle: string
  readonly paths: readonly string[]
  /** 0 changed, k ring k, -1 not affected. */
  readonly rings: readonly number[]
  /** The next node toward the change, -1 for none. */
  readonly via: readonly number[]
  readonly downstream: readonly number[]
  /** x, y, z per node. */
  readonly positions: readonly number[]
  /** from, to, kind (index into `kinds`) per edge: `from` imports `to`. */
  readonly edges: readonly number[]
  readonly kinds: readonly EdgeKind[]
  readonly legend: readonly LegendRow[]
  readonly notes: readonly string[]
}

export function viewerData(scene: Scene): ViewerData {
  return {
    title: scene.title,
    subtitle: scene.subtitle,
    paths: scene.nodes.map((n) => n.path),
    rings: scene.nodes.map(ringOf),
    via: scene.nodes.map((n) => (n.role === 'affected' ? n.via : -1)),
    downstream: scene.nodes.map((n) => n.downstream),
    positions: scene.nodes.flatMap((n) => [n.x, n.y, n.z]),
    edges: scene.edges.flatMap((e) => [e.from, e.to, scene.kinds.indexOf(e.kind)]),
    kinds: scene.kinds,
    legend: legendRows(scene),
    notes: scene.notes,
  }
}
