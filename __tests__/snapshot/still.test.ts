import { describe, expect, it } from '@jest/globals'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { pythonGraph } from '../helpers/python-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { CARD, LEGEND, legendRows } from '../../src/snapshot/legend-svg.js'
import { BACKGROUND, CHANGED_COLOUR, ringColour, TEXT_COLOUR } from '../../src/snapshot/palette.js'
import { renderCardPngs } from '../../src/snapshot/render-png.js'
import { buildScene } from '../../src/snapshot/scene.js'
import { snapshotSvg, STILL_LINKS } from '../../src/snapshot/snapshot-svg.js'
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

/** Runs of pixel rows holding text-coloured pixels inside a box: one per line of text. */
function textRows(pixels: Pixels, box: { left: number; right: number; top: number; bottom: number }) {
  const [r, g, b] = rgb(TEXT_COLOUR)
  const inked = (y: number) => {
    for (let x = box.left; x < box.right; x++) {
      const i = 4 * (y * pixels.width + x)
      // Anti-aliased glyph edges blend toward the background: half-way counts as ink.
      if (pixels.data[i]! > (r + 13) / 2 && pixels.data[i + 1]! > (g + 17) / 2 && pixels.data[i + 2]! > (b + 23) / 2) return true
    }
    return false
  }
  const rows: { top: number; bottom: number }[] = []
  for (let y = box.top; y < box.bottom; y++) {
    if (!inked(y)) continue
    const last = rows[rows.length - 1]
    if (last && last.bottom === y - 1) last.bottom = y
    else rows.push({ top: y, bottom: y })
  }
  return rows
}

describe('snapshot still (PNG)', () => {
  const { graph, core } = syntheticGraph()
  const scene = buildScene(graph, blastRadius(graph, [core]))

  it('is a card 800 px wide (1600 px at 2x) with the scene painted on it, ring colours included', async () => {
    const cards = await renderCardPngs(snapshotSvg(scene, 2))
    expect([decodePng(cards.png).width, decodePng(cards.png).height]).toEqual([CARD.width, CARD.height])
    const pixels = decodePng(cards.png2x)
    expect([pixels.width, pixels.height]).toEqual([2 * CARD.width, 2 * CARD.height])
    expect(CARD.width).toBe(800)
    const share = paintedShare(pixels, rgb(BACKGROUND))
    expect(share).toBeGreaterThan(0.04)
    expect(share).toBeLessThan(0.9)
    expect(pixelsNear(pixels, CHANGED_COLOUR)).toBeGreaterThan(100)
    for (const ring of [1, 2, 3, 4]) expect(pixelsNear(pixels, ringColour(ring))).toBeGreaterThan(50)
  })

  it('draws every link of a radius up to STILL_LINKS, and past it that many: ring 1 whole, every other ring in proportion', () => {
    // Each link is one quadratic curve in its ring's path, stroked in the ring's colour.
    const linksByRing = (svg: string) =>
      new Map(
        [...svg.matchAll(/<path d="([^"]*)" fill="none" stroke="(#[0-9a-f]+)"/gi)].map(([, d, colour]) => [
          colour!,
          d!.split('Q').length - 1,
        ]),
      )
    const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0)
    const linked = (s: typeof scene) => s.nodes.filter((n) => n.role === 'affected' && n.via >= 0 && n.bend).length
    expect(linked(scene)).toBeLessThan(STILL_LINKS)
    expect(total(linksByRing(snapshotSvg(scene, 2)))).toBe(linked(scene))

    const large = syntheticGraph(12_000)
    const big = buildScene(large.graph, blastRadius(large.graph, [large.core]))
    const counts = linksByRing(snapshotSvg(big, 2))
    expect(linked(big)).toBeGreaterThan(STILL_LINKS * 1.3)
    expect(total(counts)).toBe(STILL_LINKS)
    const inRing = (ring: number) => big.nodes.filter((n) => n.role === 'affected' && n.via >= 0 && n.bend && n.ring === ring).length
    expect(counts.get(ringColour(1))).toBe(inRing(1))
    // Past ring 1 each ring keeps about the same share of its links (rings past the palette share its last colour).
    const share = (STILL_LINKS - inRing(1)) / (linked(big) - inRing(1))
    for (const ring of [2, 3, 4]) expect(Math.abs(counts.get(ringColour(ring))! / inRing(ring) - share)).toBeLessThan(0.02)
  })

  it('gives the same bytes for the same input', async () => {
    const again = buildScene(syntheticGraph().graph, blastRadius(syntheticGraph().graph, [core]))
    const [a, b] = await Promise.all([renderCardPngs(snapshotSvg(scene, 2)), renderCardPngs(snapshotSvg(again, 2))])
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true)
    expect(Buffer.from(a.png2x).equals(Buffer.from(b.png2x))).toBe(true)
  })

  it("draws the changed file's halo on the 1x card as on the 2x card (one render, halved)", async () => {
    const svg = snapshotSvg(scene, 2)
    const [, cx, cy, r] = /<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" fill="url\(#changed\)"\/>/.exec(svg)!.map(Number)
    const cards = await renderCardPngs(svg)
    // How much bluer than red the ring just outside the disc is: blue there is the halo (the changed file's colour, blurred),
    // among ring 1's yellow discs. When the halo was a blurred disc, resvg left it out of a 1x render: -33 there against 15 at 2x.
    const haloTint = (pixels: Pixels, scale: number) => {
      let [sum, n] = [0, 0]
      for (let y = Math.floor((cy! - 2 * r!) * scale); y <= (cy! + 2 * r!) * scale; y++) {
        for (let x = Math.floor((cx! - 2 * r!) * scale); x <= (cx! + 2 * r!) * scale; x++) {
          const d = Math.hypot((x + 0.5) / scale - cx!, (y + 0.5) / scale - cy!)
          if (d < 1.05 * r! || d > 1.6 * r!) continue
          const i = 4 * (y * pixels.width + x)
          sum += pixels.data[i + 2]! - pixels.data[i]!
          n++
        }
      }
      return sum / n
    }
    const [tint, tint2x] = [haloTint(decodePng(cards.png), 1), haloTint(decodePng(cards.png2x), 2)]
    console.log(`halo tint (blue - red) around the changed file: 1x ${tint.toFixed(1)}, 2x ${tint2x.toFixed(1)}`)
    expect(tint2x).toBeGreaterThan(5)
    expect(Math.abs(tint - tint2x)).toBeLessThan(8)
  })

  it('has a rings legend readable at 800 px: every row of text at least 11 px tall at 1x', async () => {
    const pixels = decodePng((await renderCardPngs(snapshotSvg(scene, 2))).png)
    expect(pixels.width).toBe(800)
    // The legend's text column (no swatches, no bars), cut out of the picture, its text found by its colour.
    const rows = textRows(pixels, {
      left: LEGEND.left + 16,
      right: LEGEND.right - 36,
      top: LEGEND.top - 24,
      bottom: LEGEND.top + legendRows(scene).length * LEGEND.rowHeight,
    })
    expect(rows).toHaveLength(legendRows(scene).length)
    for (const row of rows) expect(row.bottom - row.top + 1).toBeGreaterThanOrEqual(11)
    console.log(`legend text rows at 1x: ${rows.map((r) => r.bottom - r.top + 1).join(', ')} px tall`)
  })

  it('stays under 500 KB at 2x for a Django-sized graph, and the area names are in the picture', async () => {
    const { png2x } = await renderCardPngs(snapshotSvg(scene, 2))
    expect(png2x.length).toBeLessThan(500_000)
    const svg = snapshotSvg(scene)
    for (const area of scene.areas) expect(svg).toContain(`>${area.name} · ${area.affected.toLocaleString('en-US')}</text>`)
  })

  it('labels the changed file and counts every ring in the legend', async () => {
    const small = await buildGraph(SMALL_REPO)
    const svg = snapshotSvg(buildScene(small, blastRadius(small, ['app/core/config.py' as RepoPath])))
    expect(svg).toContain('>app/core/config.py</text>')
    expect(svg).toContain('6 of 10 files affected · 3 rings')
    for (const [label, n] of [
      ['changed', 1],
      ['ring 1', 3],
      ['ring 2', 2],
      ['ring 3', 1],
      ['not affected', 3],
    ] as const) {
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
    expect(decodePng((await renderCardPngs(snapshotSvg(buildScene(hostile, blastRadius(hostile, names)), 2))).png).width).toBe(800)
  })

  it('draws a file name holding the characters UTF-8 carries and XML cannot (U+FFFE, U+FFFF), spelled out', async () => {
    // resvg refuses a whole SVG with one of them in it: the card would fail for one odd name.
    const names = ['app/\uffff.py', 'app/\ufffe.py'] as RepoPath[]
    const odd = pythonGraph({ files: names, edges: [{ from: names[1]!, to: names[0]!, kind: 'import' }] })
    const svg = snapshotSvg(buildScene(odd, blastRadius(odd, names)), 2)
    expect(decodePng((await renderCardPngs(svg)).png).width).toBe(800)
    expect(svg).toContain('>app/\\u{ffff}.py</text>')
    expect(svg).toContain('>app/\\u{fffe}.py</text>')
  })

  it('counts the changed files it does not name, in the singular for one', async () => {
    const names = ['a.py', 'b.py', 'c.py', 'd.py', 'e.py'] as RepoPath[]
    const graph = pythonGraph({ files: names, edges: [{ from: names[4]!, to: names[0]!, kind: 'import' }] })
    const labels = (changed: number) => snapshotSvg(buildScene(graph, blastRadius(graph, names.slice(0, changed))))
    expect(labels(3)).not.toContain('more changed')
    expect(labels(4)).toContain('>and 1 more changed file</text>')
    expect(labels(5)).toContain('>and 2 more changed files</text>')
  })

  it('does not say "nothing was measured" when only removed files changed and their importers are the radius', () => {
    // A pull request that deletes app/old.py, which app/a.py still imports (app/b.py imports app/a.py): no changed file
    // is in the graph, and both break.
    const names = ['app/a.py', 'app/b.py'] as RepoPath[]
    const graph = pythonGraph({ files: names, edges: [{ from: names[1]!, to: names[0]!, kind: 'import' }] })
    const scene = buildScene(graph, blastRadius(graph, [], { removed: new Map([['app/old.py' as RepoPath, [names[0]!]]]) }))
    expect(scene.ringCounts).toEqual([0, 1, 1])
    expect(scene.notes).toEqual([
      'No changed file is in the import graph: ring 1 is the files that still import a removed file or read a changed data file.',
    ])
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
    expect(svg).toContain('>⚠ The import graph holds 1 file</text>')
    expect(svg).toContain('>   measure a blast radius.</text>')
    const nothingChanged = snapshotSvg(buildScene(lonely, blastRadius(lonely, [])))
    expect(nothingChanged).toContain('>Blast radius: no changed file is in the import graph</text>')
    expect(nothingChanged).toContain('>⚠ None of the changed files is</text>')
    // Both still render, and so does a graph with no file at all.
    expect(decodePng((await renderCardPngs(snapshotSvg(buildScene(lonely, blastRadius(lonely, [])), 2))).png).width).toBe(800)
    const empty = pythonGraph({ files: [], edges: [] })
    const emptyScene = buildScene(empty, blastRadius(empty, []))
    expect(emptyScene.notes).toContain('The import graph holds 0 files and 0 imports: too little to measure a blast radius.')
    expect(decodePng((await renderCardPngs(snapshotSvg(emptyScene, 2))).png).height).toBe(CARD.height)
  })
})
