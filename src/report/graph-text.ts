import type { ImportGraph } from '../graph/import-graph.js'
import { byCodePoint } from '../core/repo-path.js'
import { count, plural } from '../format/numbers.js'
import type { Style } from '../format/style.js'
import { looksLocalWords } from './wording.js'

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
  lines.push(...rootLines(graph, style))
  if (graph.cache) {
    const { hits, misses, reason, resolutionsReused } = graph.cache
    const kept = resolutionsReused?.length ? `; resolution kept: ${resolutionsReused.map((id) => graph.languageName(id)).join(', ')}` : ''
    lines.push(
      style.dim(`cache: ${count(hits)} files known, ${count(misses)} read${kept}${reason ? ` (earlier cache ignored: ${reason})` : ''}`),
    )
  }
  const local = graph.unresolved.filter((u) => u.looksLocal === true).length
  lines.push('', `${plural(graph.unresolved.length - local, 'import')} of names outside the repository (standard library, third party)`)
  if (local) lines.push(style.yellow(`${looksLocalWords(local)}: their edges are missing (see --json, looksLocal)`))
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

/**
 * Where each language looks for modules, as it says: a line per root and why (`src/  src/ layout
 * (pyproject.toml)`), problems under their project; fixtures after, listed only while they are few.
 */
function rootLines(graph: ImportGraph, style: Style): string[] {
  const shown = (dir: string) => (dir === '' ? '.' : `${dir}/`)
  const lines: string[] = []
  for (const language of [...new Set(graph.roots.map((p) => p.language))]) {
    const projects = graph.roots.filter((p) => p.language === language)
    lines.push('', style.bold(`Where ${graph.languageName(language)} modules are found`))
    for (const project of projects.filter((p) => p.fixture === undefined)) {
      const source = project.files.length ? ` (${project.files.join(', ')})` : ''
      for (const root of project.roots) lines.push(`  ${shown(root.dir)}  ${root.why}${source}`)
      for (const problem of project.problems) lines.push(style.yellow(`  ${shown(project.project)}  ${problem}`))
    }
    const fixtures = projects.filter((p) => p.fixture !== undefined)
    for (const project of fixtures.slice(0, TOP))
      lines.push(style.dim(`  ${shown(project.project)}  a fixture (${project.fixture}): no roots`))
    if (fixtures.length > TOP) lines.push(style.dim(`  …and ${plural(fixtures.length - TOP, 'more fixture')} (see --json)`))
  }
  return lines
}
