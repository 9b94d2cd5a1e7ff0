import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { build } from 'esbuild'
import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { childRenderer } from '../../src/snapshot/render-cards.js'
import { assembleCards, renderBand, type BandPngs } from '../../src/snapshot/render-png.js'
import { buildScene } from '../../src/snapshot/scene.js'
import { snapshotSvg } from '../../src/snapshot/snapshot-svg.js'
import { syntheticGraph } from './synthetic-graph.js'

// The child as the bundle has it (dist/render-child.js with the WASM and fonts beside it), built into a temporary folder.
let dir: string
let child: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'blast-radius-render-child-'))
  child = join(dir, 'render-child.js')
  await build({
    entryPoints: [fileURLToPath(new URL('../../src/snapshot/render-child.ts', import.meta.url))],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  })
  copyFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'), join(dir, 'index_bg.wasm'))
  mkdirSync(join(dir, 'fonts'))
  for (const font of ['DejaVuSans-subset.ttf', 'DejaVuSans-Bold-subset.ttf']) {
    copyFileSync(fileURLToPath(new URL(`../../src/snapshot/fonts/${font}`, import.meta.url)), join(dir, 'fonts', font))
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Both cards of one band, as the bytes of the PNGs it makes alone. */
const cardsOf = (band: BandPngs) => {
  const { png, png2x } = assembleCards([band])
  return [Buffer.from(png), Buffer.from(png2x)]
}

describe('a band of the cards rendered in a child process (--liftoff-only)', () => {
  it('gives the same bytes as rendering here, for both cards', async () => {
    const { graph, core } = syntheticGraph()
    const scene = buildScene(graph, blastRadius(graph, [core]))
    const svg = snapshotSvg(scene, 2)
    const [inChild, here] = await Promise.all([childRenderer(child)(svg).band, renderBand(svg)])
    expect(cardsOf(inChild)).toEqual(cardsOf(here))
  })

  it('renders one band: a second call is refused, not answered with the first band', async () => {
    const { graph, core } = syntheticGraph(300)
    const render = childRenderer(child)
    const first = render(snapshotSvg(buildScene(graph, blastRadius(graph, [core])), 2))
    await Promise.all([first.sent, first.band])
    expect(() => render(snapshotSvg(buildScene(graph, blastRadius(graph, [graph.files[1]!.path])), 2))).toThrow(/one band/)
  })

  it("rejects with the renderer's message for an SVG it cannot read", async () => {
    await expect(childRenderer(child)('<svg').band).rejects.toThrow(/svg/i)
  })

  it('renders the band here when the process ends without answering (it cannot run)', async () => {
    const { graph, core } = syntheticGraph()
    const svg = snapshotSvg(buildScene(graph, blastRadius(graph, [core])), 2)
    const [band, here] = await Promise.all([childRenderer(join(dir, 'missing.js'))(svg).band, renderBand(svg)])
    expect(cardsOf(band)).toEqual(cardsOf(here))
  })

  it('kills a child that neither answers nor ends, and rejects the band with why (the run does not wait with it)', async () => {
    const stuck = join(dir, 'never-answers.cjs')
    const pidFile = join(dir, 'never-answers.pid')
    writeFileSync(
      stuck,
      `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); process.on('message', () => {}); setInterval(() => {}, 1000)`,
    )
    const render = childRenderer(stuck, 300)
    // Given the SVG once it runs (however long a busy machine takes to start it), so the limit is the answer's alone.
    while (!existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 20))
    const pid = Number(readFileSync(pidFile, 'utf8'))
    await expect(render('<svg/>').band).rejects.toThrow("the snapshot's renderer did not answer within 0.3 s of being given the card")
    // Killed, not left behind: polled until the process is gone (jest's own time-out is the only limit).
    const alive = () => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    }
    while (alive()) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(alive()).toBe(false)
  })

  it('does not keep this process alive when it is never given the SVG (the snapshot failed before it)', async () => {
    const driver = join(dir, 'unused-renderer.js')
    await build({
      stdin: {
        contents: `import { childRenderer } from './render-cards.ts'\nchildRenderer(${JSON.stringify(child)})\nconsole.log('started')`,
        resolveDir: fileURLToPath(new URL('../../src/snapshot/', import.meta.url)),
        loader: 'ts',
      },
      outfile: driver,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    })
    // A process held open by its idle child never ends: the test then fails by jest's own time-out, not by a limit of its own.
    const { stdout } = await promisify(execFile)(process.execPath, [driver], { encoding: 'utf8' })
    expect(stdout.trim()).toBe('started')
  })
})
