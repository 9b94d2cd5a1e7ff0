import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CardAnswer } from './render-child.js'
import { renderPng } from './render-png.js'

/** Written by `npm run bundle` beside dist/index.js and dist/cli.js. */
const CHILD = fileURLToPath(new URL('./render-child.js', import.meta.url))

/**
 * The PNGs of the cards, in the order of the SVGs. From the bundle they are rendered in a child Node
 * process that runs WebAssembly on V8's baseline compiler only (--liftoff-only): resvg runs once per
 * snapshot, and the optimizing tier spends more CPU compiling its hot functions than it saves in two
 * renders (Django's cards: about 2.6 s of CPU in this process, 1.4 s in the child; same pixels). The
 * flag holds for a whole process and cannot be set in a running one (Node 24 freezes V8's flags),
 * hence the child. From the sources (tests) the cards are rendered here.
 */
export function renderCards(svgs: readonly string[]): Promise<Uint8Array[]> {
  return existsSync(CHILD) ? renderInChild(CHILD, svgs) : Promise.all(svgs.map(renderPng))
}

/** Renders the SVGs in a child process running `script` (render-child.ts as bundled). */
export function renderInChild(script: string, svgs: readonly string[]): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { execArgv: ['--liftoff-only'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    let answer: CardAnswer | undefined
    child.once('message', (message: CardAnswer) => (answer = message))
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (answer && 'pngs' in answer) resolve([...answer.pngs])
      else if (answer) reject(new Error(answer.error))
      else
        reject(
          new Error(`the renderer process ended (${signal ?? `exit code ${code}`}) without the cards${stderr && `: ${stderr.trim()}`}`),
        )
    })
    child.send(svgs)
  })
}
