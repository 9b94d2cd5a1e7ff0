import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { buildGraph } from '../../src/graph/build-graph.js'
import { compareWithGoList, goList, haveGo } from './go-list.js'

// The graph against the go tool itself: for every fixture module, what each package's build imports
// (go list's GoFiles/TestGoFiles/XTestGoFiles and their imports), on this machine's platform and in
// the other configurations that build the files it leaves out, is what the graph's edges and
// unresolved imports from those same files say.

const FIXTURES = fileURLToPath(new URL('../fixtures/go/', import.meta.url))
const EXAMPLE = fileURLToPath(new URL('../../examples/gomod/', import.meta.url))

describe('differential: the graph agrees with `go list`', () => {
  if (!haveGo) {
    it('needs the go tool as its judge', () => console.warn('go not found (Debian: apt-get install golang-go): differential test skipped'))
    return
  }

  // The last column: the files no configuration builds (a `// +build ignore` generator); the
  // tagged, Windows and darwin/arm64 files of `single` are judged in configurations of their own.
  it.each([
    ['single', FIXTURES + 'single', 6, ['shapes/oldtag.go']],
    ['nested', FIXTURES + 'nested', 4, []],
    ['replace', FIXTURES + 'replace', 4, []],
    ['workspace', FIXTURES + 'workspace', 4, []],
    ['examples/gomod', EXAMPLE, 4, []],
  ])('on %s', async (_name, tree, atLeast, unjudged) => {
    const listing = goList(tree)
    expect(listing.failures).toEqual([])
    expect(listing.unjudged).toEqual(unjudged)
    const comparison = compareWithGoList(await buildGraph(tree), listing)
    expect(comparison.disagreements).toEqual([])
    expect(comparison.unlinked).toEqual([])
    expect(comparison.packages).toBeGreaterThanOrEqual(atLeast)
  })
})
