import { describe, expect, it } from '@jest/globals'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { projector } from '../../src/snapshot/camera.js'
import { CARD } from '../../src/snapshot/legend-svg.js'
import { layout } from '../../src/snapshot/layout.js'
import { nodeRadius } from '../../src/snapshot/snapshot-svg.js'
import { snapshotAreas } from '../../src/snapshot/snapshot-areas.js'
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
    const { areaOf, areas } = snapshotAreas(
      paths,
      paths.map(() => true),
    )
    const { positions } = layout(
      paths,
      paths.map(() => 1),
      areaOf,
      areas.length,
    )
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

  it('gives each ring a shell of its own: shells do not overlap in radius, and a more populous ring gets a thicker one', () => {
    const scene = buildScene(graph, impact)
    for (let k = 1; k < scene.shells.length; k++) expect(scene.shells[k]!.inner).toBeGreaterThan(scene.shells[k - 1]!.outer)
    for (const node of scene.nodes) {
      const shell = scene.shells[ringOf(node) < 0 ? scene.shells.length - 1 : ringOf(node)]!
      const d = Math.hypot(node.x, node.y, node.z)
      expect(d).toBeGreaterThanOrEqual(shell.inner - 0.01)
      expect(d).toBeLessThanOrEqual(shell.outer + 0.01)
    }
    const thickness = (k: number) => scene.shells[k]!.outer - scene.shells[k]!.inner
    const rings = scene.ringCounts
      .map((n, k) => ({ n, k }))
      .filter((r) => r.k > 0)
      .sort((a, b) => a.n - b.n)
    const [fewest, most] = [rings[0]!, rings[rings.length - 1]!]
    expect(most.n).toBeGreaterThan(fewest.n)
    expect(thickness(most.k)).toBeGreaterThan(thickness(fewest.k))
  })

  it("puts each area's files inside its sector, and the sectors side by side without overlap", () => {
    const scene = buildScene(graph, impact)
    expect(scene.areas.length).toBeGreaterThan(3)
    const turn = 2 * Math.PI
    for (const node of scene.nodes) {
      if (node.role === 'changed') continue
      const { start, width } = scene.areas[node.area]!.sector
      const lon = (((Math.atan2(node.z, node.x) - start) % turn) + turn) % turn
      expect(lon).toBeLessThanOrEqual(width + 1e-3)
      expect(node.path.startsWith(scene.areas[node.area]!.prefix)).toBe(true)
    }
    const sorted = [...scene.areas].sort((a, b) => a.sector.start - b.sector.start)
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.sector.start).toBeGreaterThan(sorted[i - 1]!.sector.start + sorted[i - 1]!.sector.width)
  })

  it('shows the changed files in front at the initial camera: no other file is drawn over them', () => {
    for (const changed of [[core], [core, graph.files[7]!.path, graph.files[40]!.path]]) {
      const scene = buildScene(graph, blastRadius(graph, changed))
      const radius = scene.nodes.reduce((max, n) => Math.max(max, Math.hypot(n.x, n.y, n.z)), 0)
      const project = projector({ width: CARD.width, height: CARD.height, centreX: 0, centreY: 0 }, radius)
      const centre = project(0, 0, 0)
      const discs = scene.nodes
        .map((n) => ({ node: n, p: project(n.x, n.y, n.z) }))
        .map(({ node, p }) => ({ node, p, r: nodeRadius(node) * (p.scale / centre.scale) }))
      for (const front of discs.filter((d) => d.node.role === 'changed')) {
        const over = discs.filter(
          (d) => d.node.role !== 'changed' && d.p.depth < front.p.depth && Math.hypot(d.p.x - front.p.x, d.p.y - front.p.y) < d.r + front.r,
        )
        expect(over.map((d) => d.node.path)).toEqual([])
      }
    }
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
