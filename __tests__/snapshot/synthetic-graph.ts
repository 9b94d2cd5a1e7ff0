import type { Edge, EdgeKind } from '../../src/core/model.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { pythonGraph } from '../helpers/python-graph.js'

/**
 * A Django-sized graph with no corpus needed: `files` modules in nested packages, each importing a
 * few others, so that one core module reaches most of the graph over several rings. Deterministic:
 * a fixed linear congruential generator, no Math.random.
 */
export function syntheticGraph(files = 3000, importsPerFile = 3.7): { graph: ImportGraph; core: RepoPath } {
  let state = 12345
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32
  const paths = Array.from({ length: files }, (_, i) => `pkg${i % 9}/sub${(i >> 3) % 7}/leaf${(i >> 6) % 5}/mod${i}.py` as RepoPath)
  const kinds: EdgeKind[] = ['import', 'import', 'import', 'import', 'lazy', 'type', 'package']
  const edges = new Map<string, Edge>()
  // Every sixth module belongs to an island that imports only its own kind: the part the change never reaches.
  const island = (i: number) => i % 6 === 5
  for (let i = 1; i < files; i++) {
    // Towards lower indexes, mostly near ones: mod0 sits at the bottom of a deep import tree.
    const count = Math.round(importsPerFile * (0.5 + random()))
    for (let k = 0; k < count; k++) {
      let to = random() < 0.6 ? Math.max(0, i - 1 - Math.floor(random() * 60)) : Math.floor(random() ** 1.5 * i)
      if (island(i)) to -= ((to % 6) + 1) % 6
      else if (island(to)) to = Math.max(0, to - 1)
      if (to < 0 || to === i) continue
      const from = paths[i]!
      const edge = { from, to: paths[to]!, kind: kinds[Math.floor(random() * kinds.length)]! }
      edges.set(`${from}>${edge.to}`, edge)
    }
  }
  return { graph: pythonGraph({ files: paths, edges: [...edges.values()] }), core: paths[0]! }
}
