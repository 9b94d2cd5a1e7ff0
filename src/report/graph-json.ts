import type { ImportGraph } from '../graph/import-graph.js'

export const GRAPH_SCHEMA = 'blast-radius/graph@1'

/** The `graph --json` document of CONTRACTS.md §2. */
export function graphJson(graph: ImportGraph) {
  return {
    schema: GRAPH_SCHEMA,
    files: graph.files.map(({ path, language }) => ({ path, language })),
    edges: graph.edges.map(({ from, to, kind, kinds, line }) => ({
      from,
      to,
      kind,
      ...(kinds && { kinds }),
      ...(line !== undefined && { line }),
    })),
    unresolved: graph.unresolved.map(({ from, specifier, line, looksLocal }) => ({
      from,
      specifier,
      line,
      ...(looksLocal && { looksLocal }),
    })),
    skipped: graph.skipped.map(({ path, reason }) => ({ path, reason })),
    partial: graph.partial.map(({ path, line }) => ({ path, line })),
    dynamic: graph.dynamic.map(({ from, specifier, line }) => ({ from, specifier, line })),
    roots: graph.roots.map(({ language, project, files, roots, fixture, problems }) => ({
      language,
      project,
      files,
      roots: roots.map(({ dir, why }) => ({ dir, why })),
      ...(fixture !== undefined && { fixture }),
      problems,
    })),
    // How many unresolved imports look meant for this repository: the count a reader checks before trusting a radius.
    stats: { ...graph.stats, looksLocal: graph.unresolved.filter((u) => u.looksLocal === true).length },
  }
}
