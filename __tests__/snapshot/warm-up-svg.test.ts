import { describe, expect, it } from '@jest/globals'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { renderCardPngs } from '../../src/snapshot/render-png.js'
import { buildScene } from '../../src/snapshot/scene.js'
import { snapshotSvg } from '../../src/snapshot/snapshot-svg.js'
import { warmUpSvg } from '../../src/snapshot/warm-up-svg.js'
import { decodePng } from './png-pixels.js'
import { syntheticGraph } from './synthetic-graph.js'

/** Each element as its name and the names of its attributes (`circle cx cy fill filter opacity r`): what resvg's code paths depend on. */
function elementKinds(svg: string): Set<string> {
  const kinds = new Set<string>()
  for (const [, name, attributes] of svg.matchAll(/<([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) {
    const names = [...attributes!.matchAll(/([\w:-]+)=/g)].map((m) => m[1]!).sort()
    kinds.add([name, ...names].join(' '))
  }
  return kinds
}

describe('the warm-up card (rendered by the render child while it waits)', () => {
  it('draws every kind of element a Django-sized card draws, at a tenth of its pixels', async () => {
    const { graph, core } = syntheticGraph()
    const card = elementKinds(snapshotSvg(buildScene(graph, blastRadius(graph, [core])), 2))
    const warmUp = elementKinds(warmUpSvg())
    expect([...card].filter((kind) => !warmUp.has(kind))).toEqual([])
    const { png2x } = await renderCardPngs(warmUpSvg())
    expect([decodePng(png2x).width, decodePng(png2x).height]).toEqual([80, 52])
  })
})
