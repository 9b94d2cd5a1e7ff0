import { CARD } from './legend-svg.js'

/**
 * A strip of the card's rows, [top, bottom) in card pixels: the card is rendered in bands, each by a process of its
 * own, and their rows joined (png-encode.ts). Whole pixels, so that each band's 2x rows halve into its 1x rows.
 */
export interface Band {
  readonly top: number
  readonly bottom: number
}

export const WHOLE_CARD: Band = { top: 0, bottom: CARD.height }

/** The card cut into `count` bands of (nearly) the same height, top to bottom. */
export function cardBands(count: number): Band[] {
  const at = (i: number) => Math.round((i * CARD.height) / count)
  return Array.from({ length: count }, (_, i) => ({ top: at(i), bottom: at(i + 1) }))
}
