import { EDGE_KINDS } from '../core/model.js'
import type { ImportGraph } from '../graph/import-graph.js'
import type { Style } from './style.js'

const TOP = 10

/** `graph` for people: size, edges by kind, the most imported files, and what was not read. */
export function graphText(graph: ImportGraph, style: Style): string {
  const byKind = EDGE_KINDS.map((kind) => `${graph.edges.filter((e) => e.kind === kind).length} ${kind}`).join(', ')
  const lines = [
    style.bold(`${graph.files.length} files, ${graph.edges.length} import edges`) + ` (${byKind}) in ${graph.stats.ms} ms`,
  ]
  const importers = new Map<string, number>()
  for (const edge of graph.edges) importers.set(edge.to, (importers.get(edge.to) ?? 0) + 1)
  const top = [...importers].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, TOP)
  if (top.length) {
    lines.push('', style.bold('Most imported'))
    for (const [path, count] of top) lines.push(`  ${String(count).padStart(6)}  ${path}`)
  }
  if (graph.cache) {
    const { hits, misses, reason } = graph.cache
    lines.push(style.dim(`cache: ${hits} files known, ${misses} read${reason ? ` (earlier cache ignored: ${reason})` : ''}`))
  }
  lines.push('', `${graph.unresolved.length} imports of names outside the repository (standard library, third party)`)
  if (graph.skipped.length) {
    lines.push(style.yellow(`${graph.skipped.length} files skipped:`))
    for (const { path, reason } of graph.skipped.slice(0, TOP)) lines.push(`  ${path}: ${reason}`)
    if (graph.skipped.length > TOP) lines.push(style.dim(`  …and ${graph.skipped.length - TOP} more (see --json)`))
  }
  if (graph.partial.length) {
    lines.push(style.yellow(`${graph.partial.length} files with syntax errors (imports read up to the error):`))
    for (const { path, line } of graph.partial.slice(0, TOP)) lines.push(`  ${path}:${line}`)
  }
  const unread = Object.entries(graph.unread)
  if (unread.length) lines.push(style.yellow(`Not read (no adapter yet): ${unread.map(([e, n]) => `${n} .${e}`).join(', ')}`))
  if (!graph.files.length) lines.push(style.red('No source files found: this graph says nothing about any change.'))
  return lines.join('\n') + '\n'
}
