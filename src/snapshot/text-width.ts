/**
 * How wide text comes out on the card, from the metrics of the fonts it embeds (font-metrics.ts, read from the font
 * files): each character's advance, the missing-glyph box's for a character the fonts lack (resvg leaves a gap that
 * wide), and the kerning that sets a pair wider apart (`-J`). Never short of what resvg draws, and on ordinary text
 * within 1 % of it: what the shaper does beyond that only narrows (kerning that draws a pair closer, `AV`, and the
 * f-ligatures; scripts/font-metrics.mjs checks that a ligature is never wider), and it does that for Latin text only
 * (a text led by a Chinese letter, say, has none of it).
 * Checked against resvg's own layout in __tests__/snapshot/text-width.
 */
import { BOLD, REGULAR } from './font-metrics.js'
import { svgText } from './xml-escape.js'

export type Weight = 'normal' | 'bold'

/** The tables of font-metrics.ts, as scripts/font-metrics.mjs writes them. */
interface FontMetrics {
  readonly unitsPerEm: number
  /** The missing-glyph box's advance, in font units. */
  readonly missing: number
  /** Code point, advance, code point, advance, ...: the characters the font has. */
  readonly advances: readonly number[]
  /** First code point, second code point, the advance kerning adds between them, ...: the pairs it sets wider apart. */
  readonly widening: readonly number[]
}

interface Face {
  readonly unitsPerEm: number
  readonly missing: number
  readonly advanceOf: ReadonlyMap<number, number>
  /** By `${first} ${second}` code points. */
  readonly widening: ReadonlyMap<string, number>
}

function face(metrics: FontMetrics): Face {
  const { advances, widening } = metrics
  return {
    unitsPerEm: metrics.unitsPerEm,
    missing: metrics.missing,
    advanceOf: new Map(Array.from({ length: advances.length / 2 }, (_, i) => [advances[2 * i]!, advances[2 * i + 1]!])),
    widening: new Map(
      Array.from({ length: widening.length / 3 }, (_, i) => [`${widening[3 * i]} ${widening[3 * i + 1]}`, widening[3 * i + 2]!]),
    ),
  }
}

const FACES: Record<Weight, Face> = { normal: face(REGULAR), bold: face(BOLD) }

/**
 * The characters the shaper hides (no glyph, no advance: HarfBuzz's default ignorables, which resvg's shaper keeps),
 * those that `visible` leaves as they are (it spells out every format character): the combining grapheme joiner,
 * variation selectors, and the unassigned code points of those blocks.
 */
const HIDDEN = /[\u034f\u17b4\u17b5\u180b-\u180d\u180f\ufe00-\ufe0f\ufff0-\ufff8\u{e0000}\u{e0002}-\u{e001f}\u{e0080}-\u{e0fff}]/gu

/**
 * The width in card pixels of `text` as an SVG `<text>` of it at `size` draws it (its advance: where a following text
 * would start). SVG drops the spaces at the ends and runs of them down to one; the shaper composes a letter and its
 * accent into one character where the font has that (NFC), and leaves them apart where it has not: measured so too.
 */
export function textWidth(text: string, size: number, weight: Weight = 'normal'): number {
  const font = FACES[weight]
  const spaced = text.replace(/ {2,}/g, ' ').replace(/^ | $/g, '')
  const drawn = Array.from(spaced.normalize('NFC').replace(HIDDEN, '')).flatMap((c) =>
    Array.from(font.advanceOf.has(c.codePointAt(0)!) ? c : c.normalize('NFD'), (part) => part.codePointAt(0)!),
  )
  const units = drawn.reduce(
    (sum, c, i) => sum + (font.advanceOf.get(c) ?? font.missing) + (i ? (font.widening.get(`${drawn[i - 1]} ${c}`) ?? 0) : 0),
    0,
  )
  return (units * size) / font.unitsPerEm
}

/**
 * `text` as the card shows it (invisible characters spelled out, svgText), cut in the middle to at most `width` pixels
 * wide at `size`: as much of its head as of its tail, `…` between.
 */
export function fitWidth(text: string, width: number, size: number, weight: Weight = 'normal'): string {
  const shown = svgText(text)
  if (textWidth(shown, size, weight) <= width) return shown
  const chars = Array.from(shown) // by code point, so a cut never splits a surrogate pair
  const cut = (head: number, tail: number) => `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`
  let [head, tail] = [0, 0]
  while (head + tail < chars.length) {
    const [h, t] = head <= tail ? [head + 1, tail] : [head, tail + 1]
    if (textWidth(cut(h, t), size, weight) > width) break
    ;[head, tail] = [h, t]
  }
  return cut(head, tail)
}
