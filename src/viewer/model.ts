import { visible } from '../format/escape.js'
import { DATA_ELEMENT_ID } from '../snapshot/viewer-html.js'
import type { ViewerData } from '../snapshot/viewer-data.js'

export interface Link {
  readonly node: number
  readonly kind: string
  /** Line of the import in the importing file, 0 when unknown. */
  readonly line: number
}

/** Numbers per edge in `edges`: from, to, kind, line. */
export const EDGE_STRIDE = 4

/** The inline data, with both directions of every edge indexed for the panel. */
export interface Model {
  readonly data: ViewerData
  /** Paths as shown to people: control and direction-changing characters spelled out, as in the report. */
  readonly shown: readonly string[]
  readonly importers: readonly Link[][]
  readonly imports: readonly Link[][]
  readonly deepest: number
}

export function readModel(): Model {
  const element = document.getElementById(DATA_ELEMENT_ID)
  if (!element?.textContent) throw new Error('the page carries no graph data')
  const data = JSON.parse(element.textContent) as ViewerData
  const importers: Link[][] = data.paths.map(() => [])
  const imports: Link[][] = data.paths.map(() => [])
  for (let i = 0; i < data.edges.length; i += EDGE_STRIDE) {
    const [from, to, kind, line] = [data.edges[i]!, data.edges[i + 1]!, data.kinds[data.edges[i + 2]!]!, data.edges[i + 3]!]
    importers[to]!.push({ node: from, kind, line })
    imports[from]!.push({ node: to, kind, line })
  }
  return { data, shown: data.paths.map(visible), importers, imports, deepest: data.rings.reduce((max, r) => Math.max(max, r), 0) }
}

/** The chain from a file back to the change, following `via`: the file first, a changed file last. */
export function chainBack(model: Model, node: number): number[] {
  const chain = [node]
  for (let next = model.data.via[node]!; next >= 0 && chain.length <= model.deepest + 1; next = model.data.via[next]!) chain.push(next)
  return chain
}

/** The order the areas light up in when the radius is replayed: by the first ring that reaches them, then by how many files it reaches there. */
export function lightingOrder(model: Model): number[] {
  const first = (area: number) => {
    const ring = model.data.areas[area]!.byRing.findIndex((n, k) => k > 0 && n > 0)
    return ring < 0 ? Infinity : ring
  }
  return model.data.areas
    .map((_, i) => i)
    .filter((i) => first(i) !== Infinity)
    .sort((a, b) => first(a) - first(b) || model.data.areas[b]!.byRing[first(b)]! - model.data.areas[a]!.byRing[first(a)]! || a - b)
}

/** An area's affected files up to ring `upTo`. */
export function litFiles(model: Model, area: number, upTo: number): number {
  return model.data.areas[area]!.byRing.slice(1, upTo + 1).reduce((s, n) => s + n, 0)
}

export function ringName(ring: number): string {
  return ring === 0 ? 'changed file' : ring > 0 ? `ring ${ring}` : 'not affected'
}
