import type { ExtractionMode } from '../../src/languages/adapter.js'
import { GoExtractor } from '../../src/languages/go/extract.js'
import type { GoFacts } from '../../src/languages/go/facts.js'
import { goParser } from '../../src/languages/go/parser.js'
import { resolveGo } from '../../src/languages/go/resolve.js'
import { isGoSource, isGoTestFile } from '../../src/languages/go/select.js'
import { GO_EDGE_KINDS } from '../../src/languages/go/kinds.js'
import { ImportGraph } from '../../src/graph/import-graph.js'
import { byCodePoint, toRepoPath, type RepoPath } from '../../src/core/repo-path.js'

const extractors = new Map<ExtractionMode, GoExtractor>()

export async function goExtractor(mode: ExtractionMode = 'fast'): Promise<GoExtractor> {
  const parser = await goParser()
  if (!extractors.has(mode)) extractors.set(mode, new GoExtractor(parser, mode))
  return extractors.get(mode)!
}

/** A file's facts as one line: `p: a@2 b@3 !4` (clause, imports with lines, first broken line). */
export function factsLine(facts: GoFacts): string {
  const parts = [`${facts.package ?? '-'}:`, ...facts.imports.map((i) => `${i.path}@${i.line}`)]
  if (facts.syntaxErrorLine !== undefined) parts.push(`!${facts.syntaxErrorLine}`)
  return parts.join(' ')
}

export interface GoResult {
  readonly edges: string[]
  readonly unresolved: string[]
  readonly partial: string[]
  /** The import edges with their lines: `from:line -> to`. */
  readonly lines: string[]
}

/** Extracts and resolves a repository given as path → text, in memory, the way the graph does. */
export async function goRepo(files: Record<string, string>): Promise<GoResult> {
  const go = await goExtractor()
  const paths = Object.keys(files).map(toRepoPath).sort(byCodePoint)
  const facts = new Map<RepoPath, GoFacts>()
  for (const path of paths) if (isGoSource(path)) facts.set(path, go.extract(new TextEncoder().encode(files[path]!)))
  const resolution = resolveGo(facts, { files: paths, readText: (path) => files[path] })
  // Through the graph, which lists the package groups' pairs as edges, as the JSON does.
  const graph = new ImportGraph({
    kinds: GO_EDGE_KINDS,
    files: [...facts.keys()].map((path) => ({ path, language: 'go', test: isGoTestFile(path) })),
    edges: resolution.edges,
    groups: resolution.groups,
  })
  return {
    edges: graph.edges.map((e) => `${e.from} -> ${e.to} (${(e.kinds ?? [e.kind]).join(', ')})`).sort(byCodePoint),
    unresolved: resolution.unresolved.map((u) => `${u.from}:${u.line} ${u.specifier}`).sort(byCodePoint),
    partial: resolution.partial.map((p) => `${p.path}:${p.line}`).sort(byCodePoint),
    lines: graph.edges
      .filter((e) => e.line !== undefined)
      .map((e) => `${e.from}:${e.line} -> ${e.to}`)
      .sort(byCodePoint),
  }
}
