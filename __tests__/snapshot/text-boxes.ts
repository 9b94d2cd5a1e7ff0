import { Resvg } from '@resvg/resvg-wasm'
import { CARD } from '../../src/snapshot/legend-svg.js'
import { loadRenderer } from '../../src/snapshot/render-png.js'

/** Where resvg draws one `<text>` of a card: its ink's extent in card pixels, and its content as it stands in the SVG. */
export interface TextBox {
  readonly body: string
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

/**
 * Each `<text>` element of card SVG (1x, the card's own pixels) as resvg lays it out with the card's fonts: drawn alone,
 * so that its box is its own. The renderer that paints the card is the judge of how wide the text comes out, beyond the
 * card's edge too (resvg's box is not cut at the canvas).
 */
export async function textBoxes(svg: string): Promise<TextBox[]> {
  const fontBuffers = await loadRenderer()
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].flatMap(([element, body]) => {
    const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" font-family="DejaVu Sans">${element}</svg>`
    const resvg = new Resvg(alone, {
      font: { fontBuffers, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
      textRendering: 1,
    })
    try {
      const box = resvg.getBBox()
      if (!box) return []
      const found = { body: body!, left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height }
      box.free()
      return [found]
    } finally {
      resvg.free()
    }
  })
}
