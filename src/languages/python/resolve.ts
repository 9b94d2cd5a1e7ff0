import type { DynamicImport, Edge, PartialParse, Unresolved } from '../../core/model.js'
import { byCodePoint, type RepoPath } from '../../core/repo-path.js'
import type { Resolution, ResolveContext } from '../adapter.js'
import { absoluteParts, relativeBase } from './absolute-name.js'
import type { PyFacts, PyImport } from './facts.js'
import { kindRank, PY_EDGE_KINDS, type PyEdgeKind } from './kinds.js'
import { layoutOfFiles, readLayout, type PythonLayout } from './layout.js'
import { layoutRoots } from './layout-view.js'
import { isInit, PythonModuleIndex, type Folder, type Found } from './module-index.js'
import { conftestPairs } from './conftest.js'
import type { PathFacts } from './path-facts.js'
import { DOTTED_NAME } from './settings-names.js'
import { SearchPaths, type FilePath } from './search-path.js'
import type { PathEntry } from './module-index.js'
import { isStandardLibrary } from './stdlib.js'

/** Python's resolution, and the layout it found (`roots` is how `graph` shows it). */
export interface PythonResolution extends Resolution {
  readonly layout: PythonLayout
}

type Facts = PyFacts & PathFacts

/** Turns every file's import statements into edges by CONTRACTS.md §4. */
export function resolvePython(facts: ReadonlyMap<RepoPath, Facts>, context: ResolveContext = factsOnly(facts)): PythonResolution {
  const files = [...facts.keys()].sort(byCodePoint)
  const layout = readLayout({ ...context, readText: (p) => context.readText(p), setupOf: (p) => facts.get(p)?.setup })
  const index = new PythonModuleIndex(files, layout, new Set(files.filter((f) => facts.get(f)!.extendsPath)))
  const paths = new SearchPaths(index, layout, files, (file) => facts.get(file) ?? {})
  const local = localNames(files, index, layout)
  const lookups = new Lookups(index, layout)
  const relatives = new RelativeNames(index)
  const edges = new EdgeList()
  const unresolved: Unresolved[] = []
  const dynamic: DynamicImport[] = []
  const partial: PartialParse[] = []
  const attributes: Unresolved[] = []
  const outcome = new Outcome()
  const seen = new SeenLines()
  // pytest's conftest pairs, by importer in the order of `files` (conftestPairs goes through them in it).
  const conftests = conftestPairs(files)
  let conftest = 0

  for (const from of files) {
    const fileFacts = facts.get(from)!
    const { imports, dynamic: calls, settings, syntaxErrorLine } = fileFacts
    if (syntaxErrorLine !== undefined) partial.push({ path: from, line: syntaxErrorLine })
    const path = lookups.along(paths.of(from, fileFacts))
    const importer: Importer = { file: from, parts: index.moduleParts(from), init: isInit(from), path, relatives }
    const firstUnresolved = unresolved.length
    seen.nextFile()
    // A stub never runs: what it imports is for the type checker only.
    const stub = from.endsWith('.pyi')
    edges.start(from)
    for (const statement of imports) {
      resolveImport(index, importer, statement, outcome.reset())
      const kind = stub ? 'type' : statement.context
      for (const target of outcome.targets) edges.add(target, kind, statement.line)
      for (const specifier of outcome.attributes) attributes.push({ from, specifier, line: statement.line })
      const specifier = outcome.unresolved
      if (specifier === undefined || seen.has(statement.line, specifier, unresolved, firstUnresolved)) continue
      const looksLocal = outcome.missing || specifier.startsWith('.') || (!outcome.standard && local(specifier))
      const line = statement.line
      unresolved.push(looksLocal ? { from, specifier, line, looksLocal } : { from, specifier, line })
    }
    // Modules named in strings are absolute names; a call whose name is no file of the repository stays seen but not followed.
    const named = (line: number, module: string) => {
      outcome.reset()
      if (DOTTED_NAME.test(module)) resolveImport(index, importer, { line, context: 'import', level: 0, module, names: null }, outcome)
      return outcome.targets
    }
    const stringKind = stub ? 'type' : 'string'
    for (const call of calls) {
      const targets = named(call.line, call.specifier)
      for (const target of targets) edges.add(target, stringKind, call.line)
      if (!targets.length) dynamic.push({ from, ...call })
    }
    for (const setting of settings) for (const target of named(setting.line, setting.specifier)) edges.add(target, stringKind, setting.line)
    addPackageEdge(index, edges, importer)
    for (; conftest < conftests.length && conftests[conftest]!.from === from; conftest++)
      edges.add(conftests[conftest]!.to, 'conftest', undefined, true)
    edges.finish()
  }
  return { edges: edges.list(), unresolved, dynamic, partial, attributes, layout, roots: layoutRoots(layout) }
}

/** The file whose imports are being resolved, with what every one of them needs of it. */
interface Importer {
  readonly file: RepoPath
  /** Its module name (see PythonModuleIndex.moduleParts). */
  readonly parts: readonly string[]
  /** An `__init__`: its own package. */
  readonly init: boolean
  readonly path: PathLookup
  readonly relatives: RelativeNames
}

/** Relative names by the package they start from (a folder's, one object each), each looked up once. */
class RelativeNames {
  private readonly byStart = new Map<Found, Map<string, Reach>>()

  constructor(private readonly index: PythonModuleIndex) {}

  reach(start: Found, module: string): Reach {
    let names = this.byStart.get(start)
    if (!names) this.byStart.set(start, (names = new Map<string, Reach>()))
    let reach = names.get(module)
    if (!reach) names.set(module, (reach = descend(this.index, module ? module.split('.') : [], start, 0)))
    return reach
  }
}

/** Without a context (a caller that has only the facts): the Python files, and no packaging file to read. */
function factsOnly(facts: ReadonlyMap<RepoPath, Facts>): ResolveContext {
  return { files: [...facts.keys()].sort(byCodePoint), readText: () => undefined }
}

/**
 * Whether an unresolved import looks meant for this repository, for a caller that has only a list of
 * Python files (no packaging): the rule of `resolvePython`, on the layout those files alone give.
 */
export function looksLocalAmong(files: readonly RepoPath[]): (specifier: string) => boolean {
  const layout = layoutOfFiles(files)
  const local = localNames(files, new PythonModuleIndex(files, layout), layout)
  return (specifier) => specifier.startsWith('.') || local(specifier)
}

/**
 * Whether a name is one some file of the repository provides under the name Python gives it (its
 * root's or its basedir's), fixtures left out: the file's own name, a package above it, or a module
 * the name reaches into (`a.b.thing` of `a/b.py`). An unresolved import of such a name was probably
 * meant for that file.
 */
function localNames(files: readonly RepoPath[], index: PythonModuleIndex, layout: PythonLayout): (name: string) => boolean {
  let modules: Set<string> | undefined
  const packages = new Set<string>()
  const answers = new Map<string, boolean>()
  // Built at the first unresolved import, if any; each name answered once.
  const build = () => {
    const names = new Set<string>()
    const fixtures = layout.projects.filter((p) => p.fixture).map((p) => p.dir)
    for (const file of files) {
      if (fixtures.some((dir) => file.startsWith(dir + '/'))) continue
      const parts = index.moduleParts(file)
      if (!parts.length) continue
      let name = parts[0]!
      for (let k = 1; k < parts.length; k++) {
        packages.add(name)
        name = `${name}.${parts[k]}`
      }
      names.add(name)
    }
    return names
  }
  return (name) => {
    let answer = answers.get(name)
    if (answer !== undefined) return answer
    modules ??= build()
    answer = packages.has(name)
    for (let end = name.length; !answer && end > 0; end = name.lastIndexOf('.', end - 1)) answer = modules.has(name.slice(0, end))
    answers.set(name, answer)
    return answer
  }
}

/**
 * Python runs a package's `__init__` first: a module depends on its package's, an `__init__` on its
 * parent's. A namespace package has none to run, so the nearest enclosing package that has one is the
 * one Python runs (`pkg/sub/__init__.py` before `pkg.sub.ns.mod`, where `pkg/sub/ns` has no
 * `__init__.py`); the walk stays within the file's dotted name, so it never climbs above its root.
 */
function addPackageEdge(index: PythonModuleIndex, edges: EdgeList, importer: Importer): void {
  const parents = importer.parts.length - 1
  let folder: Folder | undefined = index.folderOf(importer.file)
  if (importer.init) folder = folder.parent
  for (let k = 0; folder && k < parents; k++, folder = folder.parent) {
    if (folder.package.file) {
      edges.add(folder.package.file, 'package')
      return
    }
  }
}

/**
 * What one import statement resolved to. One object for the whole run, filled afresh for each
 * statement (`reset`): no result, no list, per import.
 */
class Outcome {
  readonly targets: RepoPath[] = []
  /** Full names that are not modules, resolved to the module holding them. */
  readonly attributes: string[] = []
  /** The name nothing provides, when something does not resolve. */
  unresolved: string | undefined
  /** The name's first part is a package of the repository on the importer's path, yet the rest names nothing. */
  missing = false
  /** The standard library's, by its name. */
  standard = false

  /**
   * The statement's module by its absolute name (a relative one by the package it starts from), as
   * removed files are named, worked out once: unresolved names and attributes are spelled so.
   */
  private spelled: string | undefined

  reset(): this {
    this.targets.length = 0
    this.attributes.length = 0
    this.unresolved = undefined
    this.missing = false
    this.standard = false
    this.spelled = undefined
    return this
  }

  absoluteName(importer: Importer, level: number, module: string): string {
    return (this.spelled ??= absoluteNameOf(importer, level, module))
  }

  /** Nothing found, and why: the name nothing provides. */
  nothing(unresolved: string, missing = false): void {
    this.unresolved = unresolved
    this.missing = missing
  }
}

function resolveImport(index: PythonModuleIndex, importer: Importer, statement: PyImport, out: Outcome): void {
  const { level, module, names } = statement
  let reach: Reach
  if (level > 0) {
    const start = relativeStart(index, importer, level)
    if (!start) {
      out.nothing(out.absoluteName(importer, level, module))
      return
    }
    reach = importer.relatives.reach(start, module)
  } else {
    const known = importer.path.reach(module)
    if (!known) {
      out.unresolved = module
      out.standard = true
      return
    }
    reach = known
  }
  const { parts, top, found, missing } = reach

  if (names === null) {
    // `import a.b.c`: the module itself, else its direct parent (a.b.c may be an attribute set by a.b).
    if (found) {
      if (found.file) out.targets.push(found.file)
      return
    }
    const parent = parts.length > 1 ? walk(index, top, parts, parts.length - 1) : undefined
    if (!parent?.file) {
      out.nothing(out.absoluteName(importer, level, module), missing)
      return
    }
    out.targets.push(parent.file)
    out.attributes.push(module)
    return
  }

  if (!found) {
    out.nothing(out.absoluteName(importer, level, module), missing)
    return
  }
  for (const name of names) {
    const submodule = name === '*' ? undefined : index.findSub(found, name)
    if (submodule?.file) out.targets.push(submodule.file)
    else if (submodule)
      continue // a namespace package: a folder provides it, no file to depend on
    else if (found.file) {
      out.targets.push(found.file)
      if (name !== '*') out.attributes.push(`${out.absoluteName(importer, level, module)}.${name}`)
    } else if (out.unresolved === undefined) {
      const prefix = out.absoluteName(importer, level, module)
      out.unresolved = prefix === '' ? name : `${prefix}.${name}` // not in a namespace package
      out.missing = missing
    }
  }
}

/** How far a dotted name reaches from where its lookup starts. */
interface Reach {
  readonly parts: readonly string[]
  readonly top: Found | undefined
  /** The whole name, when every part is found. */
  readonly found: Found | undefined
  /**
   * Missing, not external: the deepest part found is a regular package or module of the repository. Below
   * a namespace package the rest may well be another distribution's portion (poetry-core's `poetry.core`).
   */
  readonly missing: boolean
}

/** The parts of a name from `start` on, looked up below `top`, part after part. */
function descend(index: PythonModuleIndex, parts: readonly string[], top: Found | undefined, start: number): Reach {
  let deepest = top
  let whole = true
  for (let k = start; deepest && k < parts.length; k++) {
    const next = index.findSub(deepest, parts[k]!)
    if (!next) {
      whole = false
      break
    }
    deepest = next
  }
  return { parts, top, found: whole ? deepest : undefined, missing: deepest?.file !== undefined }
}

/** The parts of a name from the second up to `end`, looked up below its first part's `top`. */
function walk(index: PythonModuleIndex, top: Found | undefined, parts: readonly string[], end: number): Found | undefined {
  let found = top
  for (let k = 1; found && k < end; k++) found = index.findSub(found, parts[k]!)
  return found
}

/**
 * A file's path (one object per distinct path: see SearchPaths.of) with what resolution learnt along
 * it: which top-level names are the standard library's there.
 */
class PathLookup {
  readonly entries: readonly PathEntry[]
  /** sys.path[0] alone, as a path of its own. */
  private readonly first: readonly PathEntry[] | undefined
  private readonly standard = new Map<string, boolean>()
  /** Absolute names along this path, each looked up once: null for the standard library's. */
  private readonly names = new Map<string, Reach | null>()

  constructor(
    private readonly index: PythonModuleIndex,
    path: FilePath,
    private readonly oldest: string | undefined,
  ) {
    this.entries = path.entries
    this.first = path.first && [path.first]
  }

  /** How far an absolute name reaches along this path; undefined when it is the standard library's. */
  reach(module: string): Reach | undefined {
    let reach = this.names.get(module)
    if (reach === undefined) {
      const parts = module ? module.split('.') : []
      const first = parts[0]!
      reach = this.isStandard(first) ? null : descend(this.index, parts, this.index.findTop(first, this.entries), 1)
      this.names.set(module, reach)
    }
    return reach ?? undefined
  }

  /** The standard library comes before everything but sys.path[0] (CONTRACTS.md §4 item 4). */
  private isStandard(name: string): boolean {
    let answer = this.standard.get(name)
    if (answer === undefined) {
      answer = isStandardLibrary(name, this.oldest) && !(this.first && this.index.findTop(name, this.first)?.file)
      this.standard.set(name, answer)
    }
    return answer
  }
}

/** One PathLookup per distinct path, with its project's oldest Python. */
class Lookups {
  private readonly byPath = new Map<FilePath, PathLookup>()

  constructor(
    private readonly index: PythonModuleIndex,
    private readonly layout: PythonLayout,
  ) {}

  along(path: FilePath): PathLookup {
    let lookup = this.byPath.get(path)
    if (!lookup) {
      const oldest = this.layout.projects.find((p) => p.dir === path.project)?.oldestPython
      this.byPath.set(path, (lookup = new PathLookup(this.index, path, oldest)))
    }
    return lookup
  }
}

/**
 * The package a relative import starts from: the file's own package (the package itself for an
 * `__init__`), `level - 1` packages up, found as the folder that holds it. Undefined where Python
 * refuses: no package, or above the top-level one.
 */
function relativeStart(index: PythonModuleIndex, importer: Importer, level: number): Found | undefined {
  if (relativeBase(importer.parts, importer.init, level) === undefined) return undefined
  let folder = index.folderOf(importer.file)
  // Within the file's dotted name, so every folder climbed to is one above the file.
  for (let k = 1; k < level; k++) folder = folder.parent!
  return folder.package
}

/** The absolute name a relative import means (a removed module is found by it), else as written; an absolute import's is its own. */
function absoluteNameOf(importer: Importer, level: number, module: string): string {
  if (level === 0) return module
  return absoluteParts(importer.parts, importer.init, level, module)?.join('.') ?? '.'.repeat(level) + module
}

/**
 * One edge per ordered pair: the strongest kind and the first line that gives it that kind, with every
 * kind that joins the pair where there are several (a lazy import of a module that its package's
 * `__init__` loads too is still reached at import time). Importers come one after the other: each
 * one's pairs are kept in a few arrays used again for the next, found by a scan (a Map only for an
 * importer of many), and become edges when it is done; nothing is kept per pair but the edge.
 */
class EdgeList {
  private readonly edges: Edge[] = []
  /** Pairs new to pytest's conftest order, which come after every importer's (see `add`). */
  private readonly conftests: Edge[] = []
  private from = '' as RepoPath
  private readonly to: RepoPath[] = []
  /** Each pair's kinds as bits (rank k: 1 << k), its strongest kind's rank, and its line (0: none). */
  private readonly kinds: number[] = []
  private readonly rank: number[] = []
  private readonly line: number[] = []
  /** Whether a pair came from a conftest alone, its position among the pairs otherwise. */
  private readonly late: boolean[] = []
  private byTo: Map<RepoPath, number> | undefined

  start(from: RepoPath): void {
    this.from = from
    this.to.length = this.kinds.length = this.rank.length = this.line.length = this.late.length = 0
    this.byTo = undefined
  }

  /**
   * `late`: a conftest pair, added after the importer's statements; one that no statement made comes
   * after every importer's pairs, as pytest's pairs were added once all files were resolved.
   */
  add(to: RepoPath, kind: PyEdgeKind, line?: number, late = false): void {
    if (to === this.from) return
    const k = this.indexOf(to)
    const rank = kindRank(kind)
    if (k < 0) {
      this.byTo?.set(to, this.to.length)
      this.to.push(to)
      this.kinds.push(1 << rank)
      this.rank.push(rank)
      this.line.push(line ?? 0)
      this.late.push(late)
      return
    }
    this.kinds[k]! |= 1 << rank
    if (rank !== this.rank[k]) {
      if (rank > this.rank[k]!) return // weaker
      this.rank[k] = rank
      this.line[k] = line ?? 0
    } else if (line !== undefined && (this.line[k] === 0 || line < this.line[k]!)) this.line[k] = line
  }

  /** The importer's pairs become edges, in the order they were first seen. */
  finish(): void {
    for (let k = 0; k < this.to.length; k++) {
      const rank = this.rank[k]!
      const edge: { from: RepoPath; to: RepoPath; kind: PyEdgeKind; kinds?: PyEdgeKind[]; line?: number } = {
        from: this.from,
        to: this.to[k]!,
        kind: PY_EDGE_KINDS[rank]!.kind,
      }
      const kinds = this.kinds[k]!
      if (kinds !== 1 << rank) edge.kinds = PY_EDGE_KINDS.map((spec) => spec.kind).filter((_, r) => kinds & (1 << r))
      if (this.line[k]) edge.line = this.line[k]
      ;(this.late[k] ? this.conftests : this.edges).push(edge)
    }
  }

  list(): Edge[] {
    for (const edge of this.conftests) this.edges.push(edge)
    return this.edges
  }

  private indexOf(to: RepoPath): number {
    if (this.byTo) return this.byTo.get(to) ?? -1
    for (let k = 0; k < this.to.length; k++) if (this.to[k] === to) return k
    // Past a few pairs a scan would cost more than a Map of them.
    if (this.to.length >= 16) this.byTo = new Map(this.to.map((t, k) => [t, k]))
    return -1
  }
}

/**
 * Whether the current file already has this unresolved name on this line (a line's repeated name is
 * kept once): a mark per line, the file's own entries searched only on a line marked before. No key
 * string and no set per file.
 */
class SeenLines {
  private file = 0
  /** The number of the file a line was last marked for; lines beyond are searched for. */
  private readonly marks = new Int32Array(1 << 16)

  nextFile(): void {
    this.file++
  }

  has(line: number, specifier: string, list: readonly Unresolved[], start: number): boolean {
    if (line < this.marks.length && this.marks[line] !== this.file) {
      this.marks[line] = this.file
      return false
    }
    for (let k = start; k < list.length; k++) if (list[k]!.line === line && list[k]!.specifier === specifier) return true
    return false
  }
}
