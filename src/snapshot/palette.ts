/**
 * The colours of the snapshot, shared by the PNG and the viewer so both tell the same story.
 * Rings run along matplotlib's "plasma" scale, bright yellow (nearest) to purple (farthest): it
 * changes in lightness as well as hue, so it still reads in order for colour-blind readers. The
 * changed files are cyan, on the opposite (blue) side of the yellow–red axis those readers keep.
 */
export const BACKGROUND = '#0d1117'
export const CHANGED_COLOUR = '#4cc9f0'
export const OUTSIDE_COLOUR = '#5b6478'
export const TEXT_COLOUR = '#e6edf3'
export const MUTED_TEXT_COLOUR = '#8b949e'

/** Ring 1 first; rings beyond the last share its colour (the legend groups them as "ring 8+"). */
export const RING_COLOURS = ['#f0f921', '#fcce25', '#fca636', '#f2844b', '#e16462', '#cc4778', '#b12a90', '#8f0da4'] as const

export function ringColour(ring: number): string {
  return RING_COLOURS[Math.min(ring, RING_COLOURS.length) - 1]!
}

/** How a ring is named in legends: the last colour stands for every ring from there on. */
export function ringLabel(ring: number, deepest: number): string {
  const last = RING_COLOURS.length
  return ring === last && deepest > last ? `ring ${last}+` : `ring ${ring}`
}
