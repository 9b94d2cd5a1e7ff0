import type { ImportGraph } from '../../src/graph/import-graph.js'
import { graphJson } from '../../src/report/graph-json.js'

/** How many rows of each kind a failure shows: enough to see the pattern, few enough to read. */
const SHOWN = 10

/**
 * Where two graphs differ, list by list (files, edges, unresolved, skipped, partial, dynamic), as
 * readable lines: `[]` when they are the same. Timing (`stats.ms`) is the one field left out.
 */
export function graphDifferences(expected: ImportGraph, actual: ImportGraph): string[] {
  const a = graphJson(expected)
  const b = graphJson(actual)
  const out: string[] = []
  for (const list of ['files', 'edges', 'unresolved', 'skipped', 'partial', 'dynamic'] as const) {
    const left = a[list].map((row) => JSON.stringify(row))
    const right = new Set(b[list].map((row) => JSON.stringify(row)))
    const leftSet = new Set(left)
    const missing = left.filter((row) => !right.has(row))
    const extra = [...right].filter((row) => !leftSet.has(row))
    if (missing.length) out.push(`${list}: ${missing.length} only in the first, e.g. ${missing.slice(0, SHOWN).join(' ')}`)
    if (extra.length) out.push(`${list}: ${extra.length} only in the second, e.g. ${extra.slice(0, SHOWN).join(' ')}`)
    if (!missing.length && !extra.length && a[list].length !== b[list].length) out.push(`${list}: same rows, different counts of repeats`)
  }
  return out
}
