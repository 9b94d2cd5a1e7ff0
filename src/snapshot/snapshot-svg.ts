import { projector, type Projected } from './camera.js'
import { legendSvg } from './legend-svg.js'
import { BACKGROUND, CHANGED_COLOUR, OUTSIDE_COLOUR, RING_COLOURS, TEXT_COLOUR, ringColour } from './palette.js'
import type { Scene, SceneNode } from './scene.js'
import { elide } from '../format/escape.js'
import { count } from '../format/numbers.js'
import { escapeXml } from './xml-escape.js'

export interface StillSize {
  readonly width: number
  readonly height: number
}

const DEFAULT_STILL: StillSize = { width: 1600, height: 900 }

/** Where the scene sits on the picture, for what is placed around it. */
interface Frame {
  readonly unit: number
  readonly width: number
  readonly height: number
  readonly centreX: number
  /** How far right of the centre the scene reaches. */
  readonly radius: number
}

/** How many of the busiest affected files (largest share of the radius flowing through them) get a label. */
const BUSY_LABELS = 5

/** The still as SVG: edges of the blast radius, shaded spheres drawn far to near, labels, legend. */
export function snapshotSvg(scene: Scene, size: StillSize = DEFAULT_STILL): string {
  const { width, height } = size
  const radius = scene.nodes.reduce((max, n) => Math.max(max, Math.hypot(n.x, n.y, n.z)), 0)
  const project = projector({ width, height, centreX: width * 0.5, centreY: height * 0.5 }, radius)
  const points = scene.nodes.map((n) => project(n.x, n.y, n.z))
  // Folds, not Math.min(...spread): a spread of 100,000 arguments overflows the stack.
  const nearest = points.reduce((min, p) => Math.min(min, p.depth), Infinity)
  const farthest = points.reduce((max, p) => Math.max(max, p.depth), -Infinity)
  // 1 at the front of the scene, 0 at the back: spheres fade into the background with depth.
  const nearness = (p: Projected) => (farthest > nearest ? (farthest - p.depth) / (farthest - nearest) : 1)
  const unit = height / 900
  const centre = project(0, 0, 0)
  // Perspective: a sphere's size follows its depth, relative to one at the centre.
  const radii = points.map((p, id) => nodeRadius(scene.nodes[id]!) * unit * (p.scale / centre.scale))
  const frame: Frame = { unit, width, height, centreX: centre.x, radius: points.reduce((max, p) => Math.max(max, p.x), centre.x) - centre.x }

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`,
    defs(),
    `<rect width="${width}" height="${height}" fill="${BACKGROUND}"/>`,
    `<rect width="${width}" height="${height}" fill="url(#glow)"/>`,
    edgesSvg(scene, points, unit),
    nodesSvg(scene, points, radii, nearness),
    labelsSvg(scene, points, radii, frame),
    legendSvg(scene, unit),
    '</svg>',
  ]
  return parts.join('\n')
}

function defs(): string {
  const shade = (id: string, colour: string) =>
    `<radialGradient id="${id}" cx="0.35" cy="0.32" r="0.75"><stop offset="0" stop-color="#ffffff" stop-opacity="0.85"/>` +
    `<stop offset="0.28" stop-color="${colour}"/><stop offset="1" stop-color="${colour}" stop-opacity="0.55"/></radialGradient>`
  return [
    '<defs>',
    `<radialGradient id="glow" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#1f2a44" stop-opacity="0.9"/><stop offset="1" stop-color="${BACKGROUND}" stop-opacity="0"/></radialGradient>`,
    shade('changed', CHANGED_COLOUR),
    shade('outside', OUTSIDE_COLOUR),
    ...RING_COLOURS.map((colour, i) => shade(`ring${i + 1}`, colour)),
    `<filter id="halo" x="-2" y="-2" width="5" height="5"><feGaussianBlur stdDeviation="9"/></filter>`,
    '</defs>',
  ].join('')
}

/** The shortest-path tree of the radius: each affected file linked to the next file toward the change. */
function edgesSvg(scene: Scene, points: readonly Projected[], unit: number): string {
  const lines: string[] = []
  scene.nodes.forEach((node, id) => {
    // A file that imports a removed file has no file to link to: the removed one is not in the picture.
    if (node.role !== 'affected' || node.via < 0) return
    const a = points[id]!
    const b = points[node.via]!
    lines.push(`<line x1="${px(a.x)}" y1="${px(a.y)}" x2="${px(b.x)}" y2="${px(b.y)}" stroke="${ringColour(node.ring)}"/>`)
  })
  return `<g stroke-width="${px(0.9 * unit)}" stroke-opacity="0.22">${lines.join('')}</g>`
}

function nodesSvg(scene: Scene, points: readonly Projected[], radii: readonly number[], nearness: (p: Projected) => number): string {
  // Far to near, except that the changed files come last: they are what the picture is about.
  const front = (id: number) => (scene.nodes[id]!.role === 'changed' ? 1 : 0)
  const order = scene.nodes.map((_, id) => id).sort((a, b) => front(a) - front(b) || points[b]!.depth - points[a]!.depth || a - b)
  const circles: string[] = []
  for (const id of order) {
    const node = scene.nodes[id]!
    const p = points[id]!
    const near = nearness(p)
    const r = radii[id]!
    if (node.role === 'changed') {
      circles.push(`<circle cx="${px(p.x)}" cy="${px(p.y)}" r="${px(r * 2.4)}" fill="${CHANGED_COLOUR}" opacity="0.45" filter="url(#halo)"/>`)
    }
    const fill = node.role === 'changed' ? 'changed' : node.role === 'outside' ? 'outside' : `ring${Math.min(node.ring, RING_COLOURS.length)}`
    const opacity = node.role === 'outside' ? 0.2 + 0.35 * near : node.role === 'changed' ? 1 : 0.5 + 0.5 * near
    circles.push(`<circle cx="${px(p.x)}" cy="${px(p.y)}" r="${px(r)}" fill="url(#${fill})" opacity="${opacity.toFixed(2)}"/>`)
  }
  return `<g>${circles.join('')}</g>`
}

/** Sphere radius in pixels at the scene's centre: the changed files large, hubs of the radius larger than the rest. */
function nodeRadius(node: SceneNode): number {
  if (node.role === 'changed') return 10
  if (node.role === 'outside') return 2.2
  return 2.6 + 0.9 * Math.log2(node.downstream)
}

/**
 * Labels for the changed files and the busiest affected files, in a column right of the scene, each
 * tied to its sphere by a thin leader: they never overlap, however dense the middle is.
 */
function labelsSvg(scene: Scene, points: readonly Projected[], radii: readonly number[], frame: Frame): string {
  const changed = scene.nodes.flatMap((n, id) => (n.role === 'changed' ? [id] : [])).slice(0, 6)
  const busiest = scene.nodes
    .flatMap((n, id) => (n.role === 'affected' && n.downstream > 1 ? [id] : []))
    .sort((a, b) => scene.nodes[b]!.downstream - scene.nodes[a]!.downstream || a - b)
    .slice(0, BUSY_LABELS)
  const ids = [...changed, ...busiest].sort((a, b) => points[a]!.y - points[b]!.y || a - b)
  const size = 15 * frame.unit
  const gap = 30 * frame.unit
  const column = frame.centreX + frame.radius + 40 * frame.unit
  // Spread the rows around the middle of their nodes, in their nodes' top-to-bottom order.
  const middle = ids.reduce((sum, id) => sum + points[id]!.y, 0) / Math.max(ids.length, 1)
  const top = Math.max(40 * frame.unit, Math.min(middle - ((ids.length - 1) * gap) / 2, frame.height - 40 * frame.unit - ids.length * gap))
  // Characters that fit between the column and the right edge (DejaVu Sans averages 0.6 em).
  const room = Math.floor((frame.width - 16 * frame.unit - column) / (0.6 * size))
  const out: string[] = []
  ids.forEach((id, row) => {
    const node = scene.nodes[id]!
    const p = points[id]!
    const y = top + row * gap
    const colour = node.role === 'changed' ? CHANGED_COLOUR : node.role === 'affected' ? ringColour(node.ring) : OUTSIDE_COLOUR
    const suffix = node.role === 'affected' ? ` · ${count(node.downstream)} via it` : ''
    const text = elide(node.path, Math.max(12, room - suffix.length)) + suffix
    out.push(`<polyline points="${px(p.x + radii[id]!)},${px(p.y)} ${px(column - 18 * frame.unit)},${px(y)} ${px(column - 6 * frame.unit)},${px(y)}" fill="none" stroke="${colour}" stroke-opacity="0.7" stroke-width="${px(frame.unit)}"/>`)
    const weight = node.role === 'changed' ? ' font-weight="bold"' : ''
    out.push(
      `<text x="${px(column)}" y="${px(y + size * 0.35)}" font-size="${px(size)}"${weight} fill="${TEXT_COLOUR}" stroke="${BACKGROUND}" stroke-width="${px(4 * frame.unit)}" stroke-linejoin="round" paint-order="stroke">${escapeXml(text)}</text>`,
    )
  })
  return `<g>${out.join('')}</g>`
}

function px(value: number): string {
  return (Math.round(value * 10) / 10).toString()
}
