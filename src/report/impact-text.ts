import type { ImportGraph } from '../graph/import-graph.js'
import type { Impact } from '../impact/blast-radius.js'
import { chainOf } from '../impact/chain.js'
import { countByFolder } from './folders.js'
import { count, percent, plural } from '../format/numbers.js'
import { wrapParts } from '../format/wrap.js'
import type { Style } from '../format/style.js'

const TOP_FOLDERS = 8

/** `impact` for people: per changed file its total and rings, then where the union lands. Fits 100 columns. */
export function impactText(impact: Impact, graph: ImportGraph, style: Style): string {
  const lines: string[] = []
  const share = (n: number) => percent(n, graph.files.length)
  for (const file of impact.changed) {
    lines.push(style.bold(file.path))
    lines.push(
      `  ${style.cyan(count(file.total))} ${file.total === 1 ? 'file' : 'files'} in its blast radius (${share(file.total)} of ${count(graph.files.length)}), ` +
        `${plural(file.direct, 'direct importer')}, ${plural(file.rings.length, 'ring')} deep`,
    )
    if (file.rings.length)
      lines.push(...wrapParts(['  rings', ...file.rings.map((r, i) => `${i + 1}:${count(r.length)}`)], ' ', ' '.repeat(8)))
    lines.push('')
  }
  const { total, files } = impact.affected
  const changed = impact.changed.length
  lines.push(style.bold(`${plural(total, 'file')} affected`) + ` by ${plural(changed, 'changed file')} (${share(total)} of the graph)`)
  if (files.length) {
    // The farthest file's chain answers "why is that affected?" for the most surprising one.
    const farthest = files[files.length - 1]!
    const chain = chainOf(farthest, new Map(files.map((f) => [f.path, f])))
    lines.push('', style.bold('Farthest') + ` (ring ${farthest.ring}), each file importing the next:`)
    lines.push(
      ...wrapParts(
        chain.map((path, i) => (i < chain.length - 1 ? `${path} →` : path)),
        ' ',
        '    ',
      ).map((l) => `  ${l}`),
    )
    lines.push('', style.bold('Where it lands'))
    const folders = countByFolder(files.map((f) => f.path))
    for (const [folder, n] of folders.slice(0, TOP_FOLDERS)) lines.push(`  ${count(n).padStart(7)}  ${folder}`)
    if (folders.length > TOP_FOLDERS) lines.push(style.dim(`  …and ${folders.length - TOP_FOLDERS} more folders`))
  }
  return lines.join('\n') + '\n'
}
