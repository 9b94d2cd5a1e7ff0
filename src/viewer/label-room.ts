/** A rectangle on screen in CSS pixels, as `getBoundingClientRect` gives one. */
export interface Box {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

/** The panels drawn over the scene, by id: a label under one of them cannot be read, and the scene is framed beside them. */
export const OVERLAY_IDS = ['legend', 'search', 'panel'] as const

/** The boxes of the panels shown, as the browser lays them out. */
export const overlayBoxes = (): Box[] =>
  OVERLAY_IDS.flatMap((id) => {
    const element = document.getElementById(id)
    return element && !element.hidden ? [element.getBoundingClientRect()] : []
  })

/**
 * Whether a label drawn over `box` can be read where it stands: wholly inside the window and clear of every
 * overlay. A label that cannot is hidden rather than moved, since moved it would point beside its file or area;
 * the legend lists every area with its count, so a hidden area's name is still on screen there.
 */
export function labelFits(box: Box, window: Box, overlays: readonly Box[]): boolean {
  if (box.left < window.left || box.top < window.top || box.right > window.right || box.bottom > window.bottom) return false
  return overlays.every((o) => box.right <= o.left || box.left >= o.right || box.bottom <= o.top || box.top >= o.bottom)
}
