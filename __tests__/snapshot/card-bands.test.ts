import { describe, expect, it } from '@jest/globals'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { cardBands } from '../../src/snapshot/card-bands.js'
import { CARD } from '../../src/snapshot/legend-svg.js'
import { startCardRenderer } from '../../src/snapshot/render-cards.js'
import { assembleCards, renderBand, renderCardPngs, type BandPngs } from '../../src/snapshot/render-png.js'
import { buildScene } from '../../src/snapshot/scene.js'
import { snapshotSvg } from '../../src/snapshot/snapshot-svg.js'
import { decodePng } from './png-pixels.js'
import { syntheticGraph } from './synthetic-graph.js'

/** The bytes of both PNGs a band makes alone. */
const bytesOf = (band: BandPngs) => Object.values(assembleCards([band])).map((png) => Buffer.from(png))

describe('the card rendered in bands', () => {
  const { graph, core } = syntheticGraph()
  const scene = buildScene(graph, blastRadius(graph, [core]))

  it('cuts the card into strips of whole pixels, top to bottom', () => {
    expect(cardBands(2)).toEqual([
      { top: 0, bottom: 260 },
      { top: 260, bottom: 520 },
    ])
    expect(cardBands(3).map((band) => band.bottom - band.top)).toEqual([173, 174, 173])
  })

  it("leaves out of a band's SVG the discs and edges wholly outside it, and none of its pixels change", async () => {
    const whole = snapshotSvg(scene, 2)
    for (const band of cardBands(2)) {
      const rows = band.bottom - band.top
      // The whole drawing, framed on the band.
      const framed = whole.replace(
        `height="${2 * CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}"`,
        `height="${2 * rows}" viewBox="0 ${band.top} ${CARD.width} ${rows}"`,
      )
      expect(framed).not.toBe(whole)
      const cut = snapshotSvg(scene, 2, band)
      expect(cut.length).toBeLessThan(0.8 * whole.length)
      expect(bytesOf(await renderBand(cut))).toEqual(bytesOf(await renderBand(framed)))
    }
  })

  it('joins the bands into the picture of the card rendered whole', async () => {
    // From the sources, the bands are rendered here, one after the other.
    const banded = decodePng((await startCardRenderer()((band) => snapshotSvg(scene, 2, band))).png2x)
    const whole = decodePng((await renderCardPngs(snapshotSvg(scene, 2))).png2x)
    expect([banded.width, banded.height]).toEqual([whole.width, whole.height])
    // Not byte for byte: resvg clips a shape that crosses a band's edge, which moves its anti-aliasing by a little.
    let off = 0
    for (let i = 0; i < whole.data.length; i++) if (Math.abs(whole.data[i]! - banded.data[i]!) > 16) off++
    console.log(`channels more than 16 apart, banded against whole: ${off} of ${whole.data.length}`)
    expect(off).toBeLessThan(whole.data.length / 1000)
  })
})
