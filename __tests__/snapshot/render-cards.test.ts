import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { childRenderer } from '../../src/snapshot/render-cards.js'
import { renderPng } from '../../src/snapshot/render-png.js'
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

describe('the cards rendered in a child process (--liftoff-only)', () => {
  it('gives the same bytes as rendering here, in the order of the SVGs', async () => {
    const { graph, core } = syntheticGraph()
    const scene = buildScene(graph, blastRadius(graph, [core]))
    const svgs = [snapshotSvg(scene, 1), snapshotSvg(scene, 2)]
    const [inChild, here] = await Promise.all([childRenderer(child)(svgs), Promise.all(svgs.map(renderPng))])
    expect(inChild).toHaveLength(2)
    expect(Buffer.from(inChild[0]!).equals(Buffer.from(here[0]!))).toBe(true)
    expect(Buffer.from(inChild[1]!).equals(Buffer.from(here[1]!))).toBe(true)
  })

  it("rejects with the renderer's message for an SVG it cannot read", async () => {
    await expect(childRenderer(child)(['<svg'])).rejects.toThrow(/svg/i)
  })

  it('rejects, saying so, when the process ends without answering', async () => {
    await expect(childRenderer(join(dir, 'missing.js'))(['<svg/>'])).rejects.toThrow(
      /renderer process ended \(exit code 1\) without the cards/,
    )
  })

  it('does not keep this process alive when it is never given the SVGs (the snapshot failed before them)', async () => {
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
    // Not a measure of speed: a process held open by its idle child would run until this generous limit.
    const run = spawnSync(process.execPath, [driver], { encoding: 'utf8', timeout: 60_000 })
    expect([run.status, run.stdout.trim()]).toEqual([0, 'started'])
  })
})
