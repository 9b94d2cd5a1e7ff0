import { describe, expect, it } from '@jest/globals'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { layoutPositions } from '../../src/snapshot/layout.js'
import { buildScene, ringOf, type Scene } from '../../src/snapshot/scene.js'
import { syntheticGraph } from './synthetic-graph.js'
import { SMALL_REPO } from './test-graphs.js'

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Median distance from the centre of each ring's files; index 0 the changed files, the last entry the files not reached. */
function ringDistances(scene: Scene): number[] {
  const byRing = new Map<number, number[]>()
  for (const node of scene.nodes) {
    const ring = ringOf(node)
    byRing.set(ring, [...(byRing.get(ring) ?? []), Math.hypot(node.x, node.y, node.z)])
  }
  const rings = [...byRing.keys()].filter((r) => r >= 0).sort((a, b) => a - b)
  return [...rings.map((r) => median(byRing.get(r)!)), ...(byRing.has(-1) ? [median(byRing.get(-1)!)] : [])]
}

describe('snapshot layout', () => {
  const { graph, core } = syntheticGraph()
  const impact = blastRadius(graph, [core])

  it('gives the same positions for the same graph, every time', () => {
    const a = buildScene(graph, impact)
    const b = buildScene(syntheticGraph().graph, blastRadius(syntheticGraph().graph, [core]))
    expect(b.nodes.map((n) => [n.x, n.y, n.z])).toEqual(a.nodes.map((n) => [n.x, n.y, n.z]))
    // Not all in one spot: a layout that collapsed would also be "deterministic".
    expect(new Set(a.nodes.map((n) => `${n.x},${n.y},${n.z}`)).size).toBe(graph.files.length)
  })

  it('puts ring k farther out than ring k-1 (medians), and the files not reached beyond the last ring', () => {
    const scene = buildScene(graph, impact)
    const distances = ringDistances(scene)
    expect(distances.length).toBeGreaterThanOrEqual(6)
    expect(distances[0]).toBe(0)
    for (let k = 1; k < distances.length; k++) expect(distances[k]!).toBeGreaterThan(distances[k - 1]!)
  })

  it('keeps shells apart: every file of ring k lies farther out than every file of ring k-1', () => {
    const scene = buildScene(graph, impact)
    const extent = new Map<number, { min: number; max: number }>()
    for (const node of scene.nodes) {
      const ring = ringOf(node) < 0 ? Infinity : ringOf(node)
      const d = Math.hypot(node.x, node.y, node.z)
      const e = extent.get(ring) ?? { min: Infinity, max: -Infinity }
      extent.set(ring, { min: Math.min(e.min, d), max: Math.max(e.max, d) })
    }
    const rings = [...extent.keys()].sort((a, b) => a - b)
    for (let i = 1; i < rings.length; i++) expect(extent.get(rings[i]!)!.min).toBeGreaterThan(extent.get(rings[i - 1]!)!.max)
  })

  it('keeps a folder together: files of one folder point in nearer directions than files of different folders', () => {
    const paths = graph.files.map((f) => f.path)
    const positions = layoutPositions(paths, paths.map(() => 1))
    const direction = (i: number) => [positions[3 * i]!, positions[3 * i + 1]!, positions[3 * i + 2]!].map((v) => v / 100)
    const folder = (i: number) => paths[i]!.slice(0, paths[i]!.lastIndexOf('/'))
    const [same, other] = [[] as number[], [] as number[]]
    for (let i = 0; i < paths.length; i += 7) {
      for (let j = i + 1; j < paths.length; j += 13) {
        const [a, b] = [direction(i), direction(j)]
        const gap = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)
        ;(folder(i) === folder(j) ? same : other).push(gap)
      }
    }
    expect(same.length).toBeGreaterThan(50)
    expect(median(same) * 3).toBeLessThan(median(other))
  })

  it('lays out a real repository: the changed file at the centre, each file at its ring', async () => {
    const small = await buildGraph(SMALL_REPO)
    const scene = buildScene(small, blastRadius(small, ['app/core/config.py' as RepoPath]))
    const at = (path: string) => scene.nodes.find((n) => n.path === path)!
    expect(at('app/core/config.py')).toMatchObject({ role: 'changed', x: 0, y: 0, z: 0 })
    expect(at('tests/test_views.py')).toMatchObject({ role: 'affected', ring: 3 })
    expect(at('app/util.py').role).toBe('outside')
    expect(scene.ringCounts).toEqual([1, 3, 2, 1])
    expect(scene.affected).toBe(6)
    // app/web/views.py is the only way to tests/test_views.py: 3 files (itself, urls.py, the test) go through it.
    expect(at('app/web/views.py').downstream).toBe(3)
  })
})
