import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { syntheticGraph } from './synthetic-graph.js'

export const SMALL_REPO = fileURLToPath(new URL('../fixtures/snapshot/small-repo', import.meta.url))
/** Where /work/shared/corpora/get-django.sh puts Django (BLAST_RADIUS_CORPORA moves it, as for the speed tests). */
export const DJANGO = join(process.env.BLAST_RADIUS_CORPORA ?? join(homedir(), '.cache', 'blast-radius-corpora'), 'django-4.2.28')

export interface BigGraph {
  readonly name: string
  readonly graph: ImportGraph
  readonly changed: RepoPath
}

/** Django's graph when the corpus is on this machine (see /work/shared/corpora), else a synthetic one of its size. */
export async function bigGraph(): Promise<BigGraph> {
  if (existsSync(DJANGO)) {
    return { name: 'django-4.2.28', graph: await buildGraph(DJANGO), changed: 'django/dispatch/dispatcher.py' as RepoPath }
  }
  const { graph, core } = syntheticGraph()
  return { name: 'synthetic', graph, changed: core }
}
