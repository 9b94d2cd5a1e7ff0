import { describe, expect, it } from '@jest/globals'
import type { Edge } from '../../src/core/model.js'
import { byCodePoint, type RepoPath } from '../../src/core/repo-path.js'
import { ImportGraph } from '../../src/graph/import-graph.js'

/** mulberry32: a failing case can be rerun from its seed. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('the stored edges', () => {
  it('come out by (from, to) path, equal pairs in the order given, for files with few imports and with many', () => {
    for (const seed of [1, 2, 3]) {
      const next = random(seed)
      const files = Array.from({ length: 300 }, (_, i) => `pkg/m${(i * 7919) % 300}.py` as RepoPath)
      // File 0 imports hundreds (the large-importer path), the others a few each; repeated pairs on purpose.
      const edges: Edge[] = Array.from({ length: 2000 }, (_, k) => ({
        from: files[k % 3 === 0 ? 0 : 1 + Math.floor(next() * 20)]!,
        to: files[Math.floor(next() * files.length)]!,
        kind: 'import',
        line: k + 1,
      }))
      const graph = new ImportGraph({
        kinds: [{ kind: 'import', atLoad: true, meaning: 'an import' }],
        files: files.map((path) => ({ path, language: 'python', test: false })),
        edges,
      })
      const expected = edges
        .map((edge, k) => ({ edge, k }))
        .sort((a, b) => byCodePoint(a.edge.from, b.edge.from) || byCodePoint(a.edge.to, b.edge.to) || a.k - b.k)
        .map(({ edge }) => edge)
      expect(graph.edges).toEqual(expected)
      expect(graph.edges.every((edge, i) => edge === expected[i])).toBe(true)
    }
  })
})
