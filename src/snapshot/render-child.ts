// The entry of the process that renders the cards (render-cards.ts starts it from the bundle, as dist/render-child.js):
// it loads the renderer at once, is given the SVGs in one message, answers with their PNGs in one message, and ends.
import { loadRenderer, renderPng } from './render-png.js'

// While the parent draws the SVGs. A failure here is the answer's, when the first card awaits the same promise.
loadRenderer().catch(() => undefined)

process.once('message', (svgs: readonly string[]) => {
  void (async () => {
    const answer: CardAnswer = await Promise.all(svgs.map(renderPng)).then(
      (pngs) => ({ pngs }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    )
    process.send?.(answer, () => {
      process.disconnect()
    })
  })()
})

/** The child's one message back. */
export type CardAnswer = { readonly pngs: readonly Uint8Array[] } | { readonly error: string }
