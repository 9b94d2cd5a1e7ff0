// The entry of the process that renders the cards (render-cards.ts starts it from the bundle, as dist/render-child.js):
// it loads the renderer at once, is given the 2x card's SVG in one message, answers with both cards' PNGs in one message, and ends.
import { loadRenderer, renderCardPngs, type CardPngs } from './render-png.js'

// While the parent draws the SVG. A failure here is the answer's, when the render awaits the same promise.
loadRenderer().catch(() => undefined)

process.once('message', (svg2x: string) => {
  void (async () => {
    const answer: CardAnswer = await renderCardPngs(svg2x).then(
      (pngs) => ({ pngs }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    )
    process.send?.(answer, () => {
      process.disconnect()
    })
  })()
})

/** The child's one message back. */
export type CardAnswer = { readonly pngs: CardPngs } | { readonly error: string }
