import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { buildGraph, type BuildOptions } from '../../src/graph/build-graph.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'

/** Writes a repository of the given files (path → text or bytes) into a new temporary folder. */
export async function makeRepo(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'blast-radius-fixture-'))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
  }
  return root
}

/** The graph of a repository made from `files`. */
export async function graphOf(files: Record<string, string | Uint8Array>, options?: BuildOptions): Promise<ImportGraph> {
  return buildGraph(await makeRepo(files), options)
}

/** Edges as `from -> to (kind)` lines, the form the specifications read best in. */
export function edgeLines(graph: ImportGraph): string[] {
  return graph.edges.map((e) => `${e.from} -> ${e.to} (${e.kind})`)
}

/** Edges as above, leaving out `package` edges where a test is about statements. */
export function importEdges(graph: ImportGraph): string[] {
  return graph.edges.filter((e) => e.kind !== 'package').map((e) => `${e.from} -> ${e.to} (${e.kind})`)
}
