import { CHANGED_COLOUR, MUTED_TEXT_COLOUR, OUTSIDE_COLOUR, RING_COLOURS, TEXT_COLOUR, ringColour, ringLabel } from './palette.js'
import type { Scene } from './scene.js'
import { elide } from '../format/escape.js'
import { count } from '../format/numbers.js'
import { escapeXml } from './xml-escape.js'

/** One legend row: a swatch, what it stands for, and how many files. */
export interface LegendRow {
  readonly colour: string
  readonly label: string
  readonly files: number
}

/** Rows for changed, each ring (rings past the palette's end folded into its last colour), and the rest. */
export function legendRows(scene: Scene): LegendRow[] {
  const deepest = scene.ringCounts.length - 1
  const rows: LegendRow[] = [{ colour: CHANGED_COLOUR, label: 'changed', files: scene.ringCounts[0] ?? 0 }]
  for (let ring = 1; ring <= Math.min(deepest, RING_COLOURS.length); ring++) {
    const files = ring === RING_COLOURS.length ? scene.ringCounts.slice(ring).reduce((s, n) => s + n, 0) : scene.ringCounts[ring] ?? 0
    rows.push({ colour: ringColour(ring), label: ringLabel(ring, deepest), files })
  }
  rows.push({ colour: OUTSIDE_COLOUR, label: 'not affected', files: scene.nodes.length - scene.affected - (scene.ringCounts[0] ?? 0) })
  return rows
}

export function legendSvg(scene: Scene, unit: number): string {
  const x = 56 * unit
  let y = 76 * unit
  const out: string[] = []
  const text = (size: number, fill: string, body: string, weight = '') =>
    `<text x="${x}" y="${y}" font-size="${size * unit}" fill="${fill}"${weight}>${escapeXml(body)}</text>`
  out.push(text(27, TEXT_COLOUR, elide(scene.title, 60), ' font-weight="bold"'))
  y += 38 * unit
  out.push(text(19, MUTED_TEXT_COLOUR, scene.subtitle))
  y += 50 * unit
  const rows = legendRows(scene)
  const widest = Math.max(...rows.map((r) => r.files))
  for (const row of rows) {
    out.push(`<circle cx="${x + 9 * unit}" cy="${y - 6 * unit}" r="${8 * unit}" fill="${row.colour}"/>`)
    out.push(`<text x="${x + 28 * unit}" y="${y}" font-size="${17 * unit}" fill="${TEXT_COLOUR}">${escapeXml(row.label)}</text>`)
    out.push(`<text x="${x + 250 * unit}" y="${y}" font-size="${17 * unit}" fill="${TEXT_COLOUR}" text-anchor="end">${count(row.files)}</text>`)
    // A bar per row so the shape of the radius reads at a glance.
    const bar = widest ? (120 * unit * row.files) / widest : 0
    out.push(`<rect x="${x + 264 * unit}" y="${y - 12 * unit}" width="${bar.toFixed(1)}" height="${12 * unit}" rx="${2 * unit}" fill="${row.colour}" opacity="0.8"/>`)
    y += 30 * unit
  }
  y += 14 * unit
  for (const note of scene.notes) {
    for (const [i, line] of wrap(note, 56).entries()) {
      out.push(text(15, '#f2cc60', `${i ? '   ' : '⚠ '}${line}`))
      y += 22 * unit
    }
  }
  out.push(`<text x="${x}" y="${852 * unit}" font-size="${14 * unit}" fill="${MUTED_TEXT_COLOUR}">distance from the centre = import steps from the change · blast-radius</text>`)
  return `<g>${out.join('')}</g>`
}

/** Greedy word wrap: the legend column is narrow and the scene sits to its right. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line]
}
