import * as THREE from 'three'
import { BACKGROUND, CHANGED_COLOUR, OUTSIDE_COLOUR, ringColour } from '../snapshot/palette.js'
import { drawOrder } from '../snapshot/draw-order.js'
import { drawnCount, MOTION_BUDGET } from './detail.js'
import { EDGE_STRIDE, type Model } from './model.js'

/** What the controls change; the shaders read it as uniforms, so nothing is rebuilt on a toggle. */
export interface Visibility {
  /** Rings beyond this are hidden ("play" walks it up). */
  maxRing: number
  showOutside: boolean
  /** Edge kinds whose edges outside the shortest-path tree are drawn, by name (none by default). */
  kinds: Set<string>
  /** Only the files reached at import time. */
  importOnly: boolean
  /** The area in focus (the others dimmed), -1 for none. */
  focusArea: number
}

export function nodeColour(ring: number): string {
  return ring === 0 ? CHANGED_COLOUR : ring > 0 ? ringColour(ring) : OUTSIDE_COLOUR
}

/** Diameter in scene units: the same proportions as the still. */
export function nodeSize(model: Model, id: number): number {
  const ring = model.data.rings[id]!
  if (ring === 0) return 26
  if (ring < 0) return 7
  return 8 + 2.6 * Math.log2(Math.max(1, model.data.downstream[id]!))
}

const HIDE = /* glsl */ `
  uniform float maxRing;
  uniform float showOutside;
  uniform float importOnly;
  uniform float focusArea;
  attribute float ring;
  attribute float atImport;
  attribute float area;
  // Hidden when beyond the rings shown, not affected while those are toggled off, or not reached at import time when only those are asked for.
  float hidden() {
    return (ring > maxRing || (ring < 0.0 && showOutside < 0.5) || (ring > 0.0 && importOnly > 0.5 && atImport < 0.5)) ? 1.0 : 0.0;
  }
  // An area in focus: the others fade, but for the changed files, where every chain starts.
  float dimmed() { return (focusArea >= 0.0 && ring != 0.0 && abs(area - focusArea) > 0.5) ? 0.15 : 1.0; }
`

/** The largest sprite in pixels: software WebGL pays for every pixel of every sprite. */
const MAX_POINT = 28

const POINT_VERTEX = /* glsl */ `
  attribute float size;
  attribute vec3 tint;
  uniform float scale;
  varying vec3 vTint;
  varying float vDim;
  varying float vFlat;
  ${HIDE}
  void main() {
    vec4 mv = modelViewMatrix * vec4(position, 1.0);
    vTint = tint;
    vDim = dimmed();
    float pixels = size * scale / -mv.z;
    // Level of detail: a file a few pixels across is a flat dot (no lighting), never smaller than 1.5 px.
    vFlat = pixels < 4.0 ? 1.0 : 0.0;
    // And never larger than MAX_POINT px: close to the camera, sprites would cost their area in fill, every frame.
    gl_PointSize = clamp(pixels, 1.5, ${MAX_POINT.toFixed(1)});
    // A hidden file goes outside the clip volume: the rasteriser drops it before any setup (a 0 px point is still drawn).
    gl_Position = hidden() > 0.5 ? vec4(2.0, 2.0, 2.0, 1.0) : projectionMatrix * mv;
  }
`

/**
 * The background as the canvas shows it (the clear colour's sRGB values), for the shader to fade toward: its output is
 * not converted, so a THREE.Color (linear values) would fade files to a darker colour than the background around them.
 */
const BACKGROUND_ON_SCREEN = new THREE.Vector3(...[1, 3, 5].map((i) => parseInt(BACKGROUND.slice(i, i + 2), 16) / 255))

// A lit sphere drawn on a square point sprite. A file outside the area in focus fades toward the background by its
// colour, not its alpha: the affected files' layer is opaque (written to the depth buffer, not blended), where an alpha
// would be ignored and every file would stay as bright as the focused ones.
const POINT_FRAGMENT = /* glsl */ `
  uniform float opacity;
  uniform vec3 background;
  varying vec3 vTint;
  varying float vDim;
  varying float vFlat;
  void main() {
    vec2 c = gl_PointCoord * 2.0 - 1.0;
    float d = dot(c, c);
    if (d > 1.0) discard;
    vec3 shaded = vTint;
    if (vFlat < 0.5) {
      vec3 normal = vec3(c.x, -c.y, sqrt(1.0 - d));
      float light = clamp(dot(normal, normalize(vec3(-0.4, 0.5, 0.8))), 0.0, 1.0);
      shaded = vTint * (0.3 + 0.8 * light) + pow(light, 30.0) * 0.45;
    }
    gl_FragColor = vec4(mix(background, shaded, vDim), opacity);
  }
`

const EDGE_VERTEX = /* glsl */ `
  attribute vec4 tint;
  varying vec4 vTint;
  ${HIDE}
  void main() {
    vTint = vec4(tint.rgb, tint.a * dimmed());
    // A hidden edge collapses to a point outside the clip volume.
    gl_Position = hidden() > 0.5 ? vec4(2.0, 2.0, 2.0, 1.0) : projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  }
`

const EDGE_FRAGMENT = /* glsl */ `
  varying vec4 vTint;
  void main() { gl_FragColor = vTint; }
`

export interface Layers {
  readonly group: THREE.Group
  /** The edge kinds with edges outside the shortest-path tree: the ones a toggle can show. */
  readonly edgeKinds: readonly string[]
  /** `moving`: the camera is moving, draw each layer's budget only (see detail.ts). */
  readonly update: (visibility: Visibility, scale: number, moving: boolean) => void
}

/** Sets what a layer draws in a moving frame (its budget, coarser curves) or a still one (everything). */
type Detail = (moving: boolean) => void

type Uniforms = Record<'maxRing' | 'showOutside' | 'importOnly' | 'focusArea' | 'scale', { value: number }>

/** Segments per bundled edge of the shortest-path tree: enough for the curve to read. */
const CURVE_STEPS = 4
/** The same curves while the camera moves: half the segments to draw, through the curve's middle. */
const MOVING_STEPS = 2

/**
 * A handful of objects, each one draw call whatever the size of the graph: the nodes (affected,
 * not affected, changed: the last drawn over everything, so the change is never hidden), the
 * shortest-path tree as curves bundled through each area's bend points, and the other edges of
 * each kind (hidden until asked for). Every buffer is built once, in `drawOrder`, so a moving frame
 * draws a prefix of it (a draw range) and nothing is rebuilt per frame.
 */
export function buildLayers(model: Model): Layers {
  const uniforms: Uniforms = {
    maxRing: { value: model.deepest },
    showOutside: { value: 1 },
    importOnly: { value: 0 },
    focusArea: { value: -1 },
    scale: { value: 1 },
  }
  const group = new THREE.Group()
  const { rings } = model.data
  const order = drawOrder(
    rings,
    model.data.downstream,
    model.data.paths.map((_, id) => id),
  )
  const details: Detail[] = []
  const add = <T extends THREE.Points | THREE.LineSegments>(object: T, count: number, budget: number): T => {
    group.add(object)
    details.push((moving) => {
      object.geometry.setDrawRange(0, drawnCount(count, budget, moving))
    })
    return object
  }
  const affected = order.filter((id) => rings[id]! > 0)
  const outside = order.filter((id) => rings[id]! < 0)
  add(pointLayer(model, uniforms, affected, 1, 'affected'), affected.length, MOTION_BUDGET.affected)
  add(pointLayer(model, uniforms, outside, 0.4, 'outside'), outside.length, MOTION_BUDGET.outside)
  const changed = pointLayer(
    model,
    uniforms,
    order.filter((id) => rings[id] === 0),
    1,
    'changed',
  )
  // In the transparent pass (drawn after the opaque one), last of all, and through everything.
  changed.material.depthTest = false
  changed.material.transparent = true
  changed.renderOrder = 2
  group.add(changed)
  const tree = treeLayer(
    model,
    uniforms,
    order.filter((id) => model.data.via[id]! >= 0),
  )
  group.add(tree.layer)
  details.push(tree.detail)
  const position = new Int32Array(order.length)
  order.forEach((id, i) => (position[id] = i))
  const edgeLayers = new Map<string, THREE.LineSegments>()
  for (const [kindIndex, kind] of model.data.kinds.entries()) {
    const layer = edgeLayer(model, uniforms, kindIndex, position)
    if (layer.geometry.attributes.position!.count === 0) continue
    layer.name = `edges:${kind}`
    edgeLayers.set(kind, add(layer, layer.geometry.attributes.position!.count, MOTION_BUDGET.edges * 2))
  }
  return {
    group,
    edgeKinds: [...edgeLayers.keys()],
    update(visibility, scale, moving) {
      uniforms.maxRing.value = visibility.maxRing
      uniforms.showOutside.value = visibility.showOutside ? 1 : 0
      uniforms.importOnly.value = visibility.importOnly ? 1 : 0
      uniforms.focusArea.value = visibility.focusArea
      uniforms.scale.value = scale
      for (const [kind, layer] of edgeLayers) layer.visible = visibility.kinds.has(kind)
      for (const detail of details) detail(moving)
    },
  }
}

/** The per-node attributes every layer's shader reads (ring, import time, area), for the given nodes. */
function nodeAttributes(model: Model, ids: readonly number[], repeat: number): Record<'ring' | 'atImport' | 'area', Float32Array> {
  const out = {
    ring: new Float32Array(ids.length * repeat),
    atImport: new Float32Array(ids.length * repeat),
    area: new Float32Array(ids.length * repeat),
  }
  ids.forEach((id, i) => {
    out.ring.fill(model.data.rings[id]!, i * repeat, (i + 1) * repeat)
    out.atImport.fill(model.data.atImport[id]!, i * repeat, (i + 1) * repeat)
    out.area.fill(model.data.area[id]!, i * repeat, (i + 1) * repeat)
  })
  return out
}

function geometryOf(attributes: Record<string, [Float32Array, number]>): THREE.BufferGeometry {
  const geometry = new THREE.BufferGeometry()
  for (const [name, [array, size]] of Object.entries(attributes)) geometry.setAttribute(name, new THREE.BufferAttribute(array, size))
  return geometry
}

/** The given files (in the order given) as lit point sprites. */
function pointLayer(
  model: Model,
  uniforms: Uniforms,
  ids: readonly number[],
  opacity: number,
  name: string,
): THREE.Points<THREE.BufferGeometry, THREE.ShaderMaterial> {
  const position = new Float32Array(ids.length * 3)
  const tint = new Float32Array(ids.length * 3)
  const size = new Float32Array(ids.length)
  const colour = new THREE.Color()
  ids.forEach((id, i) => {
    position.set(model.data.positions.slice(3 * id, 3 * id + 3), 3 * i)
    colour.set(nodeColour(model.data.rings[id]!))
    tint.set([colour.r, colour.g, colour.b], 3 * i)
    size[i] = nodeSize(model, id)
  })
  const { ring, atImport, area } = nodeAttributes(model, ids, 1)
  const geometry = geometryOf({
    position: [position, 3],
    tint: [tint, 3],
    size: [size, 1],
    ring: [ring, 1],
    atImport: [atImport, 1],
    area: [area, 1],
  })
  const material = new THREE.ShaderMaterial({
    uniforms: { ...uniforms, opacity: { value: opacity }, background: { value: BACKGROUND_ON_SCREEN } },
    vertexShader: POINT_VERTEX,
    fragmentShader: POINT_FRAGMENT,
    transparent: opacity < 1,
    depthWrite: opacity === 1,
  })
  const points = new THREE.Points(geometry, material)
  points.name = `nodes:${name}`
  return points
}

/**
 * Each given file's edge toward `via` as a quadratic curve through its bend point, in its ring's
 * colour: CURVE_STEPS segments over CURVE_STEPS + 1 shared vertices (indexed), so the vertex shader
 * runs once per point of the curve. A moving frame draws the same vertices through a second index
 * (MOVING_STEPS segments per curve: the bend still shows) for the first MOTION_BUDGET.tree files.
 */
function treeLayer(model: Model, uniforms: Uniforms, ids: readonly number[]): { layer: THREE.LineSegments; detail: Detail } {
  const { via, positions, bends, rings } = model.data
  const perChain = CURVE_STEPS + 1
  const position = new Float32Array(ids.length * perChain * 3)
  const tint = new Float32Array(ids.length * perChain * 4)
  const index = new Uint32Array(ids.length * CURVE_STEPS * 2)
  const coarse = new Uint32Array(ids.length * MOVING_STEPS * 2)
  const stride = CURVE_STEPS / MOVING_STEPS
  const colour = new THREE.Color()
  const [a, b, c, p] = [new THREE.Vector3(), new THREE.Vector3(), new THREE.Vector3(), new THREE.Vector3()]
  const curve = new THREE.QuadraticBezierCurve3(a, c, b)
  ids.forEach((id, i) => {
    a.fromArray(positions, 3 * id)
    b.fromArray(positions, 3 * via[id]!)
    c.fromArray(bends, 3 * id)
    colour.set(nodeColour(rings[id]!))
    for (let step = 0; step <= CURVE_STEPS; step++) {
      const vertex = i * perChain + step
      curve.getPoint(step / CURVE_STEPS, p).toArray(position, vertex * 3)
      tint.set([colour.r, colour.g, colour.b, 0.35], vertex * 4)
      if (step < CURVE_STEPS) index.set([vertex, vertex + 1], (i * CURVE_STEPS + step) * 2)
    }
    for (let step = 0; step < MOVING_STEPS; step++) {
      coarse.set([i * perChain + step * stride, i * perChain + (step + 1) * stride], (i * MOVING_STEPS + step) * 2)
    }
  })
  const { ring, atImport, area } = nodeAttributes(model, ids, perChain)
  const geometry = geometryOf({ position: [position, 3], tint: [tint, 4], ring: [ring, 1], atImport: [atImport, 1], area: [area, 1] })
  const [still, moving] = [new THREE.BufferAttribute(index, 1), new THREE.BufferAttribute(coarse, 1)]
  const layer = new THREE.LineSegments(geometry, edgeMaterial(uniforms))
  layer.name = 'edges:tree'
  const detail = (isMoving: boolean) => {
    geometry.setIndex(isMoving ? moving : still)
    geometry.setDrawRange(0, isMoving ? Math.min(ids.length, MOTION_BUDGET.tree) * MOVING_STEPS * 2 : Infinity)
  }
  return { layer, detail }
}

function edgeMaterial(uniforms: Uniforms): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms,
    vertexShader: EDGE_VERTEX,
    fragmentShader: EDGE_FRAGMENT,
    transparent: true,
    depthWrite: false,
  })
}

/**
 * The edges of one kind that are not in the shortest-path tree: a haze, shown while its farther end
 * is. In the draw order of their importing files (`position`: a file's place in that order).
 */
function edgeLayer(model: Model, uniforms: Uniforms, kindIndex: number, position: Int32Array): THREE.LineSegments {
  const { edges, rings, positions, via } = model.data
  const chosen: number[] = []
  for (let i = 0; i < edges.length; i += EDGE_STRIDE) if (edges[i + 2] === kindIndex && via[edges[i]!] !== edges[i + 1]) chosen.push(i)
  chosen.sort((a, b) => position[edges[a]!]! - position[edges[b]!]! || a - b)
  const ends = new Float32Array(chosen.length * 6)
  const tint = new Float32Array(chosen.length * 8)
  const colour = new THREE.Color()
  chosen.forEach((at, i) => {
    const [from, to] = [edges[at]!, edges[at + 1]!]
    ends.set(positions.slice(3 * from, 3 * from + 3), 6 * i)
    ends.set(positions.slice(3 * to, 3 * to + 3), 6 * i + 3)
    const inside = rings[from]! >= 0 && rings[to]! >= 0
    colour.set(inside ? nodeColour(rings[from]!) : OUTSIDE_COLOUR)
    const alpha = inside ? 0.08 : 0.05
    tint.set([colour.r, colour.g, colour.b, alpha, colour.r, colour.g, colour.b, alpha], 8 * i)
  })
  // The edge belongs to its importing file: it shows while that file does.
  const { ring, atImport, area } = nodeAttributes(
    model,
    chosen.map((at) => edges[at]!),
    2,
  )
  const geometry = geometryOf({ position: [ends, 3], tint: [tint, 4], ring: [ring, 1], atImport: [atImport, 1], area: [area, 1] })
  return new THREE.LineSegments(geometry, edgeMaterial(uniforms))
}
