import type { ImportGraph } from '../graph/import-graph.js'

export const GRAPH_SCHEMA = 'blast-radius/graph@1'

/** Rows per piece of `graphJsonText`: pieces of tens of kilobytes, so no string holds the whole graph. */
const ROWS_PER_PIECE = 2000

/**
 * One list of the document: how many rows, all of them as §2 spells them, or the rows from `start` to
 * `end` as JSON text joined by commas (one JSON.stringify of the rows, its brackets left off).
 */
function list<T, R>(rows: readonly T[], row: (item: T) => R) {
  return {
    length: rows.length,
    all: (): R[] => rows.map(row),
    text: (start: number, end: number) => JSON.stringify(rows.slice(start, end).map(row)).slice(1, -1),
  }
}

/** The lists of the document, each row as §2 spells it, in the document's order: the one place that says so. */
function lists(graph: ImportGraph) {
  return {
    files: list(graph.files, ({ path, language }) => ({ path, language })),
    edges: list(graph.edges, ({ from, to, kind, kinds, line }) => ({
      from,
      to,
      kind,
      ...(kinds && { kinds }),
      ...(line !== undefined && { line }),
    })),
    unresolved: list(graph.unresolved, ({ from, specifier, line, looksLocal }) => ({
      from,
      specifier,
      line,
      ...(looksLocal && { looksLocal }),
    })),
    skipped: list(graph.skipped, ({ path, reason }) => ({ path, reason })),
    partial: list(graph.partial, ({ path, line }) => ({ path, line })),
    dynamic: list(graph.dynamic, ({ from, specifier, line }) => ({ from, specifier, line })),
    roots: list(graph.roots, ({ language, project, files, roots, fixture, problems }) => ({
      language,
      project,
      files,
      roots: roots.map(({ dir, why }) => ({ dir, why })),
      ...(fixture !== undefined && { fixture }),
      problems,
    })),
  }
}

type Lists = ReturnType<typeof lists>

/** How many unresolved imports look meant for this repository: the count a reader checks before trusting a radius. */
function statsOf(graph: ImportGraph) {
  return { ...graph.stats, looksLocal: graph.unresolved.filter((u) => u.looksLocal === true).length }
}

/** The `graph --json` document of CONTRACTS.md §2, as one object. */
export type GraphJson = { readonly schema: typeof GRAPH_SCHEMA } & { readonly [K in keyof Lists]: ReturnType<Lists[K]['all']> } & {
  readonly stats: ReturnType<typeof statsOf>
}

/** The `graph --json` document of CONTRACTS.md §2. */
export function graphJson(graph: ImportGraph): GraphJson {
  const document: Record<string, unknown> = { schema: GRAPH_SCHEMA }
  for (const [name, rows] of Object.entries(lists(graph))) document[name] = rows.all()
  document.stats = statsOf(graph)
  return document as GraphJson
}

/**
 * The same document as `JSON.stringify(graphJson(graph))` and a line break, in pieces of a few
 * thousand rows: at 100,000 files the whole text is tens of megabytes, built and held twice over
 * (objects, then one string) only to be written out.
 */
export function* graphJsonText(graph: ImportGraph): Generator<string> {
  yield `{"schema":${JSON.stringify(GRAPH_SCHEMA)}`
  for (const [name, rows] of Object.entries(lists(graph))) {
    let piece = `,${JSON.stringify(name)}:[`
    for (let start = 0; start < rows.length; start += ROWS_PER_PIECE) {
      yield `${piece}${start ? ',' : ''}${rows.text(start, start + ROWS_PER_PIECE)}`
      piece = ''
    }
    yield `${piece}]`
  }
  yield `,"stats":${JSON.stringify(statsOf(graph))}}\n`
}
