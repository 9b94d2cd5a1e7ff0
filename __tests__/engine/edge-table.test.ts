import { describe, expect, it } from '@jest/globals'
import type { Edge } from '../../src/core/model.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import { edgeTable, edgeTableData, edgeTableFrom, type EdgeTable } from '../../src/graph/edge-table.js'

const EDGES: Edge[] = [
  { from: 'a.py' as RepoPath, to: 'b.py' as RepoPath, kind: 'import', line: 3 },
  { from: 'a.py' as RepoPath, to: 'c.py' as RepoPath, kind: 'import', kinds: ['import', 'lazy'], line: 4 },
  { from: 'c.py' as RepoPath, to: 'a.py' as RepoPath, kind: 'package' },
  { from: 'b.py' as RepoPath, to: 'c.py' as RepoPath, kind: 'lazy', line: 9 },
]

/** The edges a table holds, as objects again. */
function edgesOf(table: EdgeTable): Edge[] {
  return Array.from({ length: table.from.length }, (_, k) => {
    const kinds = table.kindLists[table.kind[k]!]!
    return {
      from: table.files[table.from[k]!]!,
      to: table.files[table.to[k]!]!,
      kind: kinds[0]!,
      ...(kinds.length > 1 && { kinds }),
      ...(table.line[k] ? { line: table.line[k] } : {}),
    }
  })
}

describe('a table of edges', () => {
  it('holds the edges given, each file and each list of kinds once, and comes back from its data', () => {
    const table = edgeTable(EDGES)
    expect(table.files).toEqual(['a.py', 'b.py', 'c.py'])
    expect(table.kindLists).toEqual([['import'], ['import', 'lazy'], ['package'], ['lazy']])
    expect(edgesOf(table)).toEqual(EDGES)
    const data = JSON.parse(JSON.stringify(edgeTableData(table, [])))
    expect(edgesOf(edgeTableFrom(data, [])!)).toEqual(EDGES)
    expect(edgeTableFrom(edgeTableData(edgeTable([]), []), [])?.from).toHaveLength(0)
  })

  it('numbers the files it is told of first, and keeps only the others in its data', () => {
    const known = ['c.py', 'b.py', 'z.py'] as RepoPath[]
    const table = edgeTable(EDGES, known)
    expect(table.files).toEqual(['c.py', 'b.py', 'z.py', 'a.py'])
    expect(edgesOf(table)).toEqual(EDGES)
    const data = JSON.parse(JSON.stringify(edgeTableData(table, known)))
    expect(data.others).toEqual(['a.py'])
    const back = edgeTableFrom(data, known)!
    expect(edgesOf(back)).toEqual(EDGES)
    // The reader's own strings: the graph finds them by identity.
    expect(back.files[0]).toBe(known[0])
  })

  it('read back from a cache is refused unless every column fits its lists', () => {
    const known = ['a.py'] as RepoPath[]
    const data = edgeTableData(edgeTable(EDGES, known), known) as Record<string, unknown>
    const damaged: Record<string, unknown>[] = [
      { ...data, others: ['b.py', 2] },
      { ...data, others: undefined },
      { ...data, to: [1, 2, 0, 3] }, // a file past the list
      { ...data, from: [0, 0, 2] }, // shorter than the others
      { ...data, kind: [0, 1, 2, 4] }, // a list of kinds past the lists
      { ...data, kindLists: [['import'], [], ['package'], ['lazy']] },
      { ...data, line: [3, 4, -1, 9] },
      { ...data, line: [3, 4, 0.5, 9] },
      { ...data, line: undefined },
    ]
    for (const entry of damaged) expect(edgeTableFrom(entry, known)).toBeUndefined()
    expect(edgeTableFrom('none', known)).toBeUndefined()
    // Read with fewer known files than it was kept with, its files end before its edges do.
    expect(edgeTableFrom(data, [])).toBeUndefined()
    expect(edgeTableFrom(data, known)).toBeDefined()
  })
})
