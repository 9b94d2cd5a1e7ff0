import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { pythonGraph } from '../helpers/python-graph.js'
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

/** Folders and names as long as real ones get, and names that are markup or hold invisible characters. */
const LONG_FOLDER =
  'very_long_directory_name_number_one/another_extremely_long_directory_name_for_testing/yet_another_deeply_nested_folder_name_here'
export const ODD_NAMES = {
  changed: `${LONG_FOLDER}/the_core_module_with_a_really_long_name_that_goes_on_and_on.py` as RepoPath,
  markup: 'pkg/<img src=x onerror=alert(1)>.py' as RepoPath,
  /** As the viewer shows it: the right-to-left override spelled out. */
  overrideShown: 'pkg/evil_\\u{202e}txt.py',
}

/**
 * A change in a long folder with a long name: a chain of nine files back to it, sixty direct importers (each lazily
 * importing the next: edges outside the shortest chains), and importers named in markup, Japanese and with a
 * right-to-left override.
 */
export function oddNamesGraph(): ImportGraph {
  const step = (i: number) => `${LONG_FOLDER}/chain_step_number_${i}_with_a_long_descriptive_module_name.py` as RepoPath
  const importer = (i: number) => `${LONG_FOLDER}/importer_${i}.py` as RepoPath
  const odd = [ODD_NAMES.markup, 'pkg/日本語モジュール.py', 'pkg/evil_\u202etxt.py'] as RepoPath[]
  const chain = Array.from({ length: 9 }, (_, i) => step(i + 1))
  const importers = Array.from({ length: 60 }, (_, i) => importer(i + 1))
  const edges = [
    ...chain.map((from, i) => ({ from, to: i === 0 ? ODD_NAMES.changed : chain[i - 1]!, kind: 'import' as const, line: 3 })),
    ...[...importers, ...odd].map((from) => ({ from, to: ODD_NAMES.changed, kind: 'import' as const, line: 1 })),
    ...importers.slice(1).map((from, i) => ({ from, to: importers[i]!, kind: 'lazy' as const, line: 12 })),
  ]
  return pythonGraph({ files: [ODD_NAMES.changed, ...chain, ...importers, ...odd], edges })
}
