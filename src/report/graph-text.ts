import type { ImportGraph } from '../graph/import-graph.js'
import { byCodePoint } from '../core/repo-path.js'
import { count, plural } from '../format/numbers.js'
import type { Style } from '../format/style.js'

const TOP = 10

/** `graph` for people: size, edges by kind, the most imported files, and what was not read. */
export function graphText(graph: ImportGraph, style: Style): string {
  const byKind = graph.kinds.map(({ kind }) => `${count(graph.edgeCount(kind))} ${kind}`).join(', ')
  const lines = [
    style.bold(`${plural(graph.files.length, 'file')}, ${plural(graph.edgeCount(), 'import edge')}`) +
      ` (${byKind}) in ${count(graph.stats.ms)} ms`,
  ]
  const importers = new Map<string, number>()
  for (const edge of graph.edges) importers.set(edge.to, (importers.get(edge.to) ?? 0) + 1)
  const top = [...importers].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b)).slice(0, TOP)
  if (top.length) {
    lines.push('', style.bold('Most imported'))
    for (const [path, n] of top) lines.push(`  ${count(n).padStart(7)}  ${path}`)
  }
  if (graph.cache) {
    const { hits, misses, reason } = graph.cache
    lines.push(style.dim(`cache: ${count(hits)} files known, ${count(misses)} read${reason ? ` (earlier cache ignored: ${reason})` : ''}`))
  }
  lines.push('', `${plural(graph.unresolved.length, 'import')} of names outside the repository (standard library, third party)`)
  if (graph.skipped.length) {
    lines.push(style.yellow(`${plural(graph.skipped.length, 'file')} skipped:`))
    for (const { path, reason } of graph.skipped.slice(0, TOP)) lines.push(`  ${path}: ${reason}`)
    if (graph.skipped.length > TOP) lines.push(style.dim(`  …and ${graph.skipped.length - TOP} more (see --json)`))
  }
  if (graph.partial.length) {
    lines.push(style.yellow(`${plural(graph.partial.length, 'file')} with a syntax error (the imports that could be read in them count):`))
    for (const { path, line } of graph.partial.slice(0, TOP)) lines.push(`  ${path}:${line}`)
  }
  const unread = Object.entries(graph.unread)
  if (unread.length) lines.push(style.yellow(`Not read (no adapter yet): ${unread.map(([e, n]) => `${n} .${e}`).join(', ')}`))
  if (!graph.files.length) lines.push(style.red('No source files found: this graph says nothing about any change.'))
  return lines.join('\n') + '\n'
}
