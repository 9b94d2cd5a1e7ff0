import type { ImportGraph } from '../graph/import-graph.js'
import type { Impact } from '../impact/blast-radius.js'
import { countByFolder } from './folders.js'
import { wrapParts } from './wrap.js'
import type { Style } from './style.js'

const TOP_FOLDERS = 8

/** `impact` for people: per changed file its total and rings, then where the union lands. Fits 100 columns. */
export function impactText(impact: Impact, graph: ImportGraph, style: Style): string {
  const lines: string[] = []
  const share = (n: number) => (graph.files.length ? `${((100 * n) / graph.files.length).toFixed(1)}%` : '0%')
  for (const file of impact.changed) {
    lines.push(style.bold(file.path))
    lines.push(
      `  ${style.cyan(String(file.total))} files in its blast radius (${share(file.total)} of ${graph.files.length}), ` +
        `${file.direct} direct importer${file.direct === 1 ? '' : 's'}, ${file.rings.length} ring${file.rings.length === 1 ? '' : 's'} deep`,
    )
    if (file.rings.length) lines.push(...wrapParts(['  rings', ...file.rings.map((r, i) => `${i + 1}:${r.length}`)], ' ', ' '.repeat(8)))
    lines.push('')
  }
  const { total, files } = impact.affected
  const changed = impact.changed.length
  lines.push(
    style.bold(`${total} file${total === 1 ? '' : 's'} affected`) +
      ` by ${changed} changed file${changed === 1 ? '' : 's'} (${share(total)} of the graph)`,
  )
  if (files.length) {
    lines.push('', style.bold('Where it lands'))
    const folders = countByFolder(files.map((f) => f.path))
    for (const [folder, count] of folders.slice(0, TOP_FOLDERS)) lines.push(`  ${String(count).padStart(6)}  ${folder}`)
    if (folders.length > TOP_FOLDERS) lines.push(style.dim(`  …and ${folders.length - TOP_FOLDERS} more folders`))
  }
  return lines.join('\n') + '\n'
}
