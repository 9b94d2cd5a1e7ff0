import * as THREE from 'three'
import { CHANGED_COLOUR, OUTSIDE_COLOUR, ringColour } from '../snapshot/palette.js'
import type { Model } from './model.js'

/** What the controls change; the shaders read it as uniforms, so nothing is rebuilt on a toggle. */
export interface Visibility {
  /** Rings beyond this are hidden ("expand the blast radius" walks it up). */
  maxRing: number
  showOutside: boolean
  /** Edge kinds shown, by name. */
  kinds: Set<string>
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
  // Hidden when beyond the rings shown, or not affected while those are toggled off.
  float hidden(float ring) { return (ring > maxRing || (ring < 0.0 && showOutside < 0.5)) ? 1.0 : 0.0; }
`

const POINT_VERTEX = /* glsl */ `
  attribute float size;
  attribute float ring;
  attribute vec3 tint;
  uniform float scale;
  varying vec3 vTint;
  ${HIDE}
  void main() {
    vec4 mv = modelViewMatrix * vec4(position, 1.0);
    vTint = tint;
    gl_PointSize = hidden(ring) > 0.5 ? 0.0 : size * scale / -mv.z;
    gl_Position = projectionMatrix * mv;
  }
`

// A lit sphere drawn on a square point sprite.
const POINT_FRAGMENT = /* glsl */ `
  uniform float opacity;
  varying vec3 vTint;
  void main() {
    vec2 c = gl_PointCoord * 2.0 - 1.0;
    float d = dot(c, c);
    if (d > 1.0) discard;
    vec3 normal = vec3(c.x, -c.y, sqrt(1.0 - d));
    float light = clamp(dot(normal, normalize(vec3(-0.4, 0.5, 0.8))), 0.0, 1.0);
    gl_FragColor = vec4(vTint * (0.3 + 0.8 * light) + pow(light, 30.0) * 0.45, opacity);
  }
`

const EDGE_VERTEX = /* glsl */ `
  attribute float ring;
  attribute vec4 tint;
  varying vec4 vTint;
  ${HIDE}
  void main() {
    vTint = tint;
    // A hidden edge collapses to a point outside the clip volume.
    gl_Position = hidden(ring) > 0.5 ? vec4(2.0, 2.0, 2.0, 1.0) : projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  }
`

const EDGE_FRAGMENT = /* glsl */ `
  varying vec4 vTint;
  void main() { gl_FragColor = vTint; }
`

export interface Layers {
  readonly group: THREE.Group
  readonly update: (visibility: Visibility, scale: number) => void
}

/**
 * Four kinds of edge and two of node, each one object and so one draw call, whatever the size of
 * the graph: the affected nodes (opaque), the rest (faint), and the edges of each kind.
 */
export function buildLayers(model: Model): Layers {
  const uniforms = { maxRing: { value: model.deepest }, showOutside: { value: 1 }, scale: { value: 1 } }
  const group = new THREE.Group()
  const { rings } = model.data
  const inRadius = (id: number) => rings[id]! >= 0
  group.add(pointLayer(model, uniforms, inRadius, 1, 'affected'))
  group.add(pointLayer(model, uniforms, (id) => !inRadius(id), 0.55, 'outside'))
  const edgeLayers = new Map<string, THREE.LineSegments>()
  for (const [kindIndex, kind] of model.data.kinds.entries()) {
    const layer = edgeLayer(model, uniforms, kindIndex)
    layer.name = `edges:${kind}`
    edgeLayers.set(kind, layer)
    group.add(layer)
  }
  return {
    group,
    update(visibility, scale) {
      uniforms.maxRing.value = visibility.maxRing
      uniforms.showOutside.value = visibility.showOutside ? 1 : 0
      uniforms.scale.value = scale
      for (const [kind, layer] of edgeLayers) layer.visible = visibility.kinds.has(kind)
    },
  }
}

type Uniforms = Record<'maxRing' | 'showOutside' | 'scale', { value: number }>

function pointLayer(model: Model, uniforms: Uniforms, keep: (id: number) => boolean, opacity: number, name: string): THREE.Points {
  const ids = model.data.paths.map((_, id) => id).filter(keep)
  const position = new Float32Array(ids.length * 3)
  const tint = new Float32Array(ids.length * 3)
  const size = new Float32Array(ids.length)
  const ring = new Float32Array(ids.length)
  const colour = new THREE.Color()
  ids.forEach((id, i) => {
    position.set(model.data.positions.slice(3 * id, 3 * id + 3), 3 * i)
    colour.set(nodeColour(model.data.rings[id]!))
    tint.set([colour.r, colour.g, colour.b], 3 * i)
    size[i] = nodeSize(model, id)
    ring[i] = model.data.rings[id]!
  })
  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.BufferAttribute(position, 3))
  geometry.setAttribute('tint', new THREE.BufferAttribute(tint, 3))
  geometry.setAttribute('size', new THREE.BufferAttribute(size, 1))
  geometry.setAttribute('ring', new THREE.BufferAttribute(ring, 1))
  const material = new THREE.ShaderMaterial({
    uniforms: { ...uniforms, opacity: { value: opacity } },
    vertexShader: POINT_VERTEX,
    fragmentShader: POINT_FRAGMENT,
    transparent: opacity < 1,
    depthWrite: opacity === 1,
  })
  const points = new THREE.Points(geometry, material)
  points.name = `nodes:${name}`
  return points
}

function edgeLayer(model: Model, uniforms: Uniforms, kindIndex: number): THREE.LineSegments {
  const { edges, rings, positions } = model.data
  const chosen: number[] = []
  for (let i = 0; i < edges.length; i += 3) if (edges[i + 2] === kindIndex) chosen.push(i)
  const position = new Float32Array(chosen.length * 6)
  const tint = new Float32Array(chosen.length * 8)
  const ring = new Float32Array(chosen.length * 2)
  const colour = new THREE.Color()
  chosen.forEach((at, i) => {
    const from = edges[at]!
    const to = edges[at + 1]!
    position.set(positions.slice(3 * from, 3 * from + 3), 6 * i)
    position.set(positions.slice(3 * to, 3 * to + 3), 6 * i + 3)
    // An edge of the blast radius joins two files in it; it shows while its farther end does.
    const inside = rings[from]! >= 0 && rings[to]! >= 0
    const edgeRing = inside ? Math.max(rings[from]!, rings[to]!) : -1
    colour.set(inside ? nodeColour(rings[from]!) : OUTSIDE_COLOUR)
    // The shortest-path tree (as in the still) stands out; the many other edges stay a haze.
    const alpha = model.data.via[from] === to ? 0.4 : inside ? 0.05 : 0.04
    tint.set([colour.r, colour.g, colour.b, alpha, colour.r, colour.g, colour.b, alpha], 8 * i)
    ring.set([edgeRing, edgeRing], 2 * i)
  })
  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.BufferAttribute(position, 3))
  geometry.setAttribute('tint', new THREE.BufferAttribute(tint, 4))
  geometry.setAttribute('ring', new THREE.BufferAttribute(ring, 1))
  const material = new THREE.ShaderMaterial({
    uniforms,
    vertexShader: EDGE_VERTEX,
    fragmentShader: EDGE_FRAGMENT,
    transparent: true,
    depthWrite: false,
  })
  return new THREE.LineSegments(geometry, material)
}
