import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { CardAnswer } from './render-child.js'
import { renderPng } from './render-png.js'

/** Written by `npm run bundle` beside dist/index.js and dist/cli.js. */
const CHILD = fileURLToPath(new URL('./render-child.js', import.meta.url))

/** Gives the PNGs of the SVGs, in their order. Call it once. */
export type CardRenderer = (svgs: readonly string[]) => Promise<Uint8Array[]>

/**
 * A renderer of the cards, started before the SVGs are drawn. From the bundle it is a child Node
 * process that runs WebAssembly on V8's baseline compiler only (--liftoff-only): resvg runs once per
 * snapshot, and the optimizing tier spends more CPU compiling its hot functions than it saves in two
 * renders (Django's cards: about 2.6 s of CPU in this process, 1.4 s in the child; same pixels). The
 * flag holds for a whole process and cannot be set in a running one (Node 24 freezes V8's flags),
 * hence the child, which boots and loads resvg while this process draws. From the sources (tests)
 * the cards are rendered here.
 */
export function startCardRenderer(): CardRenderer {
  return existsSync(CHILD) ? childRenderer(CHILD) : (svgs) => Promise.all(svgs.map(renderPng))
}

/** A renderer in a child process running `script` (render-child.ts as bundled). */
export function childRenderer(script: string): CardRenderer {
  const child = fork(script, [], { execArgv: ['--liftoff-only'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
  // Until it is given the SVGs, the child does not keep this process alive: if they never come, it ends when this one does.
  // A piped stdio stream is a socket (Node types it as a Readable).
  const handles = [child, child.channel, child.stderr as Socket | null]
  for (const handle of handles) handle?.unref()
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  // Settled when the child is gone, never rejected: a child that fails before it is asked is reported when it is.
  const ended = new Promise<CardAnswer>((resolve) => {
    let answer: CardAnswer | undefined
    child.once('message', (message: CardAnswer) => (answer = message))
    // `on`, not `once`: a send to a child that failed to start is a second error.
    child.on('error', (error) => {
      resolve({ error: `the renderer process failed: ${error.message}` })
    })
    child.once('exit', (code, signal) => {
      const how = signal ?? `exit code ${String(code)}`
      resolve(answer ?? { error: `the renderer process ended (${how}) without the cards${stderr && `: ${stderr.trim()}`}` })
    })
  })
  return async (svgs) => {
    for (const handle of handles) handle?.ref()
    if (child.connected) child.send(svgs)
    const answer = await ended
    if ('error' in answer) throw new Error(answer.error)
    return [...answer.pngs]
  }
}
