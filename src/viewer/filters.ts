import type { Visibility } from './layers.js'
import type { Model } from './model.js'

// The filters' rule on the page (the shaders hold the same one as GLSL, layers.ts): which files are drawn.

export function isShown(model: Model, id: number, visibility: Visibility): boolean {
  const ring = model.data.rings[id]!
  if (ring > 0 && visibility.importOnly && !model.data.atImport[id]) return false
  return ring <= visibility.maxRing && (ring >= 0 || visibility.showOutside)
}

/**
 * Sets the filters that hide file `id` (one chosen from the search or a panel's list) so that it is drawn, and says
 * what they show now that they did not, for the panel to tell: nothing when it was already drawn.
 */
export function reveal(model: Model, id: number, visibility: Visibility): string[] {
  const ring = model.data.rings[id]!
  const shownNow: string[] = []
  if (ring > visibility.maxRing) {
    visibility.maxRing = ring
    shownNow.push(`rings 0–${ring}`)
  }
  if (ring < 0 && !visibility.showOutside) {
    visibility.showOutside = true
    shownNow.push('the unaffected files')
  }
  if (ring > 0 && visibility.importOnly && !model.data.atImport[id]) {
    visibility.importOnly = false
    shownNow.push('the files reached after import time')
  }
  return shownNow
}
