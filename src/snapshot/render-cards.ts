import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CardAnswer } from './render-child.js'
import { renderCardPngs, type CardPngs } from './render-png.js'

/** Written by `npm run bundle` beside dist/index.js and dist/cli.js. */
const CHILD = fileURLToPath(new URL('./render-child.js', import.meta.url))

/** Gives both cards' PNGs from the 2x card's SVG (renderCardPngs). Call it once. */
export type CardRenderer = (svg2x: string) => Promise<CardPngs>

/**
 * A renderer of the cards, started before the SVG is drawn. From the bundle it is a child Node
 * process that runs WebAssembly on V8's baseline compiler only (--liftoff-only): resvg runs once per
 * snapshot, and the optimizing tier spends more CPU compiling its hot functions than it saves in one
 * snapshot's rendering (Django's cards, when both were rendered: about 2.6 s of CPU in this process, 1.4 s in the child; same pixels). The
 * flag holds for a whole process and cannot be set in a running one (Node 24 freezes V8's flags),
 * hence the child, which boots and loads resvg while this process draws. From the sources (tests)
 * the cards are rendered here.
 */
export function startCardRenderer(): CardRenderer {
  return existsSync(CHILD) ? childRenderer(CHILD) : renderCardPngs
}

/**
 * A renderer in a child process running `script` (render-child.ts as bundled). The child's own
 * answer is final (resvg's message for an SVG it cannot read included); a child that cannot run or
 * ends without answering costs time, never the cards: they are rendered here instead.
 */
export function childRenderer(script: string): CardRenderer {
  const child = fork(script, [], { execArgv: ['--liftoff-only'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] })
  // Until it is given the SVGs, the child does not keep this process alive: if they never come, it ends when this one does.
  const handles = [child, child.channel]
  for (const handle of handles) handle?.unref()
  // Settled by the child's answer, or with undefined when the child is gone without one; never rejected.
  const answered = new Promise<CardAnswer | undefined>((resolve) => {
    const gone = () => {
      resolve(undefined)
    }
    child.once('message', resolve)
    // `on`, not `once`: a send to a child that failed to start is a second error.
    child.on('error', gone)
    child.once('exit', gone)
  })
  let used = false
  return async (svg2x) => {
    // The child answers once: a second card would get the first one's PNGs.
    if (used) throw new Error('a card renderer renders one card; start another for the next')
    used = true
    for (const handle of handles) handle?.ref()
    if (child.connected)
      child.send(svg2x, (error) => {
        if (error) child.kill()
      })
    const answer = await answered
    // Answered, the child only ends: this process need not wait for it.
    for (const handle of handles) handle?.unref()
    if (!answer) return renderCardPngs(svg2x)
    if ('error' in answer) throw new Error(answer.error)
    return answer.pngs
  }
}
