import { visible } from '../format/escape.js'
import { DATA_ELEMENT_ID } from '../snapshot/viewer-html.js'
import type { ViewerData } from '../snapshot/viewer-data.js'

export interface Link {
  readonly node: number
  readonly kind: string
}

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
  for (let i = 0; i < data.edges.length; i += 3) {
    const [from, to, kind] = [data.edges[i]!, data.edges[i + 1]!, data.kinds[data.edges[i + 2]!]!]
    importers[to]!.push({ node: from, kind })
    imports[from]!.push({ node: to, kind })
  }
  return { data, shown: data.paths.map(visible), importers, imports, deepest: data.rings.reduce((max, r) => Math.max(max, r), 0) }
}

/** The chain from a file back to the change, following `via`: the file first, a changed file last. */
export function chainBack(model: Model, node: number): number[] {
  const chain = [node]
  for (let next = model.data.via[node]!; next >= 0 && chain.length <= model.deepest + 1; next = model.data.via[next]!) chain.push(next)
  return chain
}

export function ringName(ring: number): string {
  return ring === 0 ? 'changed file' : ring > 0 ? `ring ${ring}` : 'not affected'
}
