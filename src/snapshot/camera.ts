/** A fixed perspective camera for the still: it looks at the centre from a little above and aside. */
export interface View {
  readonly width: number
  readonly height: number
  /** The screen point the scene's centre lands on. */
  readonly centreX: number
  readonly centreY: number
}

export interface Projected {
  readonly x: number
  readonly y: number
  /** Distance from the camera: larger is farther. */
  readonly depth: number
  /** Screen pixels per scene unit at that depth. */
  readonly scale: number
}

/** Radians; the viewer opens on the same view. The elevation looks down over the band the files lie in (layout.ts), so nothing stands between the camera and the centre. */
export const AZIMUTH = 0.6
export const ELEVATION = 0.95

export type Projector = (x: number, y: number, z: number) => Projected

/** A projector that fits a scene of the given radius into 94% of the view's height. */
export function projector(view: View, radius: number): Projector {
  const r = Math.max(radius, 1)
  const distance = 3 * r
  // The nearest point of the sphere (distance − r away) sets the fit, so nothing leaves the frame.
  const focal = (0.47 * view.height * (distance - r)) / r
  const [ca, sa, ce, se] = [Math.cos(AZIMUTH), Math.sin(AZIMUTH), Math.cos(ELEVATION), Math.sin(ELEVATION)]
  return (x, y, z) => {
    const x1 = ca * x - sa * z
    const z1 = sa * x + ca * z
    const y2 = ce * y - se * z1
    const z2 = se * y + ce * z1
    const depth = distance - z2
    const scale = focal / depth
    return { x: view.centreX + x1 * scale, y: view.centreY - y2 * scale, depth, scale }
  }
}
