/**
 * The 3D layout shared by the PNG and the viewer. Computed once, in Node, with no simulation:
 *
 * - Each area (see snapshot-areas.ts) owns a sector: a range of longitude around the vertical axis,
 *   as wide as its share of the files, with a gap to the next so sectors read as separate wedges.
 *   Inside its sector an area's folders are a treemap (longitude × height), so subfolders stay together.
 * - Everything lies in a band around the equator (|height| ≤ BAND): seen from the fixed camera,
 *   which looks down from above the band, the line of sight to the centre crosses no file, so the
 *   changed files at the centre are never hidden.
 * - The distance from the centre is the ring. Each ring is a shell [inner, outer] as thick as its
 *   population needs (a ring of 1,120 files gets a thick shell, a ring of 3 a thin one), with a gap
 *   before the next, so shells never overlap. The files the change does not reach are one more
 *   shell outside, drawn faint.
 *
 * The same paths, rings and areas always give the same positions: no randomness but a hash of each path.
 */
import { byCodePoint } from '../core/repo-path.js'

/** The scene's unit of length: the first ring's distance from the centre. */
export const SHELL = 100
/** Half the height of the band the files lie in, as the sine of the latitude. */
export const BAND = 0.22
const SHELL_GAP = 0.35 * SHELL
/** Of the circle, the part left empty between two sectors. */
const SECTOR_GAP = 0.05

export interface Shell {
  readonly inner: number
  readonly outer: number
}

/** An area's wedge of longitude, in radians. */
export interface Sector {
  readonly start: number
  readonly width: number
}

export interface Layout {
  /** x, y, z per file (y is up), in the order of the paths. */
  readonly positions: Float64Array
  /** shells[k]: ring k's extent from the centre (shells[0] the changed files); the last entry is the files not reached. */
  readonly shells: readonly Shell[]
  readonly sectors: readonly Sector[]
}

interface Rect {
  readonly lon: number
  readonly z: number
  readonly width: number
  readonly height: number
}

/** `rings` as ringOf (0 changed, k affected, -1 outside); `areaOf[i]` is file i's area, of `areas`. */
export function layout(paths: readonly string[], rings: readonly number[], areaOf: readonly number[], areas: number): Layout {
  const sectors = sectorsOf(rings, areaOf, areas)
  const directions = new Float64Array(paths.length * 3)
  const members: number[][] = Array.from({ length: areas }, () => [])
  for (const i of paths.map((_, i) => i).sort((a, b) => byCodePoint(paths[a]!, paths[b]!))) members[areaOf[i]!]!.push(i)
  const segments = paths.map((p) => p.split('/'))
  members.forEach((ids, area) => {
    const { start, width } = sectors[area]!
    placeGroup(ids, 0, { lon: start, z: -BAND, width, height: 2 * BAND }, segments, directions)
  })

  const shells = shellsOf(rings)
  const positions = new Float64Array(paths.length * 3)
  for (let i = 0; i < paths.length; i++) {
    const ring = rings[i]!
    const shell = shells[ring < 0 ? shells.length - 1 : ring]!
    const radius = shell.inner + seededUnit(paths[i]!) * (shell.outer - shell.inner)
    for (let axis = 0; axis < 3; axis++) positions[3 * i + axis] = round(directions[3 * i + axis]! * radius)
  }
  return { positions, shells, sectors }
}

/** Sectors in area order, each as wide as its files (the affected ones count three times: the radius is the story). */
function sectorsOf(rings: readonly number[], areaOf: readonly number[], areas: number): Sector[] {
  const weight = new Array<number>(areas).fill(0)
  rings.forEach((ring, i) => (weight[areaOf[i]!]! += ring >= 0 ? 3 : 1))
  const total = weight.reduce((s, w) => s + w, 0) || 1
  // Every area keeps a readable wedge, however few its files.
  const floor = 0.25 / Math.max(areas, 1)
  const shares = weight.map((w) => floor + (1 - floor * areas) * (w / total))
  const gap = areas > 1 ? (SECTOR_GAP * 2 * Math.PI) / areas : 0
  let start = 0
  return shares.map((share) => {
    const width = share * 2 * Math.PI
    const sector = { start: start + gap / 2, width: Math.max(width - gap, width / 2) }
    start += width
    return sector
  })
}

/** Shell thickness grows with the square root of the ring's population: its files spread over more depth. */
function shellsOf(rings: readonly number[]): Shell[] {
  const counts: number[] = [0]
  let outside = 0
  let changed = 0
  for (const ring of rings) {
    if (ring < 0) outside++
    else if (ring === 0) changed++
    else counts[ring] = (counts[ring] ?? 0) + 1
  }
  const largest = Math.max(1, outside, ...counts.map((n) => n ?? 0))
  const thickness = (n: number) => SHELL * (0.1 + 0.8 * Math.sqrt(n / largest))
  const shells: Shell[] = [{ inner: 0, outer: changed > 1 ? 0.3 * SHELL : 0 }]
  let at = Math.max(shells[0]!.outer + SHELL_GAP, SHELL * 0.8)
  for (let ring = 1; ring < counts.length; ring++) {
    const outer = at + thickness(counts[ring] ?? 0)
    shells.push({ inner: at, outer })
    at = outer + SHELL_GAP
  }
  shells.push({ inner: at + SHELL_GAP, outer: at + SHELL_GAP + thickness(outside) })
  return shells
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
  placeChildren(children, 0, children.length, depth, rect, segments, out)
}

/**
 * Splits `rect` in two, by weight, across its longer true side, until each part holds one of
 * children[from, to). A range, not slices: no array copied per split.
 */
function placeChildren(
  children: readonly number[][],
  from: number,
  to: number,
  depth: number,
  rect: Rect,
  segments: string[][],
  out: Float64Array,
): void {
  if (from === to) return // an empty graph, or an area with no file
  if (to - from === 1) {
    const only = children[from]!
    const first = only[0]!
    if (only.length === 1 && segments[first]!.length === depth + 1) setDirection(first, rect, out)
    else placeGroup(only, depth + 1, rect, segments, out)
    return
  }
  let total = 0
  for (let i = from; i < to; i++) total += children[i]!.length
  let split = from + 1
  let before = children[from]!.length
  while (split < to - 1 && Math.abs(total / 2 - (before + children[split]!.length)) < Math.abs(total / 2 - before)) {
    before += children[split]!.length
    split++
  }
  const share = before / total
  // On the equal-area map a radian of longitude is short away from the equator, and height is stretched there.
  const { lon, z, width, height } = rect
  const shrink = Math.max(0.05, Math.sqrt(1 - (z + height / 2) ** 2))
  // Every field written out: a literal that spreads `rect` first makes V8 define each later field through its runtime.
  if (width * shrink >= height / shrink) {
    placeChildren(children, from, split, depth, { lon, z, width: width * share, height }, segments, out)
    placeChildren(children, split, to, depth, { lon: lon + width * share, z, width: width * (1 - share), height }, segments, out)
  } else {
    placeChildren(children, from, split, depth, { lon, z, width, height: height * share }, segments, out)
    placeChildren(children, split, to, depth, { lon, z: z + height * share, width, height: height * (1 - share) }, segments, out)
  }
}

function setDirection(id: number, rect: Rect, out: Float64Array): void {
  const [x, y, z] = direction(rect.lon + rect.width / 2, rect.z + rect.height / 2)
  out[3 * id] = x
  out[3 * id + 1] = y
  out[3 * id + 2] = z
}

/** The unit vector at a longitude and a height (the sine of the latitude); y is up. */
export function direction(lon: number, height: number): [number, number, number] {
  const r = Math.sqrt(1 - height * height)
  return [r * Math.cos(lon), height, r * Math.sin(lon)]
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
export function round(value: number): number {
  return Math.round(value * 100) / 100 || 0 // no -0
}
