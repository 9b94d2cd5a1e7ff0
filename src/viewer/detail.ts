/**
 * Level of detail while the camera moves. Software WebGL (SwiftShader, a CPU rasteriser) pays a few
 * microseconds for every point and line segment it draws and for every pixel it fills, so a moving
 * frame draws at most this many of each layer (a fair sample of every ring, see snapshot/draw-order.ts) at half
 * the resolution; once the camera rests, one frame draws everything at full resolution.
 */
export const MOTION_BUDGET = {
  /** Affected files drawn as points. */
  affected: 3500,
  /** Unaffected files: a faint hull, a sparse sample is enough to show where it lies. */
  outside: 800,
  /** Files whose edge of the shortest-path tree is drawn (each a curve of a few segments). */
  tree: 1000,
  /** Line segments of each edge kind shown on request. */
  edges: 3000,
} as const

/** The pixel ratio while moving, as a share of the still one: a quarter of the pixels to fill. */
export const MOTION_RESOLUTION = 0.5

/** Milliseconds without a camera change after which the full frame is drawn. */
export const SETTLE_MS = 160

/** How many of a layer's `count` primitives a frame draws. */
export function drawnCount(count: number, budget: number, moving: boolean): number {
  return moving ? Math.min(count, budget) : count
}
