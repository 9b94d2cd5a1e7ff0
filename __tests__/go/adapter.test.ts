import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { analyzeChange } from '../../src/change/analyze-change.js'
import { toRepoPath, type RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { GoAdapter } from '../../src/languages/go/adapter.js'
import { languageAdapters } from '../../src/languages/registry.js'
import { graphJson } from '../../src/report/graph-json.js'
import { makeRepo } from '../helpers/fixture-repo.js'
import { goRepo } from './helpers.js'
import { reportFacts } from '../../src/report/report-facts.js'
import { renderText } from '../../src/report/text-report.js'
import { renderComment } from '../../src/report/comment.js'
import { styleFor } from '../../src/format/style.js'
import { inputOf } from '../fixtures/report/graphs.js'

// The Go adapter behind the language boundary: through discovery, the graph, the blast radius and a
// change's analysis, with nothing outside src/languages/go knowing Go.

const EXAMPLE = fileURLToPath(new URL('../../examples/gomod/', import.meta.url))

describe('the Go adapter in the graph', () => {
  it('is registered, and gives files of language `go` with `_test.go` as tests', async () => {
    expect(languageAdapters().map((a) => a.id)).toContain('go')
    const graph = await buildGraph(EXAMPLE)
    expect(graph.files.map((f) => `${f.path} ${f.language}${graph.isTest(f.path) ? ' test' : ''}`)).toEqual([
      'cmd/stock/main.go go',
      'internal/money/money.go go',
      'report/report.go go',
      'report/report_internal_test.go go test',
      'store/debug.go go',
      'store/export_test.go go test',
      'store/item.go go',
      'store/store.go go',
      'store/store_test.go go test',
    ])
    expect(graph.kinds.map((k) => `${k.kind}: ${k.meaning}`)).toEqual([
      'import: an import declaration: compiled against every file of the imported package',
      'package: same package: files of one package share one scope',
    ])
  })

  it('writes each import edge with the line of its import, package edges without one', async () => {
    const json = graphJson(await buildGraph(EXAMPLE)) as { edges: { from: string; to: string; kind: string; line?: number }[] }
    expect(json.edges.filter((e) => e.from === 'report/report.go')).toEqual([
      { from: 'report/report.go', to: 'internal/money/money.go', kind: 'import', line: 8 },
      { from: 'report/report.go', to: 'store/debug.go', kind: 'import', line: 9 },
      { from: 'report/report.go', to: 'store/item.go', kind: 'import', line: 9 },
      { from: 'report/report.go', to: 'store/store.go', kind: 'import', line: 9 },
    ])
    expect(json.edges.find((e) => e.from === 'store/item.go' && e.to === 'store/store.go')).toEqual({
      from: 'store/item.go',
      to: 'store/store.go',
      kind: 'package',
    })
  })

  it('carries a change to the internal package to every importer and test, the tests listed for affected-tests', async () => {
    const graph = await buildGraph(EXAMPLE)
    const analysis = analyzeChange(graph, [{ path: 'internal/money/money.go', status: 'modified' }])
    expect(analysis.impact.affected.files.map((f) => `${f.ring} ${f.path}`)).toEqual([
      '1 report/report.go',
      '1 store/item.go',
      '2 cmd/stock/main.go',
      '2 report/report_internal_test.go',
      '2 store/debug.go',
      '2 store/export_test.go',
      '2 store/store.go',
      '2 store/store_test.go',
    ])
    expect(analysis.affectedTests).toEqual(['report/report_internal_test.go', 'store/export_test.go', 'store/store_test.go'])
  })
})

describe('the report of a graph with Go files', () => {
  const occurrences = (text: string, part: string) => text.split(part).length - 1
  const report = async (tree: string, path: string) => {
    const facts = reportFacts(inputOf(await buildGraph(tree), [{ path, status: 'modified' }]))
    return { text: renderText(facts, styleFor({ isTTY: false }, {})), markdown: renderComment(facts) }
  }

  it('says once that the graph is the union over platforms, in the notes of every format', async () => {
    const { text, markdown } = await report(EXAMPLE, 'internal/money/money.go')
    const caveat = new GoAdapter().caveat
    expect(occurrences(markdown, `- ${caveat}`)).toBe(1)
    expect(occurrences(text.replace(/\n\s+/gu, ' '), caveat.replaceAll('`', ''))).toBe(1)
  })

  it('says nothing of platforms where there is no Go file', async () => {
    const shop = fileURLToPath(new URL('../../examples/shop/', import.meta.url))
    const { text, markdown } = await report(shop, 'shop/models/product.py')
    expect(text + markdown).not.toContain('union over platforms')
  })
})

describe('Go files the go tool ignores', () => {
  const SINGLE = fileURLToPath(new URL('../fixtures/go/single/', import.meta.url))

  it('are left out with the reason, not counted as a language the graph does not read', async () => {
    const graph = await buildGraph(SINGLE)
    expect(graph.unread).toEqual({})
    expect(graph.leftOut.map(({ path, reason }) => `${path}: ${reason.split(':')[0]!.split(',')[0]!}`)).toEqual([
      '.cache/c.go: under a name with a leading `_` or `.`',
      '_attic/old.go: under a name with a leading `_` or `.`',
      'shapes/_scratch.go: under a name with a leading `_` or `.`',
      "testdata/data.go: in Go's testdata/",
      "vendor/github.com/third/party/party.go: in Go's vendor/",
    ])
    expect(graph.files.map((f) => f.path).filter((path) => graph.leftOut.some((l) => l.path === path))).toEqual([])
  })

  it('are said in the report once by reason, and a change to one is code the graph does not measure', async () => {
    const graph = await buildGraph(SINGLE)
    const facts = reportFacts(inputOf(graph, [{ path: 'vendor/github.com/third/party/party.go', status: 'modified' }]))
    const markdown = renderComment(facts)
    expect(markdown).toContain('- Left out on purpose: 3 files under a name with a leading `_` or `.`, which the go tool ignores.')
    expect(markdown).toContain("- Left out on purpose: 1 file in Go's vendor/: copies of other modules")
    expect(markdown).not.toContain('Not read')
    expect(facts.confidence.outside.map((o) => o.why)).toEqual([
      { kind: 'skipped', reason: "in Go's vendor/: copies of other modules, whose packages the graph counts as third party" },
    ])
    expect(facts.confidence.blindChanged).toBe(1)
  })
})

describe('imports naming a removed Go file', () => {
  const files = {
    'go.mod': 'module example.com/m\n',
    'a/a.go': 'package a\n\nimport (\n\t"example.com/m/gone"\n\t"example.com/m/half"\n\t"fmt"\n)\n',
    'b/b_test.go': 'package b\n\nimport "example.com/m/gone"\n',
    'half/kept.go': 'package half\n',
    'gone/gone_test.go': 'package gone\n',
  }
  const removed = ['gone/gone.go', 'half/half.go', 'gone/gone_test.go', 'a/old_test.go'].map(toRepoPath)

  it('are the imports of its folder, once no non-test file is left there; a test file is named by none', async () => {
    const root = await makeRepo(files)
    const graph = await buildGraph(root)
    const context = { files: Object.keys(files).map(toRepoPath), readText: (path: RepoPath) => files[path as keyof typeof files] }
    const naming = new GoAdapter().importsNaming(removed, graph.unresolved, context)
    expect(Object.fromEntries([...naming].map(([path, list]) => [path, list.map((u) => `${u.from}:${u.line} ${u.specifier}`)]))).toEqual({
      'gone/gone.go': ['a/a.go:4 example.com/m/gone', 'b/b_test.go:3 example.com/m/gone'],
      'half/half.go': [],
      'gone/gone_test.go': [],
      'a/old_test.go': [],
    })
  })

  it('put its importers in ring 1 of a change that removes it, through the graph’s own go.mod', async () => {
    const graph = await buildGraph(await makeRepo(files))
    const analysis = analyzeChange(graph, [{ path: 'gone/gone.go', status: 'removed' }])
    expect(analysis.impact.affected.files).toEqual([
      { path: 'a/a.go', ring: 1, via: 'gone/gone.go' },
      { path: 'b/b_test.go', ring: 1, via: 'gone/gone.go' },
    ])
  })

  it('mark a missing package of the module as looking local, the standard library not', async () => {
    const result = await goRepo(files)
    expect(result.unresolved).toEqual(['a/a.go:4 example.com/m/gone', 'a/a.go:6 fmt', 'b/b_test.go:3 example.com/m/gone'])
    const graph = await buildGraph(await makeRepo(files))
    expect(graph.unresolved.map((u) => `${u.specifier} ${u.looksLocal === true}`)).toEqual([
      'example.com/m/gone true',
      'fmt false',
      'example.com/m/gone true',
    ])
  })

  it('cannot be found without the repository’s go.mod files, and none are claimed', async () => {
    const graph = await buildGraph(await makeRepo(files))
    const naming = new GoAdapter().importsNaming(removed, graph.unresolved, { files: [], readText: () => undefined })
    expect([...naming.values()].flat()).toEqual([])
  })
})
