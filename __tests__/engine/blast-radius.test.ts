import { describe, expect, it } from '@jest/globals'
import type { Edge } from '../../src/core/model.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { pythonGraph } from '../helpers/python-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'

/** A graph from `importer -> imported` lines, all kind `import` unless a kind is given after a colon. */
function graph(lines: string[]): ImportGraph {
  const paths = new Set<string>()
  const edges: Edge[] = lines.map((line) => {
    const [pair, kind = 'import'] = line.split(':')
    const [from, to] = pair!.split(' -> ') as [RepoPath, RepoPath]
    paths.add(from).add(to)
    return { from, to, kind: kind as Edge['kind'] }
  })
  return pythonGraph({ files: [...paths] as RepoPath[], edges })
}
const p = (path: string) => path as RepoPath

describe('blast radius', () => {
  //   core <- a <- c <- e
  //   core <- b <- c
  //   core <- b <- d
  const g = graph(['a -> core', 'b -> core', 'c -> a', 'c -> b', 'd -> b', 'e -> c', 'other -> x'])

  it('puts each importer in its nearest ring, sorted', () => {
    const [core] = blastRadius(g, [p('core')]).changed
    expect(core).toEqual({ path: 'core', direct: 2, total: 5, rings: [['a', 'b'], ['c', 'd'], ['e']] })
  })

  it('gives each affected file a `via` one ring closer, so a chain can be walked back', () => {
    const { affected } = blastRadius(g, [p('core')])
    expect(affected.files).toEqual([
      { path: 'a', ring: 1, via: 'core' },
      { path: 'b', ring: 1, via: 'core' },
      { path: 'c', ring: 2, via: 'a' },
      { path: 'd', ring: 2, via: 'b' },
      { path: 'e', ring: 3, via: 'c' },
    ])
  })

  it('unions several changed files at their nearest ring and never counts a changed file as affected', () => {
    const impact = blastRadius(g, [p('core'), p('c')])
    expect(impact.affected.files.map((f) => `${f.path}:${f.ring}:${f.via}`)).toEqual(['a:1:core', 'b:1:core', 'e:1:c', 'd:2:b'])
    expect(impact.changed.map((c) => c.total)).toEqual([5, 1])
  })

  it('survives cycles', () => {
    const cyclic = graph(['a -> b', 'b -> c', 'c -> a', 'd -> c'])
    expect(blastRadius(cyclic, [p('a')]).changed[0]!.rings).toEqual([['c'], ['b', 'd']])
  })

  it('can follow only some edge kinds', () => {
    const kinds = graph(['a -> core', 'b -> core:lazy', 'c -> b', 't -> core:type'])
    const all = blastRadius(kinds, [p('core')]).affected.total
    const importTime = blastRadius(kinds, [p('core')], { kinds: new Set(['import', 'package']) }).affected.total
    expect([all, importTime]).toEqual([4, 1])
  })

  it('is empty for a file nobody imports, and refuses a path that is not in the graph', () => {
    expect(blastRadius(g, [p('e')]).affected.total).toBe(0)
    expect(() => blastRadius(g, [p('missing.py')])).toThrow('not in the graph: missing.py')
  })

  it('tells the kind of the edge between two files', () => {
    const kinds = graph(['a -> core', 'b -> core:lazy', 'c -> b:type'])
    const kind = (from: string, to: string) => kinds.edge(p(from), p(to))?.kind
    expect([kind('a', 'core'), kind('b', 'core'), kind('c', 'b')]).toEqual(['import', 'lazy', 'type'])
    expect(kind('core', 'a')).toBeUndefined()
    expect(kind('gone', 'a')).toBeUndefined()
  })
})
