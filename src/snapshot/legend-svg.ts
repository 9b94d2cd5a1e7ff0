import { CHANGED_COLOUR, MUTED_TEXT_COLOUR, OUTSIDE_COLOUR, RING_COLOURS, TEXT_COLOUR, ringColour, ringLabel } from './palette.js'
import type { Scene } from './scene.js'
import { count } from '../format/numbers.js'
import { fitWidth, textWidth } from './text-width.js'
import { escapeXml } from './xml-escape.js'

/** The card's size in CSS pixels: GitHub's comment column is about 800 px wide. */
export const CARD = { width: 800, height: 520 } as const

/**
 * Where the rings legend sits on the card (CSS pixels), for the layout and for the tests that read it back: from `left`
 * while its names and counts fit there (counts up to 9,999 files), farther left when they need more room (legendLeft). Each row: a swatch, the name from 18 px on, the count ending 40 px short of `right`, a bar after it.
 */
export const LEGEND = { left: 584, top: 92, right: 790, rowHeight: 24, textSize: 15 } as const

/** Room between a row's name and its count, in CSS pixels: a space and a half of the legend's text. */
const NAME_GAP = 8

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
    const files = ring === RING_COLOURS.length ? scene.ringCounts.slice(ring).reduce((s, n) => s + n, 0) : (scene.ringCounts[ring] ?? 0)
    rows.push({ colour: ringColour(ring), label: ringLabel(ring, deepest), files })
  }
  rows.push({ colour: OUTSIDE_COLOUR, label: 'not affected', files: scene.nodes.length - scene.affected - (scene.ringCounts[0] ?? 0) })
  return rows
}

/** Title and count across the top; the rings legend (swatch, name, count, bar) and the notes in the right column. */
export function legendSvg(scene: Scene): string {
  const out: string[] = []
  // The whole card's width but for its margins: nothing else is drawn at the title's height.
  out.push(text(16, 30, 18, TEXT_COLOUR, fitWidth(scene.title, CARD.width - 32, 18, 'bold'), ' font-weight="bold"'))
  const atImport = scene.atImport !== scene.affected ? ` · ${count(scene.atImport)} at import time` : ''
  out.push(text(16, 53, 14, MUTED_TEXT_COLOUR, scene.subtitle + atImport))
  const rows = legendRows(scene)
  out.push(ringsLegendSvg(rows))
  const left = legendLeft(rows)
  let y = LEGEND.top + rows.length * LEGEND.rowHeight + 8
  for (const note of scene.notes) {
    for (const [i, line] of wrap(note, 29).entries()) {
      out.push(text(left, y, 12, '#f2cc60', `${i ? '   ' : '⚠ '}${line}`))
      y += 16
    }
  }
  out.push(
    text(
      16,
      CARD.height - 12,
      12,
      MUTED_TEXT_COLOUR,
      'distance from the centre = import steps from the change · one wedge per area · blast-radius',
    ),
  )
  return `<g>${out.join('')}</g>`
}

/**
 * Where the legend starts: at LEGEND.left, or as much farther left as its widest name, the gap and its widest count
 * need (the counts keep their column, right-aligned before the bars): a billion files still reads `not affected` and
 * `1,000,000,000`, at the cost of a narrower scene.
 */
export function legendLeft(rows: readonly LegendRow[]): number {
  const widest = (texts: string[]) => Math.max(...texts.map((t) => textWidth(t, LEGEND.textSize)))
  const needed = 18 + widest(rows.map((r) => r.label)) + NAME_GAP + widest(rows.map((r) => count(r.files)))
  return Math.min(LEGEND.left, Math.floor(LEGEND.right - 40 - needed))
}

/** The rings legend: a row per entry (swatch, name, count, bar) from LEGEND.top down. */
export function ringsLegendSvg(rows: readonly LegendRow[]): string {
  const out: string[] = []
  const { right, rowHeight, textSize } = LEGEND
  const left = legendLeft(rows)
  let y = LEGEND.top
  const widest = Math.max(...rows.map((r) => r.files))
  const countRight = right - 40
  for (const row of rows) {
    out.push(`<circle cx="${left + 6}" cy="${y - 5}" r="6" fill="${row.colour}"/>`)
    out.push(text(left + 18, y, textSize, TEXT_COLOUR, row.label))
    out.push(text(countRight, y, textSize, TEXT_COLOUR, count(row.files), ' text-anchor="end"'))
    // A bar per row so the shape of the radius reads at a glance.
    const bar = widest ? (34 * row.files) / widest : 0
    out.push(`<rect x="${countRight + 6}" y="${y - 10}" width="${bar.toFixed(1)}" height="10" rx="2" fill="${row.colour}" opacity="0.8"/>`)
    y += rowHeight
  }
  return out.join('')
}

function text(x: number, y: number, size: number, fill: string, body: string, extra = ''): string {
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(body)}</text>`
}

/** Greedy word wrap: the legend column is narrow. */
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
