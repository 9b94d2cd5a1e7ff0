// The entry of the process that renders the cards (render-cards.ts starts it from the bundle, as dist/render-child.js):
// it is given the SVGs in one message, answers with their PNGs in one message, and ends.
import { renderPng } from './render-png.js'

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
