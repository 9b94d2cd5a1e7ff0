import type { DynamicImport, Edge, PartialParse, Unresolved } from '../../core/model.js'
import { byCodePoint, type RepoPath } from '../../core/repo-path.js'
import type { Resolution, ResolveContext } from '../adapter.js'
import { absoluteIn, relativeBase } from './absolute-name.js'
import type { PyFacts, PyImport } from './facts.js'
import { kindRank, PY_EDGE_KINDS, type PyEdgeKind } from './kinds.js'
import { layoutOfFiles, readLayout, type PythonLayout } from './layout.js'
import { layoutRoots } from './layout-view.js'
import { isInit, PythonModuleIndex, type Folder, type Found, type PathEntry } from './module-index.js'
import { conftestPairs } from './conftest.js'
import type { PathFacts } from './path-facts.js'
import { DOTTED_NAME } from './settings-names.js'
import { SearchPaths, type FilePath } from './search-path.js'
import { isStandardLibrary } from './stdlib.js'
import { pythonTestFiles } from './test-files.js'

/** Python's resolution, and the layout it found (`roots` is how `graph` shows it). */
export interface PythonResolution extends Resolution {
  readonly layout: PythonLayout
}

type Facts = PyFacts & PathFacts

/** Turns every file's import statements into edges by CONTRACTS.md §4. */
export function resolvePython(facts: ReadonlyMap<RepoPath, Facts>, context: ResolveContext = factsOnly(facts)): PythonResolution {
  const { files, layout, index } = moduleIndexOf(facts, context)
  const paths = new SearchPaths(index, layout, files, (file) => facts.get(file) ?? {})
  const resolver = new Resolver(index, new Lookups(index, layout), localNames(files, index, layout))
  // pytest's conftest pairs, by importer in the order of `files` (conftestPairs goes through them in it).
  const tests = pythonTestFiles(files, layout.pytest)
  const conftests = conftestPairs(files, new Set(tests))
  let conftest = 0
  for (let k = 0; k < files.length; k++) {
    const from = files[k]!
    const fileFacts = facts.get(from)!
    resolver.file(from, fileFacts, paths.of(from, fileFacts))
    for (; conftest < conftests.length && conftests[conftest]!.from === from; conftest++)
      resolver.edges.add(conftests[conftest]!.to, 'conftest', undefined, true)
    resolver.edges.finish()
  }
  const { edges, unresolved, dynamic, partial, attributes } = resolver
  return { edges: edges.list(), unresolved, dynamic, partial, attributes, tests, layout, roots: layoutRoots(layout) }
}

/** The files in code-point order, the layout the repository declares and the module index they give, as resolution builds them. */
export function moduleIndexOf(facts: ReadonlyMap<RepoPath, Facts>, context: ResolveContext) {
  const files = [...facts.keys()].sort(byCodePoint)
  const layout = readLayout({ ...context, readText: (p) => context.readText(p), setupOf: (p) => facts.get(p)?.setup })
  const index = new PythonModuleIndex(files, layout, new Set(files.filter((f) => facts.get(f)!.extendsPath)))
  return { files, layout, index }
}

/**
 * What resolution gathers, file after file. Loops go by index: in a run's first (and only) pass much of
 * this runs before the compiler has optimised it, where a `for…of` costs an iterator and a result per step.
 */
class Resolver {
  readonly edges = new EdgeList()
  readonly unresolved: Unresolved[] = []
  readonly dynamic: DynamicImport[] = []
  readonly partial: PartialParse[] = []
  readonly attributes: Unresolved[] = []
  private readonly outcome = new Outcome()
  private readonly seen = new SeenLines()
  private readonly relatives: NamesBelow

  constructor(
    private readonly index: PythonModuleIndex,
    private readonly lookups: Lookups,
    private readonly local: (name: string) => boolean,
  ) {
    this.relatives = new NamesBelow(index, 0)
  }

  /** One file's statements, its dynamic imports and settings, and its package's `__init__`; `edges.finish()` ends it. */
  file(from: RepoPath, facts: Facts, filePath: FilePath): void {
    const { index, edges, outcome } = this
    const { imports, dynamic: calls, settings, syntaxErrorLine } = facts
    if (syntaxErrorLine !== undefined) this.partial.push({ path: from, line: syntaxErrorLine })
    const path = this.lookups.along(filePath)
    const pkg = index.packageParts(from)
    const importer: Importer = { folder: index.folderOf(from), pkg, init: isInit(from), path }
    const firstUnresolved = this.unresolved.length
    this.seen.nextFile()
    // A stub never runs: what it imports is for the type checker only.
    const stub = from.endsWith('.pyi')
    edges.start(from)
    for (let k = 0; k < imports.length; k++) {
      const statement = imports[k]!
      const line = statement.line
      this.resolve(importer, statement, outcome.reset())
      const kind = stub ? 'type' : statement.context
      for (let t = 0; t < outcome.targets; t++) edges.add(outcome.target(t), kind, line)
      for (let a = 0; a < outcome.attributes; a++) this.attributes.push({ from, specifier: outcome.attribute(a), line })
      const specifier = outcome.unresolved
      if (specifier === undefined || this.seen.has(line, specifier, this.unresolved, firstUnresolved)) continue
      const looksLocal = outcome.missing || specifier.startsWith('.') || (!outcome.standard && this.local(specifier))
      this.unresolved.push(looksLocal ? { from, specifier, line, looksLocal } : { from, specifier, line })
    }
    // Modules named in strings are absolute names; a call whose name is no file of the repository stays seen but not followed.
    const stringKind = stub ? 'type' : 'string'
    for (const call of calls) {
      const targets = this.named(importer, call.line, call.specifier)
      for (let t = 0; t < targets; t++) edges.add(outcome.target(t), stringKind, call.line)
      if (!targets) this.dynamic.push({ from, ...call })
    }
    for (const setting of settings) {
      const targets = this.named(importer, setting.line, setting.specifier)
      for (let t = 0; t < targets; t++) edges.add(outcome.target(t), stringKind, setting.line)
    }
    addPackageEdge(edges, importer)
  }

  /** One statement's files, attributes and unresolved name, into `out`. */
  private resolve(importer: Importer, statement: PyImport, out: Outcome): void {
    const { level, module, names } = statement
    let reach: Reach
    if (level > 0) {
      const start = relativeStart(importer, level)
      if (!start) {
        // Python refuses it: spelled as written, with the imported name after the dots where there is no module (`..name`).
        const name = module === '' && names?.[0] !== '*' ? (names?.[0] ?? '') : ''
        out.nothing(out.absoluteName(importer, level, module) + name)
        return
      }
      reach = this.relatives.reach(start, module)
    } else {
      const known = importer.path.reach(module)
      if (!known) {
        out.unresolved = module
        out.standard = true
        return
      }
      reach = known
    }
    const { found, parent, missing, last } = reach

    if (names === null) {
      // `import a.b.c`: the module itself (a namespace package has no file: the last `__init__` the import
      // runs on the way stands for it), else its direct parent (a.b.c may be an attribute set by a.b).
      if (found) {
        const file = found.file ?? last
        if (file) out.addTarget(file)
        return
      }
      if (!parent?.file) {
        out.nothing(out.absoluteName(importer, level, module), missing)
        return
      }
      out.addTarget(parent.file)
      out.addAttribute(module)
      return
    }

    if (!found) {
      out.nothing(out.absoluteName(importer, level, module), missing)
      return
    }
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!
      const submodule = name === '*' ? undefined : this.index.findSub(found, name)
      if (submodule?.file) out.addTarget(submodule.file)
      else if (submodule || name === '*') {
        // The module itself (`*`), or a namespace package below it (a folder provides it, no file of its own): the
        // last file the import runs stands for it. `*` of a namespace package takes only what is imported already.
        if (last) out.addTarget(last)
      } else if (found.file) {
        out.addTarget(found.file)
        out.addAttribute(`${out.absoluteName(importer, level, module)}.${name}`)
      } else if (out.unresolved === undefined) {
        const prefix = out.absoluteName(importer, level, module)
        out.unresolved = prefix === '' ? name : `${prefix}.${name}` // not in a namespace package
        out.missing = missing
      }
    }
  }

  /** How many files a module named in a string resolves to (the outcome's targets). */
  private named(importer: Importer, line: number, module: string): number {
    this.outcome.reset()
    if (DOTTED_NAME.test(module)) this.resolve(importer, { line, context: 'import', level: 0, module, names: null }, this.outcome)
    return this.outcome.targets
  }
}

/** The file whose imports are being resolved, with what every one of them needs of it. */
interface Importer {
  readonly folder: Folder
  /** The name of the package it is in (see PythonModuleIndex.packageParts). */
  readonly pkg: readonly string[]
  /** An `__init__`: its own package. */
  readonly init: boolean
  readonly path: PathLookup
}

/**
 * Dotted names below a package, by the package (a folder's or a module's one object) then the name:
 * each walked once, whatever path or importer found the package. `first` is the part the walk starts
 * at: 1 for an absolute name (its first part is the package), 0 for a relative one.
 */
class NamesBelow {
  private readonly byTop = new Map<Found, Map<string, Reach>>()

  constructor(
    private readonly index: PythonModuleIndex,
    private readonly first: 0 | 1,
  ) {}

  reach(top: Found, module: string): Reach {
    let names = this.byTop.get(top)
    if (!names) this.byTop.set(top, (names = new Map<string, Reach>()))
    let reach = names.get(module)
    if (!reach) names.set(module, (reach = descend(this.index, module ? module.split('.') : [], top, this.first)))
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
    const fixtures = layout.projects.filter((p) => p.fixture).map((p) => p.dir + '/')
    // A file's package is its folder's, one array per folder: its name and the packages above are made once.
    const joined = new Map<readonly string[], string>()
    for (let f = 0; f < files.length; f++) {
      const file = files[f]!
      if (fixtures.some((dir) => file.startsWith(dir))) continue
      const pkg = index.packageParts(file)
      const own = index.nameInPackage(file)
      let prefix = joined.get(pkg)
      if (prefix === undefined) {
        joined.set(pkg, (prefix = pkg.join('.')))
        // An `__init__`'s own name is among the packages too: it is a module name already, which answers the same.
        for (let k = 1; k <= pkg.length; k++) packages.add(pkg.slice(0, k).join('.'))
      }
      if (own === undefined) {
        if (pkg.length) names.add(prefix) // an `__init__` that names no package is no name
      } else names.add(pkg.length ? `${prefix}.${own}` : own)
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
 * `__init__.py`); the walk stays within the file's dotted name, so it never climbs above its root. A
 * folder that an extending `__init__` elsewhere gathers into its package runs that `__init__` (and never
 * its own, if it has one).
 */
function addPackageEdge(edges: EdgeList, importer: Importer): void {
  // The packages above it within its name: all of `pkg` for a module, all but itself for an `__init__`.
  const parents = importer.init ? importer.pkg.length - 1 : importer.pkg.length
  let folder: Folder | undefined = importer.folder
  if (importer.init) folder = folder.parent
  for (let k = 0; folder && k < parents; k++, folder = folder.parent) {
    const file = packageAt(importer, parents - k, folder).file
    if (file) {
      edges.add(file, 'package')
      return
    }
  }
}

/**
 * What one import statement resolved to. One object for the whole run, filled afresh for each
 * statement (`reset`): no result, no list, per import.
 */
class Outcome {
  /** The files found, and how many: the arrays are kept from one statement to the next (emptying one frees its storage). */
  private readonly found: RepoPath[] = []
  targets = 0
  /** Full names that are not modules, resolved to the module holding them. */
  private readonly names: string[] = []
  attributes = 0
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
    this.targets = 0
    this.attributes = 0
    this.unresolved = undefined
    this.missing = false
    this.standard = false
    this.spelled = undefined
    return this
  }

  addTarget(file: RepoPath): void {
    this.found[this.targets++] = file
  }

  target(k: number): RepoPath {
    return this.found[k]!
  }

  addAttribute(name: string): void {
    this.names[this.attributes++] = name
  }

  attribute(k: number): string {
    return this.names[k]!
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

/** How far a dotted name reaches from where its lookup starts. */
interface Reach {
  /** The whole name, when every part is found. */
  readonly found: Found | undefined
  /** All the name but its last part, when that alone is not found (`a.b` of `import a.b.c`, where c may be an attribute). */
  readonly parent: Found | undefined
  /**
   * The file of the deepest part found that has one (a module, a regular package's `__init__`): the last
   * one the import runs on its way, which is what a namespace package found there depends on.
   */
  readonly last: RepoPath | undefined
  /**
   * Missing, not external: the deepest part found is a regular package or module of the repository. Below
   * a namespace package the rest may well be another distribution's portion (poetry-core's `poetry.core`).
   */
  readonly missing: boolean
}

/** A name whose first part nothing provides. */
const NOWHERE: Reach = { found: undefined, parent: undefined, last: undefined, missing: false }

/** The parts of a name from `start` on, looked up below `top`, part after part. */
function descend(index: PythonModuleIndex, parts: readonly string[], top: Found | undefined, start: number): Reach {
  let deepest = top
  let last = top?.file
  for (let k = start; deepest && k < parts.length; k++) {
    const next = index.findSub(deepest, parts[k]!)
    if (!next) {
      const parent = k === parts.length - 1 ? deepest : undefined
      return { found: undefined, parent, last, missing: deepest.file !== undefined }
    }
    deepest = next
    last = next.file ?? last
  }
  return { found: deepest, parent: undefined, last, missing: deepest?.file !== undefined }
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
  /** By a package's parts, then how many of them (packageNamed): null where they find nothing. */
  private readonly packages = new Map<readonly string[], (Found | null)[]>()

  constructor(
    private readonly index: PythonModuleIndex,
    /** Shared by every path: a package found along several is walked below once. */
    private readonly below: NamesBelow,
    path: FilePath,
    private readonly oldest: string | undefined,
  ) {
    this.entries = path.entries
    this.first = path.first && [path.first]
  }

  /**
   * What the first `length` parts of a package's name find along this path (see `reach`), by the parts'
   * array: the index gives one array per folder (packageParts), so each folder's names are joined and
   * looked up once, not once per file and package edge.
   */
  packageNamed(parts: readonly string[], length: number): Found | undefined {
    let found = this.packages.get(parts)
    if (!found) this.packages.set(parts, (found = []))
    let answer = found[length]
    if (answer === undefined) found[length] = answer = this.reach(parts.slice(0, length).join('.'))?.found ?? null
    return answer ?? undefined
  }

  /** How far an absolute name reaches along this path; undefined when it is the standard library's. */
  reach(module: string): Reach | undefined {
    let reach = this.names.get(module)
    if (reach === undefined) {
      const dot = module.indexOf('.')
      const first = dot < 0 ? module : module.slice(0, dot)
      const top = this.isStandard(first) ? null : this.index.findTop(first, this.entries)
      reach = top === null ? null : top ? this.below.reach(top, module) : NOWHERE
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
  private readonly below: NamesBelow

  constructor(
    private readonly index: PythonModuleIndex,
    private readonly layout: PythonLayout,
  ) {
    this.below = new NamesBelow(index, 1)
  }

  along(path: FilePath): PathLookup {
    let lookup = this.byPath.get(path)
    if (!lookup) {
      const oldest = this.layout.projects.find((p) => p.dir === path.project)?.oldestPython
      this.byPath.set(path, (lookup = new PathLookup(this.index, this.below, path, oldest)))
    }
    return lookup
  }
}

/**
 * The package a relative import starts from: the file's own package (the package itself for an
 * `__init__`), `level - 1` packages up. CPython looks the rest up in that package's `__path__`: every
 * portion of a namespace package, and every folder an extending `__init__` gathers, so it is the package
 * as the file's path finds it by its name, where that is the package holding the file; else the folder
 * that holds it. Undefined where Python refuses: no package, or above the top-level one.
 */
function relativeStart(importer: Importer, level: number): Found | undefined {
  const base = relativeBase(importer.pkg, level)
  if (base === undefined) return undefined
  let folder = importer.folder
  // Within the file's dotted name, so every folder climbed to is one above the file.
  for (let k = 1; k < level; k++) folder = folder.parent!
  return packageAt(importer, base, folder)
}

/**
 * The package named by the first `length` parts of the importer's package, which `folder` holds: as the
 * importer's path finds it by that name (its `__path__`: every portion of a namespace package, every
 * folder an extending `__init__` gathers, and that `__init__` its file), where that is the package holding
 * `folder`; else the folder as a package of its own.
 */
function packageAt(importer: Importer, length: number, folder: Folder): Found {
  const named = importer.path.packageNamed(importer.pkg, length)
  return named?.dirs.includes(folder) ? named : folder.package
}

/** The absolute name a relative import means (a removed module is found by it), else as written; an absolute import's is its own. */
function absoluteNameOf(importer: Importer, level: number, module: string): string {
  if (level === 0) return module
  return absoluteIn(importer.pkg, level, module)?.join('.') ?? '.'.repeat(level) + module
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
  /** How many pairs the importer has: the arrays are kept for the next one (emptying an array frees its storage). */
  private pairs = 0
  private byTo: Map<RepoPath, number> | undefined

  start(from: RepoPath): void {
    this.from = from
    this.pairs = 0
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
      const n = this.pairs++
      this.byTo?.set(to, n)
      this.to[n] = to
      this.kinds[n] = 1 << rank
      this.rank[n] = rank
      this.line[n] = line ?? 0
      this.late[n] = late
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
    for (let k = 0; k < this.pairs; k++) {
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
    for (let k = 0; k < this.pairs; k++) if (this.to[k] === to) return k
    // Past a few pairs a scan would cost more than a Map of them.
    if (this.pairs >= 16) this.byTo = new Map(this.to.slice(0, this.pairs).map((t, k) => [t, k]))
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
