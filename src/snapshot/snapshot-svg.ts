import { projector, type Projected } from './camera.js'
import { WHOLE_CARD, type Band } from './card-bands.js'
import { SHELL } from './layout.js'
import { CARD, legendLeft, legendRows, legendSvg } from './legend-svg.js'
import { BACKGROUND, CHANGED_COLOUR, MUTED_TEXT_COLOUR, OUTSIDE_COLOUR, RING_COLOURS, TEXT_COLOUR, ringColour } from './palette.js'
import { drawOrder } from './draw-order.js'
import { ringOf, type Scene, type SceneNode } from './scene.js'
import { count, plural } from '../format/numbers.js'
import { fitWidth, textWidth } from './text-width.js'
import { escapeXml } from './xml-escape.js'

/** The box the scene is fitted into, in card pixels: under the title, and left of the legend (where that starts, less 12 px). */
interface Stage {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}
const stageOf = (scene: Scene): Stage => ({ left: 8, top: 66, right: legendLeft(legendRows(scene)) - 12, bottom: CARD.height - 30 })

/**
 * The most links (an affected file's curve toward the change) the card draws. Past a few thousand, the discs cover
 * most of them and the rest add only haze, while each costs resvg as much as a disc: synthetic 30k (29,819 affected),
 * the card's render took 1.8 s with all of its 29,831 links and 0.8 s with a sixth of them, which looked the same.
 */
export const STILL_LINKS = 6000

const AREA_LABEL_SIZE = 12
/** An area's name is cut to this width (about 28 characters): the count after it, the scene around it. */
const AREA_NAME_WIDTH = 200
const CHANGED_LABEL_SIZE = 13
/** A changed file's name is cut to this width (about 48 characters of a path), centred under the changed files. */
const CHANGED_LABEL_WIDTH = 400

/**
 * The changed file's halo: a radial gradient, the profile of the disc it was drawn as before (2.2 times the file's
 * radius, half opaque, blurred by a Gaussian of 5 px), as resvg rendered it, read back from its pixels. The same
 * glow for a fraction of the work: resvg painted the blur in a layer of the card's size (on Django a tenth of the render).
 * `radius` in the file's radii, and `bright` the part of it the changed files' names are put under; each stop an
 * offset along the radius and an opacity.
 */
const HALO = {
  radius: 4.2,
  bright: 2.2,
  stops: [
    [0, 0.49],
    [0.2, 0.45],
    [0.33, 0.38],
    [0.52, 0.21],
    [0.72, 0.06],
    [0.84, 0.02],
    [1, 0],
  ],
} as const

type Point = { readonly x: number; readonly y: number; readonly depth: number; readonly scale: number }

/** Something drawn, with the rows of the card it reaches: a band's SVG leaves out what lies wholly outside it. */
interface Shape {
  readonly svg: string
  readonly top: number
  readonly bottom: number
}

/**
 * The still as SVG, a card for a pull request comment: designed at GitHub's comment width
 * (CARD.width, 800 px) and drawn at `scale` times that (2 for high-density screens), so its text
 * keeps the size it was designed at. Title and count, the scene with its areas named and counted,
 * the rings legend on the right.
 */
export function snapshotSvg(scene: Scene, scale = 1, band: Band = WHOLE_CARD): string {
  return cardDrawing(scene, scale)(band)
}

/**
 * The card of a scene (snapshotSvg), drawn once: each call gives the SVG of one band of it (a strip of its rows,
 * card-bands.ts), the whole card by default. A band's SVG leaves out the discs and edges wholly outside it, which
 * changes none of its pixels.
 */
export function cardDrawing(scene: Scene, scale = 1): (band?: Band) => string {
  const stage = stageOf(scene)
  const place = fitter(scene, stage)
  const points = scene.nodes.map((n) => place(n.x, n.y, n.z))
  const nearest = points.reduce((min, p) => Math.min(min, p.depth), Infinity)
  const farthest = points.reduce((max, p) => Math.max(max, p.depth), -Infinity)
  // 1 at the front of the scene, 0 at the back: files fade into the background with depth.
  const nearness = (p: Point) => (farthest > nearest ? (farthest - p.depth) / (farthest - nearest) : 1)
  const centre = place(0, 0, 0)
  const radii = points.map((p, id) => nodeRadius(scene.nodes[id]!) * (p.scale / centre.scale))
  const { width, height } = CARD
  const below = [
    defs(),
    `<rect width="${width}" height="${height}" fill="${BACKGROUND}"/>`,
    `<ellipse cx="${px(centre.x)}" cy="${px(centre.y)}" rx="260" ry="200" fill="url(#glow)"/>`,
    guidesSvg(scene, place),
  ]
  const edges = edgeShapes(scene, points, place)
  const discs = discShapes(scene, points, radii, nearness)
  const above = [areaLabelsSvg(scene, stage, place, centre), changedLabelsSvg(scene, stage, points, radii), legendSvg(scene), '</svg>']
  return (band = WHOLE_CARD) => {
    // A pixel of margin: what anti-aliasing and the rounding of coordinates reach.
    const inBand = (shape: Shape) => shape.bottom >= band.top - 1 && shape.top <= band.bottom + 1
    const rows = band.bottom - band.top
    const root = `<svg xmlns="http://www.w3.org/2000/svg" width="${width * scale}" height="${rows * scale}" viewBox="0 ${band.top} ${width} ${rows}" font-family="DejaVu Sans">`
    const drawing = [
      ...below,
      edgesSvg(edges, inBand),
      `<g>${discs
        .filter(inBand)
        .map((disc) => disc.svg)
        .join('')}</g>`,
      ...above,
    ]
    return `${root}\n${drawing.join('\n')}`
  }
}

/** The fixed camera, then a uniform scale and shift that fit the files and the area names into the stage. */
function fitter(scene: Scene, stage: Stage): (x: number, y: number, z: number) => Point {
  const radius = scene.nodes.reduce((max, n) => Math.max(max, Math.hypot(n.x, n.y, n.z)), 0)
  const reach = scene.areas.reduce((max, a) => Math.max(max, Math.hypot(...a.anchor)), radius)
  const raw = projector({ width: 1000, height: 1000, centreX: 0, centreY: 0 }, reach)
  // The outermost shell's circle too (at least one ring's size), so that a scene of one file is not blown up.
  const rim = Math.max(scene.shells[scene.shells.length - 1]?.outer ?? 0, SHELL)
  const compass = [0, 1, 2, 3].map((q) => raw(rim * Math.cos((q * Math.PI) / 2), 0, rim * Math.sin((q * Math.PI) / 2)))
  const seen: Projected[] = [...scene.nodes.map((n) => raw(n.x, n.y, n.z)), ...scene.areas.map((a) => raw(...a.anchor)), ...compass]
  // A loop, not Math.min(...spread) (a spread of 100,000 arguments overflows the stack) nor a fold making a tuple per file.
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity]
  for (const p of seen) {
    minX = Math.min(minX, p.x)
    maxX = Math.max(maxX, p.x)
    minY = Math.min(minY, p.y)
    maxY = Math.max(maxY, p.y)
  }
  // Room for the area names, which reach out sideways from their anchors.
  const [padX, padY] = [40, 16]
  const fit = Math.min(
    (stage.right - stage.left - 2 * padX) / Math.max(maxX - minX, 1),
    (stage.bottom - stage.top - 2 * padY) / Math.max(maxY - minY, 1),
  )
  const offsetX = (stage.left + stage.right) / 2 - ((minX + maxX) / 2) * fit
  const offsetY = (stage.top + stage.bottom) / 2 - ((minY + maxY) / 2) * fit
  return (x, y, z) => {
    const p = raw(x, y, z)
    return { x: offsetX + p.x * fit, y: offsetY + p.y * fit, depth: p.depth, scale: p.scale * fit }
  }
}

function defs(): string {
  return [
    '<defs>',
    `<radialGradient id="glow"><stop offset="0" stop-color="#1f2a44" stop-opacity="0.8"/><stop offset="1" stop-color="${BACKGROUND}" stop-opacity="0"/></radialGradient>`,
    `<radialGradient id="changed" cx="0.35" cy="0.32" r="0.75"><stop offset="0" stop-color="#ffffff" stop-opacity="0.9"/><stop offset="0.3" stop-color="${CHANGED_COLOUR}"/><stop offset="1" stop-color="${CHANGED_COLOUR}" stop-opacity="0.7"/></radialGradient>`,
    `<radialGradient id="halo">${HALO.stops.map(([offset, opacity]) => `<stop offset="${offset}" stop-color="${CHANGED_COLOUR}" stop-opacity="${opacity}"/>`).join('')}</radialGradient>`,
    '</defs>',
  ].join('')
}

/** Each ring's shell as a circle on the floor of the band, in its colour, and a spoke between two areas' wedges. */
function guidesSvg(scene: Scene, place: (x: number, y: number, z: number) => Point): string {
  const out: string[] = []
  const floor = (radius: number, lon: number) => place(radius * Math.cos(lon), 0, radius * Math.sin(lon))
  const last = scene.shells.length - 1
  scene.shells.forEach((shell, ring) => {
    if (ring === 0) return
    const radius = (shell.inner + shell.outer) / 2
    const points = Array.from({ length: 97 }, (_, i) => floor(radius, (i / 96) * 2 * Math.PI))
    const colour = ring === last ? OUTSIDE_COLOUR : ringColour(ring)
    out.push(
      `<path d="M${points.map((p) => `${px(p.x)} ${px(p.y)}`).join('L')}" fill="none" stroke="${colour}" stroke-width="0.8" stroke-opacity="0.35"/>`,
    )
  })
  if (scene.areas.length > 1) {
    const [inner, outer] = [scene.shells[1]?.inner ?? 0, scene.shells[last]!.outer]
    for (const area of scene.areas) {
      const [a, b] = [floor(inner, area.sector.start), floor(outer, area.sector.start)]
      out.push(
        `<line x1="${px(a.x)}" y1="${px(a.y)}" x2="${px(b.x)}" y2="${px(b.y)}" stroke="${MUTED_TEXT_COLOUR}" stroke-width="0.6" stroke-opacity="0.3"/>`,
      )
    }
  }
  return `<g>${out.join('')}</g>`
}

/**
 * The shortest-path tree of the radius (each affected file to the next file toward the change), as
 * curves bent through their area's bundle point: the edges of an area between two rings run together.
 * Each curve's path data, by ring (rings past the palette's end as its last), outermost ring first.
 */
function edgeShapes(scene: Scene, points: readonly Point[], place: (x: number, y: number, z: number) => Point): [number, Shape[]][] {
  const byRing = new Map<number, Shape[]>()
  for (const { id, via, ring, bend } of drawnLinks(scene)) {
    const [a, b, c] = [points[id]!, points[via]!, place(...bend)]
    const group = Math.min(ring, RING_COLOURS.length)
    let curves = byRing.get(group)
    if (!curves) byRing.set(group, (curves = []))
    // The curve lies within the triangle of its three points.
    const [top, bottom] = [Math.min(a.y, b.y, c.y), Math.max(a.y, b.y, c.y)]
    curves.push({ svg: `M${px(a.x)} ${px(a.y)}Q${px(c.x)} ${px(c.y)} ${px(b.x)} ${px(b.y)}`, top, bottom })
  }
  return [...byRing].sort((a, b) => b[0] - a[0])
}

/**
 * The affected files whose link toward the change the card draws, in id order: all of them up to STILL_LINKS, else
 * that many in the viewer's draw order (ring 1 whole, every other ring sampled in proportion, its hubs first).
 */
function drawnLinks(scene: Scene): Link[] {
  const linked: Link[] = []
  scene.nodes.forEach((node, id) => {
    // A file that imports a removed file has no file to link to: the removed one is not in the picture.
    if (node.role === 'affected' && node.via >= 0 && node.bend) linked.push({ id, via: node.via, ring: node.ring, bend: node.bend })
  })
  if (linked.length <= STILL_LINKS) return linked
  const rings = scene.nodes.map(ringOf)
  const downstream = scene.nodes.map((node) => node.downstream)
  const drawn = new Set(
    drawOrder(
      rings,
      downstream,
      linked.map((link) => link.id),
    ).slice(0, STILL_LINKS),
  )
  return linked.filter((link) => drawn.has(link.id))
}

/** An affected file's link toward the change: from it to `via`, bent through `bend`. */
interface Link {
  readonly id: number
  readonly via: number
  readonly ring: number
  readonly bend: readonly [number, number, number]
}

/** The curves of each ring that `inBand` keeps, as one path per ring. */
function edgesSvg(byRing: readonly [number, readonly Shape[]][], inBand: (shape: Shape) => boolean): string {
  return byRing
    .map(
      // Not anti-aliased: faint and 1.2 px wide at 2x, they look the same, and resvg draws them in half the time
      // (anti-aliasing was 20 % of Django's render); the 1x card, halved from the 2x, is smoothed by the halving.
      ([ring, curves]) =>
        `<path d="${curves
          .filter(inBand)
          .map((curve) => curve.svg)
          .join('')}" fill="none" stroke="${ringColour(ring)}" stroke-width="0.6" stroke-opacity="0.2" shape-rendering="crispEdges"/>`,
    )
    .join('')
}

/** The files' discs (and the changed files' halos) in the order they are painted. */
function discShapes(scene: Scene, points: readonly Point[], radii: readonly number[], nearness: (p: Point) => number): Shape[] {
  // Far to near, except that the changed files come last: they are what the picture is about.
  const front = (id: number) => (scene.nodes[id]!.role === 'changed' ? 1 : 0)
  const order = scene.nodes.map((_, id) => id).sort((a, b) => front(a) - front(b) || points[b]!.depth - points[a]!.depth || a - b)
  const discs: Shape[] = []
  const disc = (p: Point, r: number, paint: string) => {
    discs.push({ svg: `<circle cx="${px(p.x)}" cy="${px(p.y)}" r="${px(r)}" ${paint}/>`, top: p.y - r, bottom: p.y + r })
  }
  for (const id of order) {
    const node = scene.nodes[id]!
    const p = points[id]!
    const r = radii[id]!
    if (node.role === 'changed') {
      disc(p, r * HALO.radius, 'fill="url(#halo)"')
      disc(p, r, 'fill="url(#changed)"')
      continue
    }
    const near = nearness(p)
    const [fill, opacity] = node.role === 'outside' ? [OUTSIDE_COLOUR, 0.15 + 0.2 * near] : [ringColour(node.ring), 0.55 + 0.45 * near]
    // fill-opacity, not opacity: the same disc, but resvg paints it straight on the card instead of in a layer of its own.
    disc(p, r, `fill="${fill}" fill-opacity="${opacity.toFixed(2)}"`)
  }
  return discs
}

/** A file's radius in card pixels at the scene's centre: the changed files large, hubs of the radius larger than the rest. */
export function nodeRadius(node: SceneNode): number {
  if (node.role === 'changed') return 6
  if (node.role === 'outside') return 1.1
  return 1.3 + 0.45 * Math.log2(node.downstream)
}

/** Each area's name and affected count at its sector's rim, nudged down where two would overlap. */
function areaLabelsSvg(scene: Scene, stage: Stage, place: (x: number, y: number, z: number) => Point, centre: Point): string {
  const placed: { x0: number; x1: number; y: number }[] = []
  const out: string[] = []
  const order = scene.areas
    .map((_, i) => i)
    .sort((a, b) => place(...scene.areas[a]!.anchor).y - place(...scene.areas[b]!.anchor).y || a - b)
  for (const i of order) {
    const area = scene.areas[i]!
    const at = place(...area.anchor)
    const text = `${fitWidth(area.name, AREA_NAME_WIDTH, AREA_LABEL_SIZE)} · ${count(area.affected)}`
    const width = textWidth(text, AREA_LABEL_SIZE)
    const right = at.x >= centre.x
    // Kept on the stage: a name never runs off the card or under the legend.
    const x = right ? Math.min(at.x, stage.right - width) : Math.max(at.x, stage.left + width)
    const x0 = right ? x : x - width
    let y = at.y
    while (placed.some((q) => q.x0 < x0 + width && x0 < q.x1 && Math.abs(q.y - y) < AREA_LABEL_SIZE + 2)) y += AREA_LABEL_SIZE + 2
    placed.push({ x0, x1: x0 + width, y })
    const fill = area.affected ? TEXT_COLOUR : MUTED_TEXT_COLOUR
    out.push(
      `<text x="${px(x)}" y="${px(y + AREA_LABEL_SIZE * 0.35)}" font-size="${AREA_LABEL_SIZE}" fill="${fill}" text-anchor="${right ? 'start' : 'end'}" stroke="${BACKGROUND}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(text)}</text>`,
    )
  }
  return `<g>${out.join('')}</g>`
}

/** The changed files' names under the centre (the first three, and how many more), kept on the stage. */
function changedLabelsSvg(scene: Scene, stage: Stage, points: readonly Point[], radii: readonly number[]): string {
  const changed = scene.nodes.flatMap((n, id) => (n.role === 'changed' ? [id] : []))
  if (!changed.length) return ''
  const lowest = changed.reduce((max, id) => Math.max(max, points[id]!.y + radii[id]! * HALO.bright), -Infinity)
  const centre = changed.reduce((sum, id) => sum + points[id]!.x, 0) / changed.length
  const lines = changed.slice(0, 3).map((id) => fitWidth(scene.nodes[id]!.path, CHANGED_LABEL_WIDTH, CHANGED_LABEL_SIZE, 'bold'))
  if (changed.length > 3) lines.push(`and ${plural(changed.length - 3, 'more changed file')}`)
  return lines
    .map((line, i) => {
      const half = textWidth(line, CHANGED_LABEL_SIZE, 'bold') / 2
      const x = Math.min(Math.max(centre, stage.left + half), stage.right - half)
      return `<text x="${px(x)}" y="${px(lowest + 14 + i * 16)}" font-size="${CHANGED_LABEL_SIZE}" font-weight="bold" fill="${CHANGED_COLOUR}" text-anchor="middle" stroke="${BACKGROUND}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeXml(line)}</text>`
    })
    .join('')
}

function px(value: number): string {
  return (Math.round(value * 10) / 10).toString()
}
