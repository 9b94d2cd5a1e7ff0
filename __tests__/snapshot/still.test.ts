import { describe, expect, it } from '@jest/globals'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { pythonGraph } from '../helpers/python-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { BACKGROUND, CHANGED_COLOUR, ringColour } from '../../src/snapshot/palette.js'
import { renderPng } from '../../src/snapshot/render-png.js'
import { buildScene } from '../../src/snapshot/scene.js'
import { snapshotSvg } from '../../src/snapshot/snapshot-svg.js'
import { decodePng, paintedShare, type Pixels } from './png-pixels.js'
import { syntheticGraph } from './synthetic-graph.js'
import { SMALL_REPO } from './test-graphs.js'

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]

/** Pixels within a small distance of a colour: to find the spheres and swatches of a ring in the picture. */
function pixelsNear(pixels: Pixels, hex: string, tolerance = 30): number {
  const [r, g, b] = rgb(hex)
  let n = 0
  for (let i = 0; i < pixels.data.length; i += 4) {
    if (Math.abs(pixels.data[i]! - r) + Math.abs(pixels.data[i + 1]! - g) + Math.abs(pixels.data[i + 2]! - b) < tolerance) n++
  }
  return n
}

describe('snapshot still (PNG)', () => {
  const { graph, core } = syntheticGraph()
  const scene = buildScene(graph, blastRadius(graph, [core]))

  it('is a 1600×900 PNG with the scene painted on it, ring colours included', async () => {
    const pixels = decodePng(await renderPng(snapshotSvg(scene)))
    expect([pixels.width, pixels.height]).toEqual([1600, 900])
    const share = paintedShare(pixels, rgb(BACKGROUND))
    expect(share).toBeGreaterThan(0.04)
    expect(share).toBeLessThan(0.9)
    expect(pixelsNear(pixels, CHANGED_COLOUR)).toBeGreaterThan(100)
    for (const ring of [1, 2, 3, 4]) expect(pixelsNear(pixels, ringColour(ring))).toBeGreaterThan(50)
  })

  it('gives the same bytes for the same input', async () => {
    const again = buildScene(syntheticGraph().graph, blastRadius(syntheticGraph().graph, [core]))
    const [a, b] = await Promise.all([renderPng(snapshotSvg(scene)), renderPng(snapshotSvg(again))])
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  it('renders other sizes on request', async () => {
    const pixels = decodePng(await renderPng(snapshotSvg(scene, { width: 800, height: 450 })))
    expect([pixels.width, pixels.height]).toEqual([800, 450])
    expect(paintedShare(pixels, rgb(BACKGROUND))).toBeGreaterThan(0.04)
  })

  it('labels the changed file and the busiest files of the radius, and counts every ring in the legend', async () => {
    const small = await buildGraph(SMALL_REPO)
    const svg = snapshotSvg(buildScene(small, blastRadius(small, ['app/core/config.py' as RepoPath])))
    expect(svg).toContain('>app/core/config.py</text>')
    expect(svg).toContain('app/web/views.py · 3 via it')
    expect(svg).toContain('6 of 10 files affected · 3 rings')
    for (const [label, n] of [['changed', 1], ['ring 1', 3], ['ring 2', 2], ['ring 3', 1], ['not affected', 3]] as const) {
      expect(svg).toMatch(new RegExp(`>${label}</text><text [^>]*>${n}</text>`))
    }
  })

  it('shows hostile file names as the characters they are', async () => {
    const names = ['app/\u202egnp.exe.py', 'app/<img src=x onerror=alert(1)>.py'] as RepoPath[]
    const hostile = pythonGraph({ files: names, edges: [{ from: names[1]!, to: names[0]!, kind: 'import' }] })
    // Both changed, so both are labelled.
    const svg = snapshotSvg(buildScene(hostile, blastRadius(hostile, names)))
    expect(svg).not.toContain('\u202e')
    expect(svg).toContain('app/\\u{202e}gnp.exe.py')
    expect(svg).not.toContain('<img')
    expect(svg).toContain('app/&#60;img src=x onerror=alert(1)&#62;.py')
    expect(decodePng(await renderPng(svg)).width).toBe(1600)
  })

  it('never looks "safe" when there is nothing to measure: the picture says why', async () => {
    const lonely = pythonGraph({ files: ['a.py' as RepoPath], edges: [], unread: { '.js': 40 } })
    const scene = buildScene(lonely, blastRadius(lonely, ['a.py' as RepoPath]))
    expect(scene.notes).toEqual([
      'The import graph holds 1 file and 0 imports: too little to measure a blast radius.',
      'Not read (other languages): 40 files. Imports from them are not shown.',
    ])
    // Wrapped to the legend's width, warning sign first.
    const svg = snapshotSvg(scene)
    expect(svg).toContain('>⚠ The import graph holds 1 file and 0 imports: too little</text>')
    expect(svg).toContain('>   to measure a blast radius.</text>')
    const nothingChanged = snapshotSvg(buildScene(lonely, blastRadius(lonely, [])))
    expect(nothingChanged).toContain('>Blast radius: no changed file is in the import graph</text>')
    expect(nothingChanged).toContain('>⚠ None of the changed files is in the import graph:')
    // Both still render, and so does a graph with no file at all.
    expect(decodePng(await renderPng(nothingChanged)).width).toBe(1600)
    const empty = pythonGraph({ files: [], edges: [] })
    const emptyScene = buildScene(empty, blastRadius(empty, []))
    expect(emptyScene.notes).toContain('The import graph holds 0 files and 0 imports: too little to measure a blast radius.')
    expect(decodePng(await renderPng(snapshotSvg(emptyScene))).height).toBe(900)
  })
})
