import type { RepoPath } from '../core/repo-path.js'
import { ImportGraph } from '../graph/import-graph.js'
import { blastRadius } from '../impact/blast-radius.js'
import { buildScene } from './scene.js'
import { snapshotSvg } from './snapshot-svg.js'

/** A tenth of the card's size: the same drawing for next to nothing in pixels. */
const SCALE = 0.1

/**
 * The card of a tiny graph (a changed file, rings, files outside, two areas and a note), at a tenth of
 * its size: what the render child renders while it waits for the real card, so that every element the
 * card draws (discs, gradients, the halo's among them, curves, outlined text) has had its code compiled and
 * warmed by V8 when the card comes. On Django that was about a fifth of the card's render time.
 */
export function warmUpSvg(): string {
  // No language's file names: the snapshot knows none, and the picture does not depend on them.
  const paths = ['app/core', 'app/models', 'app/views', 'web/urls', 'web/forms', 'tools/old'] as RepoPath[]
  const graph = new ImportGraph({
    kinds: [{ kind: 'import', atLoad: true, meaning: 'at the top of the file: loaded with it' }],
    files: paths.map((path) => ({ path, language: 'warm-up', test: false })),
    edges: [
      { from: paths[1]!, to: paths[0]!, kind: 'import', line: 1 },
      { from: paths[2]!, to: paths[1]!, kind: 'import', line: 2 },
      { from: paths[3]!, to: paths[2]!, kind: 'import', line: 3 },
      { from: paths[4]!, to: paths[1]!, kind: 'import', line: 4 },
    ],
    partial: [{ path: paths[5]!, line: 1 }],
  })
  return snapshotSvg(buildScene(graph, blastRadius(graph, [paths[0]!])), SCALE)
}
