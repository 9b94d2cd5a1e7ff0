import type { DynamicImport, Edge, EdgeKind, EdgeKindSpec, LanguageId, PartialParse, Skipped, Unresolved } from '../core/model.js'
import { byCodePoint, type RepoPath } from '../core/repo-path.js'
import type { ResolveContext } from '../languages/adapter.js'

export interface GraphFile {
  readonly path: RepoPath
  readonly language: LanguageId
  /** Test code, as its language's test runners collect it. */
  readonly test: boolean
}

/** A file downstream of a change: how many import steps away, and the next file back toward it. */
export interface Downstream {
  readonly path: RepoPath
  readonly ring: number
  readonly via: RepoPath
}

export interface DownstreamOptions {
  /** Follow only edges with one of these kinds (all kinds when absent). */
  readonly kinds?: ReadonlySet<EdgeKind>
  /** Files that join ring 1 with their own `via` (not a file of the graph: a removed one). */
  readonly seeds?: readonly { readonly path: RepoPath; readonly via: RepoPath }[]
}

export interface GraphStats {
  readonly files: number
  readonly edges: number
  readonly ms: number
}

export interface GraphInput {
  /** The kinds the edges carry, strongest first, with what each means (from the languages that gave them). */
  readonly kinds: readonly EdgeKindSpec[]
  /** What the `dynamic` entries are, one phrase per language that has some. */
  readonly dynamicMeanings?: readonly string[]
  readonly files: readonly GraphFile[]
  readonly edges: readonly Edge[]
  readonly unresolved?: readonly Unresolved[]
  readonly skipped?: readonly Skipped[]
  readonly dynamic?: readonly DynamicImport[]
  readonly partial?: readonly PartialParse[]
  readonly attributes?: readonly Unresolved[]
  /** Files of languages the graph does not read, by file ending: a gap the report must show. */
  readonly unread?: Readonly<Record<string, number>>
  /** How many of the skipped files were not text in their language's encoding. */
  readonly undecodable?: number
  readonly ms?: number
  /** How the facts cache served this build, when one was used. */
  readonly cache?: { readonly hits: number; readonly misses: number; readonly reason?: string }
  /** The tree the graph was built from, as resolution saw it; a graph given as data has only its files. */
  readonly repository?: ResolveContext
}

/**
 * The import graph: files with integer ids in path order, and both adjacency directions as id lists,
 * so that walks cost O(files + edges) with no string work. It knows nothing of any language.
 */
export class ImportGraph {
  readonly files: readonly GraphFile[]
  readonly edges: readonly Edge[]
  readonly unresolved: readonly Unresolved[]
  readonly skipped: readonly Skipped[]
  readonly dynamic: readonly DynamicImport[]
  readonly partial: readonly PartialParse[]
  /** Imports of names inside modules, by full name (see Resolution.attributes): how removed modules are traced. */
  readonly attributes: readonly Unresolved[]
  readonly unread: Readonly<Record<string, number>>
  /**
   * How many of `skipped` are files whose bytes are not text in their language's encoding. Many of them
   * mean the graph may not see the repository's code at all (a `.gitattributes` that re-encodes the
   * working tree does this to every file): the report's risk must then be unknown, not low.
   */
  readonly undecodable: number
  readonly kinds: readonly EdgeKindSpec[]
  readonly dynamicMeanings: readonly string[]
  readonly stats: GraphStats
  readonly cache: GraphInput['cache']
  /** The tree the graph was built from: what a language needs to name a removed file as resolution would. */
  readonly repository: ResolveContext
  private readonly ids = new Map<RepoPath, number>()
  /** importers[id]: ids of the files that import file `id`, ascending; their kinds alongside, as bit masks of indexes into `kinds`. */
  private readonly importerIds: number[][]
  private readonly importerKinds: number[][]
  /** importerEdges[id][k]: the index in `edges` of the edge by which importerIds[id][k] imports `id`. */
  private readonly importerEdges: number[][]
  private readonly importIds: number[][]

  constructor(input: GraphInput) {
    this.kinds = input.kinds
    this.dynamicMeanings = input.dynamicMeanings ?? []
    const kindIndex = new Map(this.kinds.map((spec, i) => [spec.kind, i]))
    this.files = [...input.files].sort((a, b) => byCodePoint(a.path, b.path))
    this.files.forEach((f, i) => this.ids.set(f.path, i))
    this.repository = input.repository ?? { files: this.files.map((f) => f.path), readText: () => undefined }
    if (this.kinds.length > 31) throw new RangeError(`the graph holds at most 31 edge kinds, got ${this.kinds.length}`)
    const maskOf = (edge: Edge) => {
      let mask = 0
      for (const kind of edge.kinds ?? [edge.kind]) {
        const index = kindIndex.get(kind)
        if (index === undefined) throw new Error(`edge kind "${kind}" is not among the graph's kinds`)
        mask |= 1 << index
      }
      return mask
    }
    this.edges = input.edges
      .filter((e) => this.ids.has(e.from) && this.ids.has(e.to))
      .sort((a, b) => byCodePoint(a.from, b.from) || byCodePoint(a.to, b.to))
    this.importerIds = this.files.map(() => [])
    this.importerKinds = this.files.map(() => [])
    this.importerEdges = this.files.map(() => [])
    this.importIds = this.files.map(() => [])
    // Edges are sorted by `from`, so every list fills in ascending id order.
    for (const [index, edge] of this.edges.entries()) {
      const from = this.ids.get(edge.from)!
      const to = this.ids.get(edge.to)!
      this.importerIds[to]!.push(from)
      this.importerKinds[to]!.push(maskOf(edge))
      this.importerEdges[to]!.push(index)
      this.importIds[from]!.push(to)
    }
    const order = (a: { from: string; line: number }, b: { from: string; line: number }) => byCodePoint(a.from, b.from) || a.line - b.line
    this.unresolved = [...(input.unresolved ?? [])].sort(order)
    this.dynamic = [...(input.dynamic ?? [])].sort(order)
    this.attributes = [...(input.attributes ?? [])].sort(order)
    this.partial = [...(input.partial ?? [])].sort((a, b) => byCodePoint(a.path, b.path))
    this.skipped = [...(input.skipped ?? [])].sort((a, b) => byCodePoint(a.path, b.path))
    this.unread = input.unread ?? {}
    this.undecodable = input.undecodable ?? 0
    this.cache = input.cache
    this.stats = { files: this.files.length, edges: this.edges.length, ms: Math.round(input.ms ?? 0) }
  }

  /** Whether `path` is test code by its language's rules (false for a path not in the graph). */
  isTest(path: RepoPath): boolean {
    const id = this.ids.get(path)
    return id !== undefined && this.files[id]!.test
  }

  has(path: string): boolean {
    return this.ids.has(path as RepoPath)
  }

  /**
   * The files downstream of `sources`: every file that imports one of them, directly or through others,
   * in breadth-first order with its ring (steps from the nearest source) and `via`, the next file on a
   * shortest path back. `seeds` join ring 1 with a `via` of their own (the files that import a removed
   * file, which the graph no longer holds). Frontiers are walked in path order, so rings come out sorted
   * and each `via` is the first file, by path, one ring closer. Only edges with an allowed kind are
   * followed (all, without `kinds`).
   */
  downstream(sources: readonly RepoPath[], options: DownstreamOptions = {}): Downstream[] {
    const start = [...new Set(sources)].map((path) => this.idOrThrow(path)).sort((a, b) => a - b)
    const ring = new Int32Array(this.files.length).fill(-1)
    const via = new Int32Array(this.files.length).fill(-1)
    const seededVia = new Map<number, RepoPath>()
    for (const id of start) ring[id] = 0
    const allowed = this.kindMask(options.kinds)
    const found: Downstream[] = []
    let frontier = start
    for (let depth = 1; frontier.length || (depth === 1 && options.seeds?.length); depth++) {
      const next: number[] = []
      for (const id of frontier) {
        const importers = this.importerIds[id]!
        const kinds = this.importerKinds[id]!
        for (let i = 0; i < importers.length; i++) {
          const importer = importers[i]!
          if (!(kinds[i]! & allowed) || ring[importer] !== -1) continue
          ring[importer] = depth
          via[importer] = id
          next.push(importer)
        }
      }
      if (depth === 1) {
        for (const seed of options.seeds ?? []) {
          const id = this.ids.get(seed.path)
          if (id === undefined || ring[id] !== -1) continue
          ring[id] = 1
          seededVia.set(id, seed.via)
          next.push(id)
        }
      }
      next.sort((a, b) => a - b)
      for (const id of next)
        found.push({ path: this.files[id]!.path, ring: depth, via: via[id]! >= 0 ? this.files[via[id]!]!.path : seededVia.get(id)! })
      frontier = next
    }
    return found
  }

  /** The files `path` imports, in path order. */
  importsOf(path: RepoPath): RepoPath[] {
    return this.importIds[this.idOrThrow(path)]!.map((id) => this.files[id]!.path)
  }

  /** The edge by which `from` imports `to` (its kind, and the line of the import), if it does. */
  edge(from: RepoPath, to: RepoPath): Edge | undefined {
    const fromId = this.ids.get(from)
    const toId = this.ids.get(to)
    if (fromId === undefined || toId === undefined) return undefined
    const ids = this.importerIds[toId]!
    // Importer lists are in ascending id order: a binary search finds the pair.
    let low = 0
    let high = ids.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (ids[mid]! === fromId) return this.edges[this.importerEdges[toId]![mid]!]
      if (ids[mid]! < fromId) low = mid + 1
      else high = mid - 1
    }
    return undefined
  }

  private idOrThrow(path: RepoPath): number {
    const id = this.ids.get(path)
    if (id === undefined) throw new RangeError(`not in the graph: ${path}`)
    return id
  }

  /** The bit mask of the allowed kinds' indexes (every kind when absent). */
  private kindMask(kinds: ReadonlySet<EdgeKind> | undefined): number {
    if (!kinds) return -1
    let mask = 0
    for (const [i, spec] of this.kinds.entries()) if (kinds.has(spec.kind)) mask |= 1 << i
    return mask
  }
}
