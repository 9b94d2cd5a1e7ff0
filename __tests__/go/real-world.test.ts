import { describe, expect, it } from '@jest/globals'
import { buildGraph } from '../../src/graph/build-graph.js'
import { compareWithGoList, goList, haveGo } from './go-list.js'

// The real-world check (scripts/check-go.sh, not in CI): real Go projects from Debian's source
// packages, each compared with `go list` as the fixtures are. GO_CORPUS names their folders, `:`-separated.

const trees = (process.env.GO_CORPUS ?? '').split(':').filter(Boolean)

describe('real Go projects against `go list`', () => {
  if (!trees.length || !haveGo) {
    it('needs GO_CORPUS and the go tool (run scripts/check-go.sh)', () => undefined)
    return
  }

  it.each(trees)('%s', async (tree) => {
    const listing = goList(tree)
    const graph = await buildGraph(tree)
    const comparison = compareWithGoList(graph, listing)
    const go = graph.files.filter((f) => f.language === 'go').length
    console.log(
      [
        `${tree}: ${go} Go files, ${graph.edges.length} edges; go list: ${comparison.packages} packages, ${comparison.imports} imports compared`,
        `${comparison.disagreements.length} disagreements, ${comparison.unlinked.length} unlinked pairs, ${listing.failures.length} failures`,
        `configurations: ${listing.configurations.join(' ')}; in no build: ${listing.unjudged.length} [${listing.unjudged.join(' ')}]`,
        `symbolic links left out: ${listing.symlinks.length} [${listing.symlinks.join(' ')}]`,
        ...comparison.disagreements,
        ...comparison.unlinked.slice(0, 20),
        ...listing.failures,
      ].join('\n'),
    )
    expect(listing.failures).toEqual([])
    expect(comparison.disagreements).toEqual([])
    expect(comparison.unlinked).toEqual([])
  })
})
