/**
 * The 3D layout shared by the PNG and the viewer. Computed once, in Node, with no simulation:
 *
 * - Every file gets a fixed direction from the centre. The folder tree is laid out as a treemap on
 *   the sphere's equal-area map (longitude × height), so a folder is one compact patch of the sky
 *   and its subfolders are patches inside it: folders stay together, in every ring alike.
 * - The distance from the centre is the ring: changed files at the centre, ring k on a shell of
 *   radius k^0.7·SHELL (deep radii of a dozen rings still fit one picture; each shell stays farther
 *   out than the one before), the files the change does not reach on one shell beyond the last.
 *   A small radial jitter, seeded by the path, gives the shells some depth without mixing them.
 *
 * The same paths and rings always give the same positions: no randomness but a hash of each path.
 */
import { byCodePoint } from '../core/repo-path.js'

const SHELL = 100

interface Rect {
  readonly lon: number
  readonly z: number
  readonly width: number
  readonly height: number
}

/** x, y, z per file (y is up), in the order of `paths`; `rings` as ringOf: 0 changed, k affected, -1 outside. */
export function layoutPositions(paths: readonly string[], rings: readonly number[]): Float64Array {
  const order = paths.map((_, i) => i).sort((a, b) => byCodePoint(paths[a]!, paths[b]!))
  const segments = paths.map((p) => p.split('/'))
  const directions = new Float64Array(paths.length * 3)
  placeGroup(order, 0, { lon: 0, z: -1, width: 2 * Math.PI, height: 2 }, segments, directions)

  const deepest = rings.reduce((max, r) => Math.max(max, r), 0)
  const changedCount = rings.filter((r) => r === 0).length
  const positions = new Float64Array(paths.length * 3)
  for (let i = 0; i < paths.length; i++) {
    const ring = rings[i]!
    // Up to 35% of the gap to the next shell inward, either way: shells get depth but never overlap.
    const spread = seededUnit(paths[i]!) - 0.5
    const radius =
      ring === 0
        ? changedCount > 1 ? 0.3 * SHELL : 0
        : ring > 0
          ? shellRadius(ring) + 0.7 * spread * (shellRadius(ring) - shellRadius(ring - 1))
          : shellRadius(deepest) + SHELL * (1 + 0.7 * spread)
    for (let axis = 0; axis < 3; axis++) positions[3 * i + axis] = round(directions[3 * i + axis]! * radius)
  }
  return positions
}

/** Shells grow slower than the ring number, so a dozen rings still fit one picture. */
function shellRadius(ring: number): number {
  return SHELL * ring ** 0.7
}

/** Lays out files sharing their first `depth` path segments inside `rect`. */
function placeGroup(ids: readonly number[], depth: number, rect: Rect, segments: string[][], out: Float64Array): void {
  // Children in path order: a subfolder (all its files), or a single file at this level.
  const children: number[][] = []
  let key: string | undefined
  for (const id of ids) {
    const parts = segments[id]!
    const childKey = parts.length > depth + 1 ? `${parts[depth]}/` : parts[depth]!
    if (childKey !== key || !childKey.endsWith('/')) children.push([])
    key = childKey
    children[children.length - 1]!.push(id)
  }
  placeChildren(children, depth, rect, segments, out)
}

/** Splits `rect` in two, by weight, across its longer true side, until each part holds one child. */
function placeChildren(children: readonly number[][], depth: number, rect: Rect, segments: string[][], out: Float64Array): void {
  if (!children.length) return // an empty graph
  if (children.length === 1) {
    const only = children[0]!
    const first = only[0]!
    if (only.length === 1 && segments[first]!.length === depth + 1) setDirection(first, rect, out)
    else placeGroup(only, depth + 1, rect, segments, out)
    return
  }
  const total = children.reduce((sum, c) => sum + c.length, 0)
  let split = 1
  let before = children[0]!.length
  while (split < children.length - 1 && Math.abs(total / 2 - (before + children[split]!.length)) < Math.abs(total / 2 - before)) {
    before += children[split]!.length
    split++
  }
  const share = before / total
  // On the equal-area map a degree of longitude is short near the poles and height is stretched there.
  const shrink = Math.max(0.05, Math.sqrt(1 - (rect.z + rect.height / 2) ** 2))
  const [a, b]: [Rect, Rect] =
    rect.width * shrink >= rect.height / shrink
      ? [
          { ...rect, width: rect.width * share },
          { ...rect, lon: rect.lon + rect.width * share, width: rect.width * (1 - share) },
        ]
      : [
          { ...rect, height: rect.height * share },
          { ...rect, z: rect.z + rect.height * share, height: rect.height * (1 - share) },
        ]
  placeChildren(children.slice(0, split), depth, a, segments, out)
  placeChildren(children.slice(split), depth, b, segments, out)
}

function setDirection(id: number, rect: Rect, out: Float64Array): void {
  const lon = rect.lon + rect.width / 2
  const z = rect.z + rect.height / 2
  const r = Math.sqrt(1 - z * z)
  out[3 * id] = r * Math.cos(lon)
  out[3 * id + 1] = z
  out[3 * id + 2] = r * Math.sin(lon)
}

/** A number in [0, 1) that depends only on `text` (FNV-1a, then a murmur finaliser). */
function seededUnit(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32
}

/** Two decimals: plenty for a picture, and it keeps the inline JSON small. */
function round(value: number): number {
  return Math.round(value * 100) / 100
}
