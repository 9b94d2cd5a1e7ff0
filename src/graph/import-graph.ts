import type {
  DynamicImport,
  Edge,
  EdgeGroup,
  EdgeKind,
  EdgeKindSpec,
  LanguageId,
  PartialParse,
  ProjectRoots,
  Skipped,
  Unresolved,
} from '../core/model.js'
import { byCodePoint, type RepoPath } from '../core/repo-path.js'
import type { ResolveContext } from '../languages/adapter.js'
import { edgeTable, kindListKey, type EdgeTable } from './edge-table.js'

export interface GraphFile {
  readonly path: RepoPath
  readonly language: LanguageId
  /** Test code, as its language's test runners collect it. */
  readonly test: boolean
}

/** What one language's `dynamic` entries are, and the languages (of one adapter) whose files hold them. */
export interface DynamicMeaning {
  readonly languages: readonly LanguageId[]
  readonly meaning: string
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
  /** Stop after this many rings (1: the direct importers only); every ring when absent. */
  readonly rings?: number
}

export interface GraphStats {
  readonly files: number
  /** Every edge, file to file, as `edges` lists them (a group's pairs included). */
  readonly edges: number
  readonly ms: number
}

/** What the graph holds for its edges: the edges kept one by one, and one entry per file of each group. */
export interface GraphStorage {
  readonly edges: number
  readonly groupEntries: number
}

export interface GraphInput {
  /** The kinds the edges carry, strongest first, with what each means (from the languages that gave them). */
  readonly kinds: readonly EdgeKindSpec[]
  /** What the `dynamic` entries are, one phrase per language that has some. */
  readonly dynamicMeanings?: readonly DynamicMeaning[]
  /** What people call the languages of `files`, by id (`typescript`: `TypeScript`), as their languages say. */
  readonly languageNames?: Readonly<Record<LanguageId, string>>
  /** What every figure is subject to, one sentence per language that has files and says one. */
  readonly caveats?: readonly string[]
  readonly files: readonly GraphFile[]
  /** Edges one by one (a graph given as data), */
  readonly edges?: readonly Edge[]
  /** and edges as columns (each language's resolution, as build-graph gives them): the graph holds both. */
  readonly edgeTables?: readonly EdgeTable[]
  /** Files that all depend on each other, kept as groups (see EdgeGroup): their pairs are edges too. */
  readonly groups?: readonly EdgeGroup[]
  readonly unresolved?: readonly Unresolved[]
  readonly skipped?: readonly Skipped[]
  /** Files of a language the graph reads that it leaves out on purpose, as that language's tools do, with the reason. */
  readonly leftOut?: readonly Skipped[]
  readonly dynamic?: readonly DynamicImport[]
  readonly partial?: readonly PartialParse[]
  readonly attributes?: readonly Unresolved[]
  /** Files of languages the graph does not read, by file ending: a gap the report must show. */
  readonly unread?: Readonly<Record<string, number>>
  /** Where each language looks for modules, project by project, as the languages say it. */
  readonly roots?: readonly ProjectRoots[]
  /** How many of the skipped files were not text in their language's encoding. */
  readonly undecodable?: number
  readonly ms?: number
  /** How the facts cache served this build, when one was used. */
  readonly cache?: {
    readonly hits: number
    readonly misses: number
    readonly reason?: string
    /** The languages whose resolution was kept from an earlier run, since nothing it reads had changed. */
    readonly resolutionsReused?: readonly string[]
  }
  /** The tree the graph was built from, as resolution saw it; a graph given as data has only its files. */
  readonly repository?: ResolveContext
  /**
   * Each language's facts of that tree, by adapter id, read when first asked for (undefined: they cannot
   * all be known): what its later questions (names used) are answered from.
   */
  readonly facts?: ReadonlyMap<string, () => ReadonlyMap<RepoPath, unknown> | undefined>
}

/** One group as the graph holds it: its kind's index in `kinds`, and ascending ids. */
interface HeldGroup {
  readonly kind: number
  readonly members: Int32Array
  /** The members and the files of `alsoOn`: what each member depends on (but itself). */
  readonly targets: Int32Array
  readonly alsoOn: ReadonlySet<number>
}

const NO_GROUP = -1
const NO_TARGETS = new Int32Array(0)

/** A file with more imports than this has them sorted natively (see pairOrder). */
const INSERTION_SORT_UP_TO = 64

/**
 * The import graph: files with integer ids in path order, and both adjacency directions as id lists,
 * so that walks cost O(files + edges) with no string work. A group (files that all depend on each
 * other) is held once, not as its pairs, and a walk expands it once: a package of n files costs n, not
 * n², in memory and in every radius. Only `edges` lists the pairs, for output. It knows nothing of any language.
 */
export class ImportGraph {
  readonly files: readonly GraphFile[]
  readonly unresolved: readonly Unresolved[]
  readonly skipped: readonly Skipped[]
  readonly leftOut: readonly Skipped[]
  readonly dynamic: readonly DynamicImport[]
  readonly partial: readonly PartialParse[]
  /** Imports of names inside modules, by full name (see Resolution.attributes): how removed modules are traced. */
  readonly attributes: readonly Unresolved[]
  readonly unread: Readonly<Record<string, number>>
  /** Where each language looks for modules (see GraphInput.roots). */
  readonly roots: readonly ProjectRoots[]
  /**
   * How many of `skipped` are files whose bytes are not text in their language's encoding. Many of them
   * mean the graph may not see the repository's code at all (a `.gitattributes` that re-encodes the
   * working tree does this to every file): the report's risk must then be unknown, not low.
   */
  readonly undecodable: number
  readonly kinds: readonly EdgeKindSpec[]
  readonly dynamicMeanings: readonly DynamicMeaning[]
  private readonly languageNames: Readonly<Record<LanguageId, string>>
  readonly caveats: readonly string[]
  readonly stats: GraphStats
  readonly storage: GraphStorage
  readonly cache: GraphInput['cache']
  /** The tree the graph was built from: what a language needs to name a removed file as resolution would. */
  readonly repository: ResolveContext
  private readonly facts: ReadonlyMap<string, () => ReadonlyMap<RepoPath, unknown> | undefined>
  private readonly factsRead = new Map<string, ReadonlyMap<RepoPath, unknown> | undefined>()
  private readonly ids = new Map<RepoPath, number>()
  /**
   * The edges, in (from, to) order, as columns: edge k goes to storedTo[k], with the kinds kindLists[storedList[k]]
   * (as its language listed them), as a bit mask of indexes into `kinds` in storedKinds[k], and the line storedLine[k]
   * (0: none). File `id`'s edges are those from importStart[id] up to importStart[id + 1].
   */
  private readonly storedTo: Int32Array
  private readonly storedList: Int32Array
  private readonly storedKinds: Int32Array
  private readonly storedLine: Int32Array
  private readonly kindLists: (readonly EdgeKind[])[] = []
  private readonly kindsByMask = new Map<number, readonly EdgeKind[]>()
  private readonly importStart: Int32Array
  /**
   * The files that import file `id` are importerIds[importerStart[id]] up to importerIds[importerStart[id + 1]],
   * ascending, and importerEdges[k] is the index among the stored edges of the edge of importerIds[k].
   */
  private readonly importerStart: Int32Array
  private readonly importerIds: Int32Array
  private readonly importerEdges: Int32Array
  private readonly groups: readonly HeldGroup[]
  /** groupOf[id]: the group file `id` is a member of, or NO_GROUP. */
  private readonly groupOf: Int32Array
  /** The groups whose `alsoOn` holds a file, by its id: their members depend on it. */
  private readonly alsoOnOf = new Map<number, number[]>()
  /** countByKind[k]: the edges whose strongest kind is kinds[k]. */
  private readonly countByKind: readonly number[]

  constructor(input: GraphInput) {
    this.kinds = input.kinds
    this.dynamicMeanings = input.dynamicMeanings ?? []
    this.languageNames = input.languageNames ?? {}
    this.caveats = input.caveats ?? []
    const kindIndex = new Map(this.kinds.map((spec, i) => [spec.kind, i]))
    this.files = sortedCopy(input.files, (a, b) => byCodePoint(a.path, b.path))
    this.files.forEach((f, i) => this.ids.set(f.path, i))
    this.repository = input.repository ?? { files: this.files.map((f) => f.path), readText: () => undefined }
    this.facts = input.facts ?? new Map()
    if (this.kinds.length > 31) throw new RangeError(`the graph holds at most 31 edge kinds, got ${this.kinds.length}`)
    const indexOf = (kind: EdgeKind) => {
      const index = kindIndex.get(kind)
      if (index === undefined) throw new Error(`edge kind "${kind}" is not among the graph's kinds`)
      return index
    }
    this.groupOf = new Int32Array(this.files.length).fill(NO_GROUP)
    this.groups = this.holdGroups(input.groups ?? [], indexOf)
    const { fromIds, toIds, lists, lines } = this.gather([...(input.edgeTables ?? []), ...(input.edges ? [edgeTable(input.edges)] : [])])
    const listMasks = this.kindLists.map((list) => list.reduce((mask, kind) => mask | (1 << indexOf(kind)), 0))
    const pairs = pairOrder(this.files.length, fromIds, toIds)
    const edges = pairs.order.length
    this.importStart = pairs.starts
    this.storedTo = new Int32Array(edges)
    this.storedList = new Int32Array(edges)
    this.storedKinds = new Int32Array(edges)
    this.storedLine = new Int32Array(edges)
    for (let index = 0; index < edges; index++) {
      const k = pairs.order[index]!
      this.storedTo[index] = toIds[k]!
      this.storedList[index] = lists[k]!
      this.storedKinds[index] = listMasks[lists[k]!]!
      this.storedLine[index] = lines[k]!
    }
    // Each file's importers, filled in stored order, which is by `from`: every list comes out ascending.
    this.importerStart = new Int32Array(this.files.length + 1)
    for (const to of this.storedTo) this.importerStart[to + 1]!++
    for (let id = 0; id < this.files.length; id++) this.importerStart[id + 1]! += this.importerStart[id]!
    this.importerIds = new Int32Array(edges)
    this.importerEdges = new Int32Array(edges)
    const filled = this.importerStart.slice(0, this.files.length)
    const counts = this.kinds.map(() => 0)
    const alsoStored = this.groups.map(() => 0)
    for (let from = 0; from < this.files.length; from++) {
      for (let index = this.importStart[from]!; index < this.importStart[from + 1]!; index++) {
        const to = this.storedTo[index]!
        let mask = this.storedKinds[index]!
        const slot = filled[to]!++
        this.importerIds[slot] = from
        this.importerEdges[slot] = index
        const group = this.pairGroup(from, to)
        if (group !== NO_GROUP) {
          alsoStored[group]!++
          mask |= 1 << this.groups[group]!.kind
        }
        counts[strongest(mask)]!++
      }
    }
    this.groups.forEach((group, g) => (counts[group.kind]! += group.members.length * (group.targets.length - 1) - alsoStored[g]!))
    this.countByKind = counts
    const order = (a: { from: string; line: number }, b: { from: string; line: number }) => byCodePoint(a.from, b.from) || a.line - b.line
    this.unresolved = sortedCopy(input.unresolved ?? [], order)
    this.dynamic = sortedCopy(input.dynamic ?? [], order)
    this.attributes = sortedCopy(input.attributes ?? [], order)
    this.partial = sortedCopy(input.partial ?? [], (a, b) => byCodePoint(a.path, b.path))
    this.skipped = sortedCopy(input.skipped ?? [], (a, b) => byCodePoint(a.path, b.path))
    this.leftOut = sortedCopy(input.leftOut ?? [], (a, b) => byCodePoint(a.path, b.path))
    this.unread = input.unread ?? {}
    this.roots = input.roots ?? []
    this.undecodable = input.undecodable ?? 0
    this.cache = input.cache
    this.stats = { files: this.files.length, edges: counts.reduce((a, b) => a + b, 0), ms: Math.round(input.ms ?? 0) }
    this.storage = { edges, groupEntries: this.groups.reduce((n, g) => n + g.members.length + g.targets.length, 0) }
  }

  /**
   * Every edge, file to file, in (from, to) order: the stored edges and every pair of each group, a pair
   * that is both as one edge with both kinds. Built anew on each call, one object per edge: it is for
   * output (the graph JSON, the snapshot); walks and counts use the graph without it.
   */
  get edges(): readonly Edge[] {
    const edges: Edge[] = []
    this.eachEdge((from, to, kinds, line) => edges.push(this.edgeOf(from, to, kinds, line)))
    return edges
  }

  /**
   * Each edge as `edges` lists them, by ids (a file's id is its index in `files`), with its kinds (strongest
   * first) and its line (0: none): what the graph JSON is written from, with no object per edge. Only the
   * edges from files `start` up to `end` (by id) where those are given.
   */
  eachEdge(visit: (from: number, to: number, kinds: readonly EdgeKind[], line: number) => void, start = 0, end = this.files.length): void {
    for (let from = start; from < Math.min(end, this.files.length); from++) this.eachEdgeFrom(from, visit)
  }

  /** How many edges there are (as `edges` lists them), or how many have `kind` as their strongest. */
  edgeCount(kind?: EdgeKind): number {
    if (kind === undefined) return this.stats.edges
    const index = this.kinds.findIndex((spec) => spec.kind === kind)
    return index < 0 ? 0 : this.countByKind[index]!
  }

  /** Whether `path` is test code by its language's rules (false for a path not in the graph). */
  isTest(path: RepoPath): boolean {
    const id = this.ids.get(path)
    return id !== undefined && this.files[id]!.test
  }

  /**
   * A language's facts of the graph's tree, by its adapter's id; undefined for a graph given as data,
   * or when they cannot all be read back from the cache.
   */
  factsOf(language: string): ReadonlyMap<RepoPath, unknown> | undefined {
    if (!this.factsRead.has(language)) this.factsRead.set(language, this.facts.get(language)?.())
    return this.factsRead.get(language)
  }

  /** The language of a file of the graph, as the graph JSON names it; undefined for a path not in the graph. */
  languageOf(path: RepoPath): LanguageId | undefined {
    const id = this.ids.get(path)
    return id === undefined ? undefined : this.files[id]!.language
  }

  /** What people call a language of the graph (`TypeScript`); its id where its language gave no name. */
  languageName(language: LanguageId): string {
    return Object.hasOwn(this.languageNames, language) ? this.languageNames[language]! : language
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
   * followed (all, without `kinds`). A group's members are reached all at once from the first of its
   * files a frontier holds, so the walk visits each group once.
   */
  downstream(sources: readonly RepoPath[], options: DownstreamOptions = {}): Downstream[] {
    const start = [...new Set(sources)].map((path) => this.idOrThrow(path)).sort((a, b) => a - b)
    const ring = new Int32Array(this.files.length).fill(-1)
    const via = new Int32Array(this.files.length).fill(-1)
    const expanded = new Uint8Array(this.groups.length)
    const seededVia = new Map<number, RepoPath>()
    for (const id of start) ring[id] = 0
    const allowed = this.kindMask(options.kinds)
    const found: Downstream[] = []
    let depth = 1
    let next: number[] = []
    const reach = (id: number, from: number) => {
      if (ring[id] !== -1) return
      ring[id] = depth
      via[id] = from
      next.push(id)
    }
    const expand = (g: number, from: number) => {
      const group = this.groups[g]!
      if (expanded[g] || !((1 << group.kind) & allowed)) return
      expanded[g] = 1
      for (const member of group.members) reach(member, from)
    }
    const lastRing = options.rings ?? Infinity
    let frontier: readonly number[] | Int32Array = start
    for (; depth <= lastRing && (frontier.length || (depth === 1 && options.seeds?.length)); depth++) {
      next = []
      for (const id of frontier) {
        for (let i = this.importerStart[id]!; i < this.importerStart[id + 1]!; i++)
          if (this.storedKinds[this.importerEdges[i]!]! & allowed) reach(this.importerIds[i]!, id)
        if (this.groupOf[id] !== NO_GROUP) expand(this.groupOf[id]!, id)
        for (const g of this.alsoOnOf.get(id) ?? []) expand(g, id)
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
      // A typed array's own sort: numeric with no call per comparison (a ring of 50,000 files sorted with one took 8 ms).
      const ordered = Int32Array.from(next).sort()
      for (const id of ordered)
        found.push({ path: this.files[id]!.path, ring: depth, via: via[id]! >= 0 ? this.files[via[id]!]!.path : seededVia.get(id)! })
      frontier = ordered
    }
    return found
  }

  /** The files `path` imports, in path order. */
  importsOf(path: RepoPath): RepoPath[] {
    const imported: RepoPath[] = []
    this.eachEdgeFrom(this.idOrThrow(path), (_, to) => imported.push(this.files[to]!.path))
    return imported
  }

  /** The edge by which `from` imports `to` (its kinds, and the line of the import), if it does. */
  edge(from: RepoPath, to: RepoPath): Edge | undefined {
    const fromId = this.ids.get(from)
    const toId = this.ids.get(to)
    if (fromId === undefined || toId === undefined) return undefined
    const group = this.pairGroup(fromId, toId)
    const index = this.storedIndex(fromId, toId)
    if (index === undefined) return group === NO_GROUP ? undefined : this.edgeOf(fromId, toId, this.groupKinds(group), 0)
    return this.edgeOf(fromId, toId, this.storedKindList(index, group), this.storedLine[index]!)
  }

  /** The edges of one file, in path order of their targets: its stored edges merged with its group's pairs. */
  private eachEdgeFrom(from: number, visit: (from: number, to: number, kinds: readonly EdgeKind[], line: number) => void): void {
    const group = this.groupOf[from]!
    const grouped = group === NO_GROUP ? NO_TARGETS : this.groups[group]!.targets
    const end = this.importStart[from + 1]!
    let i = this.importStart[from]!
    let j = 0
    while (i < end || j < grouped.length) {
      if (grouped[j] === from) {
        j++
        continue
      }
      const stored = i < end ? this.storedTo[i]! : Infinity
      const paired = j < grouped.length ? grouped[j]! : Infinity
      if (stored < paired) {
        visit(from, stored, this.kindLists[this.storedList[i]!]!, this.storedLine[i]!)
        i++
      } else if (paired < stored) visit(from, grouped[j++]!, this.groupKinds(group), 0)
      else {
        visit(from, stored, this.storedKindList(i, group), this.storedLine[i]!)
        i++
        j++
      }
    }
  }

  /** An edge as an object, `kinds` only where there are several (as Edge says). */
  private edgeOf(from: number, to: number, kinds: readonly EdgeKind[], line: number): Edge {
    const edge: { -readonly [K in keyof Edge]: Edge[K] } = { from: this.files[from]!.path, to: this.files[to]!.path, kind: kinds[0]! }
    if (kinds.length > 1) edge.kinds = kinds
    if (line) edge.line = line
    return edge
  }

  /** The index in `stored` of the edge from → to, found by a binary search of the sorted importer list. */
  private storedIndex(from: number, to: number): number | undefined {
    const ids = this.importerIds
    let low = this.importerStart[to]!
    let high = this.importerStart[to + 1]! - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (ids[mid]! === from) return this.importerEdges[mid]!
      if (ids[mid]! < from) low = mid + 1
      else high = mid - 1
    }
    return undefined
  }

  /** The group through which `from` depends on `to`, or NO_GROUP. */
  private pairGroup(from: number, to: number): number {
    const group = this.groupOf[from]!
    if (group === NO_GROUP || from === to) return NO_GROUP
    return this.groupOf[to] === group || this.groups[group]!.alsoOn.has(to) ? group : NO_GROUP
  }

  /** The kinds of a group's pairs: its one kind. */
  private groupKinds(group: number): readonly EdgeKind[] {
    return this.kindsOf(1 << this.groups[group]!.kind)
  }

  /**
   * The kinds of stored edge `index`, as its language listed them; where it is also a pair of `group`
   * (NO_GROUP: none) with a kind it does not have, the kinds of both, strongest first.
   */
  private storedKindList(index: number, group: number): readonly EdgeKind[] {
    const own = this.storedKinds[index]!
    const mask = group === NO_GROUP ? own : own | (1 << this.groups[group]!.kind)
    return mask === own ? this.kindLists[this.storedList[index]!]! : this.kindsOf(mask)
  }

  /**
   * The kinds of a mask, strongest first: one list per mask, made once, since a walk over a group's pairs asks for
   * the same few for every pair (and the graph JSON remembers each list's text by the list).
   */
  private kindsOf(mask: number): readonly EdgeKind[] {
    let kinds = this.kindsByMask.get(mask)
    if (!kinds) this.kindsByMask.set(mask, (kinds = this.kinds.filter((_, k) => mask & (1 << k)).map((spec) => spec.kind)))
    return kinds
  }

  /**
   * The graph's files' ids of every table's edges (an edge with a file outside the graph is left out), each
   * edge's list of kinds as an index into `kindLists` (shared by the tables), and its line.
   */
  private gather(tables: readonly EdgeTable[]): { fromIds: Int32Array; toIds: Int32Array; lists: Int32Array; lines: Int32Array } {
    const total = tables.reduce((n, table) => n + table.from.length, 0)
    const fromIds = new Int32Array(total)
    const toIds = new Int32Array(total)
    const lists = new Int32Array(total)
    const lines = new Int32Array(total)
    const listIds = new Map<string, number>()
    let n = 0
    for (const table of tables) {
      // One lookup per file of the table, not two per edge: most files have several edges.
      const ids = table.files.map((path) => this.ids.get(path) ?? -1)
      const listOf = table.kindLists.map((list) => {
        const key = kindListKey(list)
        let id = listIds.get(key)
        if (id === undefined) listIds.set(key, (id = this.kindLists.push(list) - 1))
        return id
      })
      for (let k = 0; k < table.from.length; k++) {
        const from = ids[table.from[k]!]!
        const to = ids[table.to[k]!]!
        if (from < 0 || to < 0) continue
        fromIds[n] = from
        toIds[n] = to
        lists[n] = listOf[table.kind[k]!]!
        lines[n++] = table.line[k]!
      }
    }
    return { fromIds: fromIds.subarray(0, n), toIds: toIds.subarray(0, n), lists: lists.subarray(0, n), lines: lines.subarray(0, n) }
  }

  /**
   * Gives each group ids, and each member its group. A group with no pair is dropped; a file already in
   * another group is a mistake of the language that declared them, since its pairs would be ambiguous.
   */
  private holdGroups(groups: readonly EdgeGroup[], indexOf: (kind: EdgeKind) => number): HeldGroup[] {
    const held: HeldGroup[] = []
    const idsOf = (paths: readonly RepoPath[]) => [...new Set(paths.map((path) => this.ids.get(path)).filter((id) => id !== undefined))]
    for (const group of groups) {
      const members = idsOf(group.members).sort((a, b) => a - b)
      const g = held.length
      for (const id of members) {
        if (this.groupOf[id] !== NO_GROUP) throw new Error(`${this.files[id]!.path} is a member of two groups`)
        this.groupOf[id] = g
      }
      const alsoOn = idsOf(group.alsoOn ?? []).filter((id) => this.groupOf[id] !== g)
      if (!members.length || members.length + alsoOn.length < 2) {
        for (const id of members) this.groupOf[id] = NO_GROUP
        continue
      }
      for (const id of alsoOn) {
        const list = this.alsoOnOf.get(id)
        if (list) list.push(g)
        else this.alsoOnOf.set(id, [g])
      }
      const targets = Int32Array.from([...members, ...alsoOn]).sort()
      held.push({ kind: indexOf(group.kind), members: Int32Array.from(members), targets, alsoOn: new Set(alsoOn) })
    }
    return held
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

/**
 * The edges' order by (from, to) as ids, which are in path order, the given order among equal pairs: a
 * bucket per `from`, each sorted by `to` as numbers (no path compared), and where each `from`'s edges
 * start in that order.
 */
function pairOrder(files: number, fromIds: ArrayLike<number>, toIds: ArrayLike<number>): { order: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(files + 1)
  for (let k = 0; k < fromIds.length; k++) starts[fromIds[k]! + 1]!++
  for (let id = 0; id < files; id++) starts[id + 1]! += starts[id]!
  const order = new Int32Array(fromIds.length)
  const filled = starts.slice(0, files)
  for (let k = 0; k < fromIds.length; k++) order[filled[fromIds[k]!]!++] = k
  // A bucket holds one file's imports, mostly a few: an insertion sort, stable, so equal pairs keep their
  // order. A large one is sorted natively as (to, k) in one number, exact below 2^53 (files × edges is far below).
  for (let from = 0; from < files; from++) {
    const start = starts[from]!
    const end = starts[from + 1]!
    if (end - start > INSERTION_SORT_UP_TO) {
      const keys = Float64Array.from(order.subarray(start, end), (k) => toIds[k]! * fromIds.length + k).sort()
      for (let i = start; i < end; i++) order[i] = keys[i - start]! % fromIds.length
      continue
    }
    for (let i = start + 1; i < end; i++) {
      const k = order[i]!
      let j = i - 1
      for (; j >= start && toIds[order[j]!]! > toIds[k]!; j--) order[j + 1] = order[j]!
      order[j + 1] = k
    }
  }
  return { order, starts }
}

/**
 * A sorted copy of `list`, which mostly comes sorted (a language lists its files' entries in path order, and a
 * kept resolution as it was): checked by a loop first, whose calls of `compare` the compiler inlines, where
 * the native sort calls it across the boundary even for a sorted list (202,452 unresolved imports of 30,000
 * files: 45 ms of a warm run).
 */
function sortedCopy<T>(list: readonly T[], compare: (a: T, b: T) => number): T[] {
  let k = 1
  while (k < list.length && compare(list[k - 1]!, list[k]!) <= 0) k++
  return k >= list.length ? list.slice() : [...list].sort(compare)
}

/** The index of the strongest kind in a mask: its lowest bit. */
function strongest(mask: number): number {
  return 31 - Math.clz32(mask & -mask)
}
