// A graph built by hand, as the Python adapter would describe its files and kinds: for tests that
// need exact shapes without a repository on disk.
import type { Edge } from '../../src/core/model.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import { ImportGraph, type GraphInput } from '../../src/graph/import-graph.js'
import { PythonAdapter } from '../../src/languages/python/adapter.js'
import { looksLocalAmong } from '../../src/languages/python/resolve.js'
import { pythonTestFiles } from '../../src/languages/python/test-files.js'

const python = new PythonAdapter()

export interface HandGraph extends Omit<GraphInput, 'files' | 'kinds'> {
  readonly files: readonly (RepoPath | { readonly path: RepoPath })[]
  readonly edges: readonly Edge[]
}

export function pythonGraph(input: HandGraph): ImportGraph {
  const files = input.files.map((f) => (typeof f === 'string' ? f : f.path))
  const looksLocal = looksLocalAmong(files)
  // as the Python adapter finds them without a pytest configuration
  const tests = new Set(pythonTestFiles(files, new Map()))
  return new ImportGraph({
    ...input,
    kinds: python.edgeKinds,
    unresolved: input.unresolved?.map((u) => (looksLocal(u.specifier) ? { ...u, looksLocal: true } : u)),
    dynamicMeanings: input.dynamic?.length ? [{ languages: ['python'], meaning: python.dynamicMeaning }] : [],
    languageNames: python.languageNames,
    files: files.map((path) => ({ path, language: 'python', test: tests.has(path) })),
  })
}
