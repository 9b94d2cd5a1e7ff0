// The entry of a process that renders a band of the cards (render-cards.ts starts one per band from the bundle, as
// dist/render-child.js): it loads the renderer at once, is given its band's 2x SVG in one message, answers with the
// band's part of both PNGs in one message, and ends.
import { loadRenderer, renderBand, type BandPngs } from './render-png.js'
import { warmUpSvg } from './warm-up-svg.js'

// resvg's loader asks `typeof Request` and `typeof Response` to tell a fetch answer from bytes, and in Node that first
// look loads the whole fetch implementation (undici: 50-170 ms of this process's start). It is given bytes, and this
// process fetches nothing: the two names are put out of its sight before the loader runs.
for (const name of ['Request', 'Response'])
  Object.defineProperty(globalThis, name, { value: undefined, configurable: true, writable: true })

/** Whether the band has come: then the warm-up is not started (it would only delay the band). */
let answering = false

// While the parent builds the graph and draws the SVG: resvg loaded, then its code warmed on a tiny card. A failure
// here is the answer's, when the render awaits the same promise; a warm-up that fails only leaves the code cold.
loadRenderer()
  .then(() => (answering ? undefined : renderBand(warmUpSvg())))
  .catch(() => undefined)

process.once('message', (svg2x: string) => {
  answering = true
  void (async () => {
    const answer: BandAnswer = await renderBand(svg2x).then(
      (band) => ({ band }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    )
    process.send?.(answer, () => {
      process.disconnect()
    })
  })()
})

/** The child's one message back. */
export type BandAnswer = { readonly band: BandPngs } | { readonly error: string }
