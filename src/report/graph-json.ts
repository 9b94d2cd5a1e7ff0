import type { Edge } from '../core/model.js'
import type { ImportGraph } from '../graph/import-graph.js'

export const GRAPH_SCHEMA = 'blast-radius/graph@1'

/** Rows per piece of `graphJsonText`: pieces of tens of kilobytes, so no string holds the whole graph. */
const ROWS_PER_PIECE = 2000

/** Files per piece of the edges' text: a few thousand edges at the 5.5 edges per file of large trees. */
const IMPORTERS_PER_PIECE = 500

/**
 * One list of the document: all of its rows as §2 spells them, or its text as pieces of rows in JSON joined
 * by commas (one JSON.stringify of a slice of rows, its brackets left off).
 */
interface DocumentList<R> {
  readonly all: () => R[]
  readonly pieces: () => Iterable<string>
}

function list<T, R>(rows: readonly T[], row: (item: T) => R): DocumentList<R> {
  return {
    all: () => rows.map(row),
    *pieces() {
      for (let start = 0; start < rows.length; start += ROWS_PER_PIECE)
        yield JSON.stringify(rows.slice(start, start + ROWS_PER_PIECE).map(row)).slice(1, -1)
    },
  }
}

/** An edge as §2 spells it. */
const edgeRow = ({ from, to, kind, kinds, line }: Edge) => ({
  from,
  to,
  kind,
  ...(kinds && { kinds }),
  ...(line !== undefined && { line }),
})

/**
 * The edges, written from the graph's ids with each path's JSON made once (JSON.stringify of the rows
 * `edgeRow` makes gives the same text): at 30,000 files, 166,478 objects made only to be written cost
 * more than the text.
 */
function edgeList(graph: ImportGraph): DocumentList<ReturnType<typeof edgeRow>> {
  return {
    all: () => graph.edges.map(edgeRow),
    *pieces() {
      const paths = graph.files.map((file) => JSON.stringify(file.path))
      const kindTexts = new Map<readonly string[], string>()
      const kindText = (kinds: readonly string[]) => {
        let text = kindTexts.get(kinds)
        if (text === undefined) {
          text = `,"kind":${JSON.stringify(kinds[0])}${kinds.length > 1 ? `,"kinds":${JSON.stringify(kinds)}` : ''}`
          kindTexts.set(kinds, text)
        }
        return text
      }
      for (let start = 0; start < paths.length; start += IMPORTERS_PER_PIECE) {
        // Rows joined, not added one to the next: a string of a few thousand additions is a tree of them, which
        // writing it out walks again (at 30,000 files that cost more than making the rows).
        const rows: string[] = []
        graph.eachEdge(
          (from, to, kinds, line) =>
            rows.push(`{"from":${paths[from]},"to":${paths[to]}${kindText(kinds)}${line ? `,"line":${line}` : ''}}`),
          start,
          start + IMPORTERS_PER_PIECE,
        )
        if (rows.length) yield rows.join(',')
      }
    },
  }
}

/** The lists of the document, each row as §2 spells it, in the document's order: the one place that says so. */
function lists(graph: ImportGraph) {
  return {
    files: list(graph.files, ({ path, language }) => ({ path, language })),
    edges: edgeList(graph),
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
    yield `,${JSON.stringify(name)}:[`
    let first = true
    // A piece goes out as it was made, its comma on its own: a piece with a few bytes put before it is a string
    // of two, which writing it out copies slowly (synthetic 30k: 95 ms for the 40 MB of the document).
    for (const piece of rows.pieces()) {
      if (!first) yield ','
      yield piece
      first = false
    }
    yield ']'
  }
  yield `,"stats":${JSON.stringify(statsOf(graph))}}\n`
}
