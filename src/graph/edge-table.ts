import type { Edge, EdgeKind } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import { isIndexes, isRecord, isStrings } from './cached-shape.js'

/**
 * Edges as columns over a list of their files: edge k goes from files[from[k]] to files[to[k]], with the
 * kinds kindLists[kind[k]] (strongest first) and the line line[k] (0: none). A resolution's edges are kept
 * in the cache like this and the graph reads them so: at 30,000 files an object per edge (166,478 of them)
 * cost more to decode, check, look up and collect than everything else a warm run does with them.
 */
export interface EdgeTable {
  readonly files: readonly RepoPath[]
  readonly from: ArrayLike<number>
  readonly to: ArrayLike<number>
  /** The lists of kinds the edges have, each once: one entry for most languages, a few with pairs of several kinds. */
  readonly kindLists: readonly (readonly EdgeKind[])[]
  readonly kind: ArrayLike<number>
  readonly line: ArrayLike<number>
}

/** A list of kinds as a key (of a map of such lists): the same for equal lists, and never for two that differ. */
export function kindListKey(kinds: readonly EdgeKind[]): string {
  return JSON.stringify(kinds)
}

/** The table of edges given one by one, in their order; its files are `known` first (with their ids), then any others. */
export function edgeTable(edges: readonly Edge[], known: readonly RepoPath[] = []): EdgeTable {
  const files = [...known]
  const fileIds = new Map(known.map((path, id) => [path, id]))
  const idOf = (path: RepoPath) => {
    let id = fileIds.get(path)
    if (id === undefined) fileIds.set(path, (id = files.push(path) - 1))
    return id
  }
  const kindLists: EdgeKind[][] = []
  // Most edges have one kind, looked up as it is; a list of several by its key (a key made per edge cost more than the rest).
  const singleIds = new Map<EdgeKind, number>()
  const listIds = new Map<string, number>()
  const listOf = (edge: Edge) => {
    const several = edge.kinds !== undefined && edge.kinds.length > 1
    const key = several ? kindListKey(edge.kinds) : edge.kind
    const ids = several ? listIds : singleIds
    let list = ids.get(key)
    if (list === undefined) ids.set(key, (list = kindLists.push(several ? [...edge.kinds] : [edge.kind]) - 1))
    return list
  }
  const from = new Int32Array(edges.length)
  const to = new Int32Array(edges.length)
  const kind = new Int32Array(edges.length)
  const line = new Int32Array(edges.length)
  // A language lists each file's edges together: its id is looked up once for them (a lookup in a map of 100,000
  // paths is a walk through memory, 0.2 µs: 556,467 edges took 440 ms with two each).
  let last: RepoPath | undefined
  let lastId = -1
  for (let k = 0; k < edges.length; k++) {
    const edge = edges[k]!
    if (edge.from !== last) lastId = idOf((last = edge.from))
    from[k] = lastId
    to[k] = idOf(edge.to)
    kind[k] = listOf(edge)
    line[k] = edge.line ?? 0
  }
  return { files, from, to, kindLists, kind, line }
}

/**
 * The table as plain data, for the cache (which keeps JSON values): of its files only those after the
 * `known` it was made with, which whoever reads it back knows to be the same (a resolution's memo keeps its
 * files' list). Read back, the known files are then the reader's own strings, which the graph's map of
 * paths finds by identity: a string read from the cache is a slice of its text, whose every lookup compares
 * content (100,000 files: 96 ms).
 */
export function edgeTableData(table: EdgeTable, known: readonly RepoPath[]): unknown {
  const { files, from, to, kindLists, kind, line } = table
  const others = files.slice(known.length)
  return { others, from: Array.from(from), to: Array.from(to), kindLists, kind: Array.from(kind), line: Array.from(line) }
}

/**
 * The table `edgeTableData` gave with the same `known`, read back from the cache, whose file is outside the
 * program's control: undefined unless every column is there, as long as the others, and points inside its lists.
 */
export function edgeTableFrom(data: unknown, known: readonly RepoPath[]): EdgeTable | undefined {
  if (!isRecord(data)) return undefined
  const { others, from, to, kindLists, kind, line } = data
  if (!isStrings(others)) return undefined
  const files = [...known, ...(others as RepoPath[])]
  if (!Array.isArray(kindLists) || !kindLists.every((list) => isStrings(list) && list.length > 0)) return undefined
  if (!isIndexes(from, files.length)) return undefined
  const n = from.length
  const ok = isIndexes(to, files.length, n) && isIndexes(kind, kindLists.length, n) && isIndexes(line, 2 ** 31, n)
  return ok ? { files, from, to, kindLists: kindLists as EdgeKind[][], kind, line } : undefined
}
