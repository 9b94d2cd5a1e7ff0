import type { DynamicImport, Edge, EdgeKind, EdgeKindSpec, LanguageId, PartialParse, Skipped, Unresolved } from '../core/model.js'
import { byCodePoint, type RepoPath } from '../core/repo-path.js'

export interface GraphFile {
  readonly path: RepoPath
  readonly language: LanguageId
  /** Test code, as its language's test runners collect it. */
  readonly test: boolean
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
  readonly ms?: number
  /** How the facts cache served this build, when one was used. */
  readonly cache?: { readonly hits: number; readonly misses: number; readonly reason?: string }
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
  readonly kinds: readonly EdgeKindSpec[]
  readonly dynamicMeanings: readonly string[]
  readonly stats: GraphStats
  readonly cache: GraphInput['cache']
  private readonly ids = new Map<RepoPath, number>()
  /** importers[id]: ids of the files that import file `id`, ascending; kinds alongside as indexes into `kinds`. */
  private readonly importerIds: number[][]
  private readonly importerKinds: number[][]
  private readonly importIds: number[][]

  constructor(input: GraphInput) {
    this.kinds = input.kinds
    this.dynamicMeanings = input.dynamicMeanings ?? []
    const kindIndex = new Map(this.kinds.map((spec, i) => [spec.kind, i]))
    this.files = [...input.files].sort((a, b) => byCodePoint(a.path, b.path))
    this.files.forEach((f, i) => this.ids.set(f.path, i))
    const unknownKind = input.edges.find((e) => !kindIndex.has(e.kind))
    if (unknownKind) throw new Error(`edge kind "${unknownKind.kind}" is not among the graph's kinds`)
    this.edges = input.edges
      .filter((e) => this.ids.has(e.from) && this.ids.has(e.to))
      .sort((a, b) => byCodePoint(a.from, b.from) || byCodePoint(a.to, b.to))
    this.importerIds = this.files.map(() => [])
    this.importerKinds = this.files.map(() => [])
    this.importIds = this.files.map(() => [])
    // Edges are sorted by `from`, so every list fills in ascending id order.
    for (const edge of this.edges) {
      const from = this.ids.get(edge.from)!
      const to = this.ids.get(edge.to)!
      this.importerIds[to]!.push(from)
      this.importerKinds[to]!.push(kindIndex.get(edge.kind)!)
      this.importIds[from]!.push(to)
    }
    const order = (a: { from: string; line: number }, b: { from: string; line: number }) =>
      byCodePoint(a.from, b.from) || a.line - b.line
    this.unresolved = [...(input.unresolved ?? [])].sort(order)
    this.dynamic = [...(input.dynamic ?? [])].sort(order)
    this.attributes = [...(input.attributes ?? [])].sort(order)
    this.partial = [...(input.partial ?? [])].sort((a, b) => byCodePoint(a.path, b.path))
    this.skipped = [...(input.skipped ?? [])].sort((a, b) => byCodePoint(a.path, b.path))
    this.unread = input.unread ?? {}
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

  idOf(path: RepoPath): number | undefined {
    return this.ids.get(path)
  }

  pathOf(id: number): RepoPath {
    return this.files[id]!.path
  }

  /** Ids of the files that import `id` through an edge whose kind is allowed. */
  *importersOf(id: number, kinds?: ReadonlySet<EdgeKind>): Iterable<number> {
    const ids = this.importerIds[id]!
    const edgeKinds = this.importerKinds[id]!
    for (let i = 0; i < ids.length; i++) if (!kinds || kinds.has(this.kinds[edgeKinds[i]!]!.kind)) yield ids[i]!
  }

  /** The kind of the edge by which `from` imports `to`, if it does. */
  edgeKind(from: number, to: number): EdgeKind | undefined {
    const ids = this.importerIds[to]!
    // Importer lists are in ascending id order: a binary search finds the pair.
    let low = 0
    let high = ids.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (ids[mid]! === from) return this.kinds[this.importerKinds[to]![mid]!]!.kind
      if (ids[mid]! < from) low = mid + 1
      else high = mid - 1
    }
    return undefined
  }

  importsOf(id: number): readonly number[] {
    return this.importIds[id]!
  }
}
