import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeSynthRepo } from '../../scripts/synth-repo.mjs'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { ImportGraph } from '../../src/graph/import-graph.js'
import { graphJson, graphJsonText } from '../../src/report/graph-json.js'

let dir: string
let graph: ImportGraph
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'graph-json-text-'))
  // Enough files for several thousand edges: more than one piece per list, and lists of every kind.
  writeSynthRepo({ files: 900, seed: 3, out: join(dir, 'repo') })
  graph = await buildGraph(join(dir, 'repo'), { threads: 1 })
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the graph JSON written piece by piece', () => {
  it('is byte for byte the document as one string, across several pieces', () => {
    const pieces = [...graphJsonText(graph)]
    expect(graph.edges.length).toBeGreaterThan(4000)
    expect(graph.unresolved.length + graph.partial.length).toBeGreaterThan(0)
    expect(pieces.length).toBeGreaterThan(10)
    expect(pieces.join('')).toBe(JSON.stringify(graphJson(graph)) + '\n')
  })

  it('spells unresolved imports as the document does, across pieces: odd specifiers, runs of one importer, looksLocal', () => {
    const from = (i: number) => `pkg/m${i}.py` as RepoPath
    const unresolved = Array.from({ length: 5000 }, (_, i) => ({
      from: from(Math.floor(i / 7)),
      specifier: ['os', 'a"b', 'back\\slash', 'tab\there', 'π.名前', '\u2028', 'x'.repeat(i % 40)][i % 7]!,
      line: 1 + (i % 13),
      ...(i % 5 === 0 && { looksLocal: true }),
      ...(i % 5 === 1 && { looksLocal: false }),
    }))
    const files = Array.from({ length: 800 }, (_, i) => ({ path: from(i), language: 'python', test: false }))
    const odd = new ImportGraph({ kinds: graph.kinds, files, unresolved })
    expect([...graphJsonText(odd)].join('')).toBe(JSON.stringify(graphJson(odd)) + '\n')
  })

  it('is the whole document for an empty graph too', () => {
    const empty = new ImportGraph({ kinds: graph.kinds, files: [] })
    expect([...graphJsonText(empty)].join('')).toBe(JSON.stringify(graphJson(empty)) + '\n')
  })
})
