import * as THREE from 'three'
import type { Box } from './label-room.js'

/**
 * The largest rectangle of the window that none of the overlays (the legend, the search box, the file panel) covers:
 * the room the scene is framed in. Its edges are among the window's and the overlays', so those few are tried.
 */
export function freeRoom(window: Box, overlays: readonly Box[]): Box {
  const inside = (v: number, low: number, high: number) => Math.min(high, Math.max(low, v))
  const xs = [window.left, window.right, ...overlays.flatMap((o) => [o.left, o.right])].map((x) => inside(x, window.left, window.right))
  const ys = [window.top, window.bottom, ...overlays.flatMap((o) => [o.top, o.bottom])].map((y) => inside(y, window.top, window.bottom))
  let best = window
  let bestArea = -1
  for (const left of xs)
    for (const right of xs)
      for (const top of ys)
        for (const bottom of ys) {
          const area = (right - left) * (bottom - top)
          if (right <= left || bottom <= top || area <= bestArea) continue
          if (overlays.some((o) => left < o.right && right > o.left && top < o.bottom && bottom > o.top)) continue
          best = { left, top, right, bottom }
          bestArea = area
        }
  return best
}

/** Share of the room the framed points may reach to: a margin for the sprites and for the changed files' names. */
const FILL = 0.92

export interface Fit {
  readonly target: THREE.Vector3
  readonly distance: number
}

/**
 * Where the camera, looking along `-toward` (a unit vector) with its up the scene's, frames `points` (x, y, z in a
 * row) in a room of `room` (width, height) of a window `height` high, for a vertical field of view of `fov` radians.
 * The room's centre is where the target lands (the view offset, main.ts). `centre`: the target moves (across the view)
 * to centre the points' bounding box, else it stays (the change stays in the middle, the points around it).
 * `alsoInRoom`: points kept in the room but not centred (where an area's name is drawn out).
 */
export function fitView(
  points: ArrayLike<number>,
  target: THREE.Vector3,
  toward: THREE.Vector3,
  room: { width: number; height: number },
  height: number,
  fov: number,
  centre: boolean,
  alsoInRoom: ArrayLike<number> = [],
): Fit {
  const right = new THREE.Vector3(0, 1, 0).cross(toward).normalize()
  const up = toward.clone().cross(right)
  // Tangents of the half-angles the room spans around the view's axis.
  const tanX = (Math.tan(fov / 2) * room.width * FILL) / height
  const tanY = (Math.tan(fov / 2) * room.height * FILL) / height
  const at = target.clone()
  const q = new THREE.Vector3()
  let distance = 0
  for (let pass = 0; ; pass++) {
    // At distance d a point (a across, b up, c toward the camera) is in the room when |a| / (d − c) ≤ tanX, and as for b.
    distance = 0
    for (const row of [points, alsoInRoom])
      for (let i = 0; i < row.length; i += 3) {
        q.set(row[i]!, row[i + 1]!, row[i + 2]).sub(at)
        distance = Math.max(distance, q.dot(toward) + Math.max(Math.abs(q.dot(right)) / tanX, Math.abs(q.dot(up)) / tanY))
      }
    // A few passes: the box moves less each time (perspective: it is not quite where the shift puts it).
    if (!centre || pass === 3) break
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity]
    for (let i = 0; i < points.length; i += 3) {
      q.set(points[i]!, points[i + 1]!, points[i + 2]).sub(at)
      const depth = distance - q.dot(toward)
      const [x, y] = [q.dot(right) / depth, q.dot(up) / depth]
      ;[minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)]
    }
    // The box's centre, as a point at the target's depth: the new target.
    at.addScaledVector(right, ((minX + maxX) / 2) * distance).addScaledVector(up, ((minY + maxY) / 2) * distance)
  }
  return { target: at, distance }
}
