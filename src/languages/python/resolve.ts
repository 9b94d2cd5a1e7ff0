import type { DynamicImport, Edge, PartialParse, Unresolved } from '../../core/model.js'
import { byCodePoint, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { Resolution, ResolveContext } from '../adapter.js'
import { absoluteParts } from './absolute-name.js'
import type { PyFacts, PyImport } from './facts.js'
import { PY_EDGE_KINDS, strongerKind, type PyEdgeKind } from './kinds.js'
import { layoutOfFiles, readLayout, type PythonLayout } from './layout.js'
import { layoutRoots } from './layout-view.js'
import { isInit, PythonModuleIndex, type Found } from './module-index.js'
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
  const edges = new EdgeSet()
  const unresolved: Unresolved[] = []
  const dynamic: DynamicImport[] = []
  const partial: PartialParse[] = []
  const attributes: Unresolved[] = []

  for (const from of files) {
    const fileFacts = facts.get(from)!
    const { imports, dynamic: calls, settings, syntaxErrorLine } = fileFacts
    if (syntaxErrorLine !== undefined) partial.push({ path: from, line: syntaxErrorLine })
    const path = lookups.along(paths.of(from, fileFacts))
    const seen = new Set<string>()
    // A stub never runs: what it imports is for the type checker only.
    const stub = from.endsWith('.pyi')
    const to = edges.from(from)
    for (const statement of imports) {
      const result = resolveImport(index, from, path, statement)
      const kind = stub ? 'type' : statement.context
      for (const target of result.targets) to.add(target, kind, statement.line)
      for (const specifier of result.attributes) attributes.push({ from, specifier, line: statement.line })
      if (result.unresolved === undefined) continue
      const key = `${statement.line}\0${result.unresolved}`
      if (!seen.has(key)) {
        seen.add(key)
        const specifier = result.unresolved
        const looksLocal = result.missing || specifier.startsWith('.') || (!result.standard && local(specifier))
        unresolved.push({ from, specifier, line: statement.line, ...(looksLocal && { looksLocal: true }) })
      }
    }
    // Modules named in strings are absolute names; a call whose name is no file of the repository stays seen but not followed.
    const named = (line: number, module: string) =>
      DOTTED_NAME.test(module) ? resolveImport(index, from, path, { line, context: 'import', level: 0, module, names: null }).targets : []
    const stringKind = stub ? 'type' : 'string'
    for (const call of calls) {
      const targets = named(call.line, call.specifier)
      for (const target of targets) to.add(target, stringKind, call.line)
      if (!targets.length) dynamic.push({ from, ...call })
    }
    for (const setting of settings) for (const target of named(setting.line, setting.specifier)) to.add(target, stringKind, setting.line)
    addPackageEdge(index, to, from)
  }
  for (const { from, to } of conftestPairs(files)) edges.from(from).add(to, 'conftest')
  return { edges: edges.list(), unresolved, dynamic, partial, attributes, layout, roots: layoutRoots(layout) }
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
function addPackageEdge(index: PythonModuleIndex, edges: EdgesFrom, file: RepoPath): void {
  const parents = index.moduleParts(file).length - 1
  let dir = isInit(file) ? dirOf(file) : file
  for (let k = 0; k < parents; k++) {
    dir = dirOf(dir)
    const init = index.packageInits.get(dir)
    if (init) {
      edges.add(init, 'package')
      return
    }
  }
}

interface Resolved {
  readonly targets: readonly RepoPath[]
  /** Full names that are not modules, resolved to the module holding them. */
  readonly attributes: readonly string[]
  /** The name nothing provides, when something does not resolve. */
  readonly unresolved?: string
  /** The name's first part is a package of the repository on the importer's path, yet the rest names nothing. */
  readonly missing?: boolean
  /** The standard library's, by its name. */
  readonly standard?: boolean
}

const NONE: readonly never[] = []
/** Nothing found, and why: the name nothing provides. */
const unresolvedAs = (unresolved: string, missing = false): Resolved => ({ targets: NONE, attributes: NONE, unresolved, missing })

function resolveImport(index: PythonModuleIndex, from: RepoPath, path: PathLookup, statement: PyImport): Resolved {
  const { level, module, names } = statement
  let reach: Reach
  if (level > 0) {
    const start = relativeStart(index, from, level)
    if (!start) return unresolvedAs('.'.repeat(level) + module)
    reach = descend(index, module ? module.split('.') : [], start, 0)
  } else {
    const known = path.reach(module)
    if (!known) return { targets: NONE, attributes: NONE, unresolved: module, standard: true }
    reach = known
  }
  const { parts, top, found, missing } = reach
  // Unresolved names are absolute (a relative one by the package it starts from), as removed files are named.
  let absoluteName: string | undefined
  const spelled = () => (absoluteName ??= absolute(index, from, level, module))

  if (names === null) {
    // `import a.b.c`: the module itself, else its direct parent (a.b.c may be an attribute set by a.b).
    if (found) return { targets: found.file ? [found.file] : NONE, attributes: NONE }
    const parent = parts.length > 1 ? walk(index, top, parts.slice(1, -1)) : undefined
    if (parent?.file) return { targets: [parent.file], attributes: [module] }
    return unresolvedAs(spelled(), missing)
  }

  if (!found) return unresolvedAs(spelled(), missing)
  const targets: RepoPath[] = []
  const attributes: string[] = []
  let unresolved: string | undefined
  for (const name of names) {
    const submodule = name === '*' ? undefined : index.findSub(found, name)
    if (submodule?.file) targets.push(submodule.file)
    else if (submodule)
      continue // a namespace package: a folder provides it, no file to depend on
    else if (found.file) {
      targets.push(found.file)
      if (name !== '*') attributes.push(`${spelled()}.${name}`)
    } else if (unresolved === undefined) {
      const prefix = spelled()
      unresolved = prefix === '' ? name : `${prefix}.${name}` // not in a namespace package
    }
  }
  return unresolved === undefined ? { targets, attributes } : { targets, attributes, unresolved, missing }
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

/** The parts below a found name, one after the other. */
function walk(index: PythonModuleIndex, top: Found | undefined, rest: readonly string[]): Found | undefined {
  let found = top
  for (let k = 0; found && k < rest.length; k++) found = index.findSub(found, rest[k]!)
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
function relativeStart(index: PythonModuleIndex, from: RepoPath, level: number): Found | undefined {
  const name = index.moduleParts(from)
  const pkg = isInit(from) ? name.length : name.length - 1
  if (level > pkg) return undefined
  let dir = dirOf(from)
  for (let k = 1; k < level; k++) dir = dirOf(dir)
  const init = index.packageInits.get(dir)
  return init ? { file: init, dirs: [dir] } : { dirs: [dir] }
}

/** The absolute name a relative import means, for `attributes` (a removed module is found by it); an absolute import's is its own. */
function absolute(index: PythonModuleIndex, from: RepoPath, level: number, module: string): string {
  if (level === 0) return module
  return absoluteParts(index.moduleParts(from), isInit(from), level, module)?.join('.') ?? '.'.repeat(level) + module
}

/**
 * One edge per ordered pair: the strongest kind and the first line that gives it that kind, with every
 * kind that joins the pair where there are several (a lazy import of a module that its package's
 * `__init__` loads too is still reached at import time).
 */
class EdgeSet {
  /** In the order pairs were first seen, which is the order of `list()`. */
  private readonly pairs: Pair[] = []
  private readonly byFrom = new Map<RepoPath, EdgesFrom>()

  /** The edges of one importer: looked up by the target alone, no key per edge. */
  from(from: RepoPath): EdgesFrom {
    let edges = this.byFrom.get(from)
    if (!edges) this.byFrom.set(from, (edges = new EdgesFrom(from, this.pairs)))
    return edges
  }

  list(): Edge[] {
    return this.pairs.map(({ from, to, kind, kinds, line }) => {
      const edge: { from: RepoPath; to: RepoPath; kind: PyEdgeKind; kinds?: PyEdgeKind[]; line?: number } = { from, to, kind }
      if (kinds !== bitOf(kind)) edge.kinds = PY_EDGE_KINDS.map((k) => k.kind).filter((k) => kinds & bitOf(k))
      if (line !== undefined) edge.line = line
      return edge
    })
  }
}

/** Each kind as one bit, in PY_EDGE_KINDS' order: a pair's kinds are a number, not a set per pair. */
const KIND_BITS = new Map<PyEdgeKind, number>(PY_EDGE_KINDS.map((spec, k) => [spec.kind, 1 << k]))
const bitOf = (kind: PyEdgeKind) => KIND_BITS.get(kind)!

interface Pair {
  readonly from: RepoPath
  readonly to: RepoPath
  /** Every kind that joins the pair, as bits (KIND_BITS). */
  kinds: number
  kind: PyEdgeKind
  line?: number
}

class EdgesFrom {
  private readonly byTo = new Map<RepoPath, Pair>()

  constructor(
    private readonly file: RepoPath,
    private readonly pairs: Pair[],
  ) {}

  add(to: RepoPath, kind: PyEdgeKind, line?: number): void {
    if (to === this.file) return
    const known = this.byTo.get(to)
    if (!known) {
      const pair: Pair = { from: this.file, to, kinds: bitOf(kind), kind, ...(line !== undefined && { line }) }
      this.byTo.set(to, pair)
      this.pairs.push(pair)
      return
    }
    known.kinds |= bitOf(kind)
    if (kind !== known.kind) {
      if (strongerKind(kind, known.kind) !== kind) return
      known.kind = kind
      known.line = line
    } else if (line !== undefined && (known.line === undefined || line < known.line)) known.line = line
  }
}
