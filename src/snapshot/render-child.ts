// The entry of the process that renders the cards (render-cards.ts starts it from the bundle, as dist/render-child.js):
// it loads the renderer at once, is given the 2x card's SVG in one message, answers with both cards' PNGs in one message, and ends.
import { loadRenderer, renderCardPngs, type CardPngs } from './render-png.js'
import { warmUpSvg } from './warm-up-svg.js'

// resvg's loader asks `typeof Request` and `typeof Response` to tell a fetch answer from bytes, and in Node that first
// look loads the whole fetch implementation (undici: 50-170 ms of this process's start). It is given bytes, and this
// process fetches nothing: the two names are put out of its sight before the loader runs.
for (const name of ['Request', 'Response'])
  Object.defineProperty(globalThis, name, { value: undefined, configurable: true, writable: true })

/** Whether the card has come: then the warm-up is not started (it would only delay the card). */
let answering = false

// While the parent builds the graph and draws the SVG: resvg loaded, then its code warmed on a tiny card. A failure
// here is the answer's, when the render awaits the same promise; a warm-up that fails only leaves the code cold.
loadRenderer()
  .then(() => (answering ? undefined : renderCardPngs(warmUpSvg())))
  .catch(() => undefined)

process.once('message', (svg2x: string) => {
  answering = true
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
