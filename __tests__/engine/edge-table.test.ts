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
    const data = JSON.parse(JSON.stringify(edgeTableData(table)))
    expect(edgesOf(edgeTableFrom(data)!)).toEqual(EDGES)
    expect(edgeTableFrom(edgeTableData(edgeTable([])))?.from).toHaveLength(0)
  })

  it('read back from a cache is refused unless every column fits its lists', () => {
    const data = edgeTableData(edgeTable(EDGES)) as Record<string, unknown>
    const damaged: Record<string, unknown>[] = [
      { ...data, files: ['a.py', 2, 'c.py'] },
      { ...data, to: [1, 2, 0, 3] }, // a file past the list
      { ...data, from: [0, 0, 2] }, // shorter than the others
      { ...data, kind: [0, 1, 2, 4] }, // a list of kinds past the lists
      { ...data, kindLists: [['import'], [], ['package'], ['lazy']] },
      { ...data, line: [3, 4, -1, 9] },
      { ...data, line: [3, 4, 0.5, 9] },
      { ...data, line: undefined },
    ]
    for (const entry of damaged) expect(edgeTableFrom(entry)).toBeUndefined()
    expect(edgeTableFrom('none')).toBeUndefined()
    expect(edgeTableFrom(data)).toBeDefined()
  })
})
