import { describe, expect, it } from '@jest/globals'
import type { Edge, EdgeGroup, EdgeKindSpec } from '../../src/core/model.js'
import { byCodePoint, type RepoPath } from '../../src/core/repo-path.js'
import { ImportGraph, type GraphFile } from '../../src/graph/import-graph.js'
import { graphJson, graphJsonText } from '../../src/report/graph-json.js'
import { expandGroups } from '../helpers/expand-groups.js'
import { seededRandom } from '../helpers/seeded-random.js'

const KINDS: EdgeKindSpec[] = [
  { kind: 'import', atLoad: true, meaning: 'an import' },
  { kind: 'lazy', atLoad: false, meaning: 'when a function runs' },
  { kind: 'scope', atLoad: true, meaning: 'one scope' },
  { kind: 'friend', atLoad: true, meaning: 'another scope' },
]

interface Case {
  readonly files: GraphFile[]
  readonly edges: Edge[]
  readonly groups: EdgeGroup[]
}

/** Files, disjoint groups with and without `alsoOn`, and edges of every kind, some on a group's own pairs. */
function randomCase(seed: number): Case {
  const next = seededRandom(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const paths = Array.from({ length: 30 }, (_, i) => `f${String(i).padStart(2, '0')}` as RepoPath)
  const shuffled = [...paths].sort(() => next() - 0.5)
  const groups: EdgeGroup[] = []
  while (shuffled.length > 6) {
    const members = shuffled.splice(0, 1 + Math.floor(next() * 5))
    const alsoOn = next() < 0.5 ? paths.filter(() => next() < 0.1) : undefined
    groups.push({ kind: pick(['scope', 'friend', 'lazy']), members, ...(alsoOn && { alsoOn }) })
  }
  const edges: Edge[] = []
  const seen = new Set<string>()
  for (let i = 0; i < 45; i++) {
    const [from, to] = [pick(paths), pick(paths)]
    if (from === to || seen.has(`${from} ${to}`)) continue
    seen.add(`${from} ${to}`)
    edges.push({ from, to, kind: pick(['import', 'lazy', 'scope']), line: i + 1 })
  }
  return { files: paths.map((path) => ({ path, language: 'toy', test: false })), edges, groups }
}

describe('groups of files that all depend on each other', () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1)

  it.each(seeds)('give the same edges, counts and radius as their pairs written out (case %i)', (seed) => {
    const { files, edges, groups } = randomCase(seed)
    const grouped = new ImportGraph({ kinds: KINDS, files, edges, groups })
    const explicit = new ImportGraph({ kinds: KINDS, files, edges: expandGroups(edges, groups, KINDS) })
    expect(grouped.edges).toEqual(explicit.edges)
    expect(grouped.stats).toEqual(explicit.stats)
    // The graph JSON is written from the ids (graph-json.ts): the same text as the edges' objects give.
    expect([...graphJsonText(grouped)].join('')).toBe(JSON.stringify(graphJson(explicit)) + '\n')
    for (const { kind } of KINDS) expect([kind, grouped.edgeCount(kind)]).toEqual([kind, explicit.edgeCount(kind)])
    const paths = files.map((f) => f.path)
    // Everything a reader of the graph can ask, asked of both (one comparison: jest's are slow).
    const answers = (graph: ImportGraph) => {
      const filters = [undefined, new Set(['import']), new Set(['import', 'scope']), new Set(['lazy', 'friend'])]
      const sources = paths.filter((_, i) => i % 7 === seed % 7)
      const seeds = [{ path: paths[seed % paths.length]!, via: 'gone' as RepoPath }]
      return {
        importsOf: paths.map((from) => graph.importsOf(from)),
        edge: paths.flatMap((from) => paths.map((to) => graph.edge(from, to))),
        downstream: filters.map((kinds) => [
          paths.map((path) => graph.downstream([path], { kinds })),
          graph.downstream(sources, { kinds, seeds }),
        ]),
      }
    }
    expect(answers(grouped)).toEqual(answers(explicit))
  })

  it.each(seeds)('a walk cut after n rings is the whole walk up to ring n, groups and seeds included (case %i)', (seed) => {
    const { files, edges, groups } = randomCase(seed)
    const graph = new ImportGraph({ kinds: KINDS, files, edges, groups })
    const seeds = [{ path: files[seed % files.length]!.path, via: 'gone' as RepoPath }]
    for (const kinds of [undefined, new Set(['import', 'scope'])])
      for (const file of files) {
        const whole = graph.downstream([file.path], { kinds, seeds })
        for (const rings of [1, 2, 3]) {
          const cut = graph.downstream([file.path], { kinds, seeds, rings })
          expect(cut).toEqual(whole.filter((f) => f.ring <= rings))
        }
      }
  })

  it('are stored once: a group of n files holds about 2n entries, not n² edges', () => {
    const members = Array.from({ length: 300 }, (_, i) => `p/f${i}.x` as RepoPath)
    const files = members.map((path) => ({ path, language: 'toy', test: false }))
    const graph = new ImportGraph({ kinds: KINDS, files, edges: [], groups: [{ kind: 'scope', members }] })
    expect(graph.stats.edges).toBe(300 * 299)
    expect(graph.storage).toEqual({ edges: 0, groupEntries: 600 })
    expect(graph.downstream([members[5]!])).toHaveLength(299)
  })

  it('refuse a file in two groups, whose pairs would be ambiguous', () => {
    const [a, b, c] = ['a', 'b', 'c'] as [RepoPath, RepoPath, RepoPath]
    const files = [a, b, c].map((path) => ({ path, language: 'toy', test: false }))
    const groups = [
      { kind: 'scope', members: [a, b] },
      { kind: 'friend', members: [b, c] },
    ]
    expect(() => new ImportGraph({ kinds: KINDS, files, edges: [], groups })).toThrow('b is a member of two groups')
  })

  it('drop files that are not in the graph and groups left without a pair', () => {
    const [a, b, gone] = ['a', 'b', 'gone'] as [RepoPath, RepoPath, RepoPath]
    const files = [a, b].map((path) => ({ path, language: 'toy', test: false }))
    const groups = [
      { kind: 'scope', members: [a, gone] },
      { kind: 'scope', members: [b], alsoOn: [a, gone] },
    ]
    const graph = new ImportGraph({ kinds: KINDS, files, edges: [], groups })
    expect(graph.edges).toEqual([{ from: 'b', to: 'a', kind: 'scope' }])
    expect(graph.downstream([a])).toEqual([{ path: 'b', ring: 1, via: 'a' }])
    expect(graph.downstream([b])).toEqual([])
  })
})

describe('the stored edges', () => {
  it('come out by (from, to) path, equal pairs in the order given, for files with few imports and with many', () => {
    for (const seed of [1, 2, 3]) {
      const next = seededRandom(seed)
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
      // Each edge's line is its place in `edges`: equal pairs in another order would differ.
      expect(graph.edges).toEqual(expected)
    }
  })
})
