import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { ImportGraph } from '../../src/graph/import-graph.js'
import type { Resolution, ResolveContext } from '../../src/languages/adapter.js'
import { GoAdapter } from '../../src/languages/go/adapter.js'
import type { GoFacts } from '../../src/languages/go/facts.js'
import { GO_EDGE_KINDS } from '../../src/languages/go/kinds.js'
import { resolveGo } from '../../src/languages/go/resolve.js'
import { isGoTestFile } from '../../src/languages/go/select.js'
import { graphJson } from '../../src/report/graph-json.js'
import { expandGroups } from '../helpers/expand-groups.js'

// A Go package's files all depend on each other (CONTRACTS.md §6 `package`): the adapter declares
// them as groups, and the graph must answer as if every pair were an edge while storing n, not n².

/** The Go adapter with its package groups written out as edges: the graph as it would be without groups. */
class PairsWrittenOut extends GoAdapter {
  override resolve(facts: ReadonlyMap<RepoPath, GoFacts>, context: ResolveContext): Resolution {
    const resolution = super.resolve(facts, context)
    return { ...resolution, edges: expandGroups(resolution.edges, resolution.groups ?? [], GO_EDGE_KINDS), groups: [] }
  }
}

const TREES = ['single', 'nested', 'replace', 'workspace', 'gopath'].map((name) =>
  fileURLToPath(new URL(`../fixtures/go/${name}/`, import.meta.url)),
)
TREES.push(fileURLToPath(new URL('../../examples/gomod/', import.meta.url)))

describe('Go packages as groups', () => {
  it.each(TREES)('give the same JSON and the same radius of every file as their pairs written out: %s', async (tree) => {
    const grouped = await buildGraph(tree)
    const explicit = await buildGraph(tree, { languages: [new PairsWrittenOut()] })
    expect(explicit.storage.groupEntries).toBe(0)
    expect(grouped.storage.edges).toBe(explicit.storage.edges - grouped.edgeCount('package'))
    const json = (graph: ImportGraph) => ({ ...graphJson(graph), stats: { ...graph.stats, ms: 0 } })
    expect(json(grouped)).toEqual(json(explicit))
    const radius = (graph: ImportGraph) =>
      graph.files.map(({ path }) => [graph.downstream([path]), graph.downstream([path], { kinds: new Set(['import']) })])
    expect(radius(grouped)).toEqual(radius(explicit))
  })

  it('store a package of n files and n tests in about 5n entries, while listing its n(3n-2) package edges', () => {
    const n = 200
    const facts = new Map<RepoPath, GoFacts>()
    for (let i = 0; i < n; i++) {
      facts.set(`big/f${i}.go` as RepoPath, { package: 'big', imports: [] })
      facts.set(`big/f${i}_test.go` as RepoPath, { package: 'big', imports: [] })
    }
    const paths = [...facts.keys()]
    const resolution = resolveGo(facts, { files: paths, readText: () => undefined })
    expect(resolution.edges).toEqual([])
    const graph = new ImportGraph({
      kinds: GO_EDGE_KINDS,
      files: paths.map((path) => ({ path, language: 'go', test: isGoTestFile(path) })),
      edges: resolution.edges,
      groups: resolution.groups,
    })
    // Sources: n(n-1) among themselves; tests: each on the other n-1 tests and the n sources.
    expect(graph.stats.edges).toBe(n * (n - 1) + n * (2 * n - 1))
    expect(graph.storage).toEqual({ edges: 0, groupEntries: n + n + n + 2 * n })
    expect(graph.downstream(['big/f0.go' as RepoPath])).toHaveLength(2 * n - 1)
    expect(graph.downstream(['big/f0_test.go' as RepoPath])).toHaveLength(n - 1)
  })
})
