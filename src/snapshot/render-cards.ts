import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { cardBands, type Band } from './card-bands.js'
import type { BandAnswer } from './render-child.js'
import { assembleCards, renderBand, type BandPngs, type CardPngs } from './render-png.js'

/** Written by `npm run bundle` beside dist/index.js and dist/cli.js. */
const CHILD = fileURLToPath(new URL('./render-child.js', import.meta.url))

/**
 * Two bands, each rendered by a process of its own: on two cores the card takes a little more than half the time
 * of one render (Django: each band about 60 % of the card's CPU, the discs and curves that cross the cut drawn in both).
 */
const BANDS = cardBands(2)

/** Gives both cards' PNGs, drawing each band's 2x SVG with `draw` (snapshotSvg at scale 2 of that band). Call it once. */
export type CardRenderer = (draw: (band: Band) => string) => Promise<CardPngs>

/**
 * A card renderer as started (startCardRenderer), with when, once it is called, every band's SVG has been handed to
 * its process: this process's work before then holds the sending up (a message larger than the socket's buffer is
 * written as this process's event loop turns).
 */
export type StartedCardRenderer = CardRenderer & { readonly handedOver: Promise<void> }

/** One band's render from its 2x SVG (renderBand, here or in a child process): when the SVG is with the renderer, and the band. */
export type BandRenderer = (svg2x: string) => { readonly sent: Promise<void>; readonly band: Promise<BandPngs> }

/** The band rendered here: nothing to hand over. */
const renderHere: BandRenderer = (svg2x) => ({ sent: Promise.resolve(), band: renderBand(svg2x) })

/**
 * A renderer of the cards, started before the SVG is drawn. From the bundle each band is rendered by a child Node
 * process that runs WebAssembly on V8's baseline compiler only (--liftoff-only): resvg runs once per snapshot, and
 * the optimizing tier spends more CPU compiling its hot functions than it saves in one snapshot's rendering (Django's
 * cards, when both were rendered: about 2.6 s of CPU in this process, 1.4 s in the child; same pixels). The flag
 * holds for a whole process and cannot be set in a running one (Node 24 freezes V8's flags), hence the children,
 * which boot and load resvg while this process builds the graph. From the sources (tests) the bands are rendered here.
 * Each band's SVG goes to its process as soon as it is drawn, the next band drawn while that one renders.
 */
export function startCardRenderer(): StartedCardRenderer {
  const renderers = BANDS.map(() => (existsSync(CHILD) ? childRenderer(CHILD) : renderHere))
  let handOver = () => {}
  const handedOver = new Promise<void>((resolve) => (handOver = resolve))
  const render: CardRenderer = async (draw) => {
    const bands = BANDS.map((band, i) => renderers[i]!(draw(band)))
    void Promise.all(bands.map((band) => band.sent)).then(handOver)
    return assembleCards(await Promise.all(bands.map((band) => band.band)))
  }
  return Object.assign(render, { handedOver })
}

/**
 * How long a child given its band's SVG may take to answer. Django's band takes well under a second and the largest
 * trees a few; a child that has neither answered nor ended by then is stuck (a hung renderer, a stopped process), and
 * the run must not wait with it until the job's own time-out: the child is killed and the snapshot fails with this
 * reason, which the action turns into a warning (the report goes out without the links).
 */
export const ANSWER_WITHIN_MS = 5 * 60 * 1000

/**
 * A renderer of one band in a child process running `script` (render-child.ts as bundled). The child's own answer
 * is final (resvg's message for an SVG it cannot read included); a child that cannot run or ends without answering
 * costs time, never the band: it is rendered here instead. One that neither answers nor ends within `answerWithinMs`
 * of being given the SVG is killed, and the band rejected.
 */
export function childRenderer(script: string, answerWithinMs = ANSWER_WITHIN_MS): BandRenderer {
  const child = fork(script, [], { execArgv: ['--liftoff-only'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] })
  // Until it is given the SVG, the child does not keep this process alive: if it never comes, it ends when this one does.
  const handles = [child, child.channel]
  for (const handle of handles) handle?.unref()
  // Settled by the child's answer, or with undefined when the child is gone without one; never rejected.
  const answered = new Promise<BandAnswer | undefined>((resolve) => {
    const gone = () => {
      resolve(undefined)
    }
    child.once('message', resolve)
    // `on`, not `once`: a send to a child that failed to start is a second error.
    child.on('error', gone)
    child.once('exit', gone)
  })
  let used = false
  return (svg2x) => {
    // The child answers once: a second band would get the first one's PNGs.
    if (used) throw new Error('a band renderer renders one band; start another for the next')
    used = true
    for (const handle of handles) handle?.ref()
    // Settled when the message is written or could not be (the child is then gone, and the band rendered here).
    const sent = new Promise<void>((resolve) => {
      if (child.connected)
        child.send(svg2x, (error) => {
          if (error) child.kill()
          resolve()
        })
      else resolve()
    })
    let timer: ReturnType<typeof setTimeout> | undefined
    const stuck = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`the snapshot's renderer did not answer within ${answerWithinMs / 1000} s of being given the card`))
      }, answerWithinMs)
    })
    const band = Promise.race([answered, stuck]).then((answer) => {
      clearTimeout(timer)
      // Answered, the child only ends: this process need not wait for it.
      for (const handle of handles) handle?.unref()
      if (!answer) return renderBand(svg2x)
      if ('error' in answer) throw new Error(answer.error)
      return answer.band
    })
    return { sent, band }
  }
}
