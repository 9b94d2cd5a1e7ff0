import type { DynamicImport, Edge, PartialParse, Unresolved } from '../../core/model.js'
import { byCodePoint, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { Resolution, ResolveContext } from '../adapter.js'
import type { PyFacts, PyImport } from './facts.js'
import { PY_EDGE_KINDS, strongerKind, type PyEdgeKind } from './kinds.js'
import { layoutOfFiles, readLayout, type PythonLayout } from './layout.js'
import { layoutRoots } from './layout-view.js'
import { isInit, PythonModuleIndex, type Found } from './module-index.js'
import { conftestPairs } from './conftest.js'
import type { PathFacts } from './path-facts.js'
import { DOTTED_NAME } from './settings-names.js'
import { SearchPaths, type FilePath } from './search-path.js'
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
  const edges = new EdgeSet()
  const unresolved: Unresolved[] = []
  const dynamic: DynamicImport[] = []
  const partial: PartialParse[] = []
  const attributes: Unresolved[] = []

  for (const from of files) {
    const fileFacts = facts.get(from)!
    const { imports, dynamic: calls, settings, syntaxErrorLine } = fileFacts
    if (syntaxErrorLine !== undefined) partial.push({ path: from, line: syntaxErrorLine })
    const path = paths.of(from, fileFacts)
    const oldest = layout.projects.find((p) => p.dir === paths.projectOf(from))?.oldestPython
    const seen = new Set<string>()
    for (const statement of imports) {
      const result = resolveImport(index, from, path, statement, oldest)
      // A stub never runs: what it imports is for the type checker only.
      const kind = from.endsWith('.pyi') ? 'type' : statement.context
      for (const to of result.targets) edges.add(from, to, kind, statement.line)
      for (const specifier of result.attributes) attributes.push({ from, specifier, line: statement.line })
      const key = `${statement.line}\0${result.unresolved}`
      if (result.unresolved !== undefined && !seen.has(key)) {
        seen.add(key)
        const specifier = result.unresolved
        const looksLocal = result.missing || specifier.startsWith('.') || (!result.standard && local(specifier))
        unresolved.push({ from, specifier, line: statement.line, ...(looksLocal && { looksLocal: true }) })
      }
    }
    // Modules named in strings are absolute names; a call whose name is no file of the repository stays seen but not followed.
    const named = (line: number, module: string) =>
      DOTTED_NAME.test(module)
        ? resolveImport(index, from, path, { line, context: 'import', level: 0, module, names: null }, oldest).targets
        : []
    const stringKind = from.endsWith('.pyi') ? 'type' : 'string'
    for (const call of calls) {
      const targets = named(call.line, call.specifier)
      for (const to of targets) edges.add(from, to, stringKind, call.line)
      if (!targets.length) dynamic.push({ from, ...call })
    }
    for (const setting of settings) for (const to of named(setting.line, setting.specifier)) edges.add(from, to, stringKind, setting.line)
    addPackageEdge(index, edges, from)
  }
  for (const { from, to } of conftestPairs(files)) edges.add(from, to, 'conftest')
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
  const fixtures = layout.projects.filter((p) => p.fixture).map((p) => p.dir)
  const modules = new Set<string>()
  const packages = new Set<string>()
  for (const file of files) {
    if (fixtures.some((dir) => file.startsWith(dir + '/'))) continue
    const parts = index.moduleParts(file)
    if (!parts.length) continue
    modules.add(parts.join('.'))
    for (let k = 1; k < parts.length; k++) packages.add(parts.slice(0, k).join('.'))
  }
  return (name) => {
    if (packages.has(name)) return true
    for (let end = name.length; end > 0; end = name.lastIndexOf('.', end - 1)) if (modules.has(name.slice(0, end))) return true
    return false
  }
}

/**
 * Python runs a package's `__init__` first: a module depends on its package's, an `__init__` on its
 * parent's. A namespace package has none to run, so the nearest enclosing package that has one is the
 * one Python runs (`pkg/sub/__init__.py` before `pkg.sub.ns.mod`, where `pkg/sub/ns` has no
 * `__init__.py`); the walk stays within the file's dotted name, so it never climbs above its root.
 */
function addPackageEdge(index: PythonModuleIndex, edges: EdgeSet, file: RepoPath): void {
  const parents = index.moduleParts(file).length - 1
  let dir = isInit(file) ? dirOf(file) : file
  for (let k = 0; k < parents; k++) {
    dir = dirOf(dir)
    const init = index.packageInits.get(dir)
    if (init) {
      edges.add(file, init, 'package')
      return
    }
  }
}

interface Resolved {
  readonly targets: RepoPath[]
  /** Full names that are not modules, resolved to the module holding them. */
  readonly attributes: string[]
  /** The name nothing provides, when something does not resolve. */
  readonly unresolved?: string
  /** The name's first part is a package of the repository on the importer's path, yet the rest names nothing. */
  readonly missing?: boolean
  /** The standard library's, by its name. */
  readonly standard?: boolean
}

const NOTHING: Resolved = { targets: [], attributes: [] }

function resolveImport(index: PythonModuleIndex, from: RepoPath, path: FilePath, statement: PyImport, oldest?: string): Resolved {
  const { level, module, names } = statement
  const parts = module ? module.split('.') : []
  let top: Found | undefined
  if (level > 0) {
    top = relativeStart(index, from, level)
    if (!top) return { ...NOTHING, unresolved: '.'.repeat(level) + module }
  } else {
    // The standard library comes before everything but sys.path[0] (CONTRACTS.md §4 item 4).
    const first = parts[0]!
    if (isStandardLibrary(first, oldest) && !(path.first && index.findTop(first, [path.first])?.file)) {
      return { ...NOTHING, unresolved: module, standard: true }
    }
    top = index.findTop(first, path.entries)
  }
  // Unresolved names are absolute (a relative one by the package it starts from), as removed files are named.
  const spelled = absolute(index, from, level, module)
  const walk = (rest: readonly string[]) => rest.reduce<Found | undefined>((found, part) => found && index.findSub(found, part), top)
  const found = level > 0 ? walk(parts) : walk(parts.slice(1))
  // Missing, not external: the deepest part found is a regular package or module of the repository. Below
  // a namespace package the rest may well be another distribution's portion (poetry-core's `poetry.core`).
  let deepest = top
  for (const part of level > 0 ? parts : parts.slice(1)) {
    const next = deepest && index.findSub(deepest, part)
    if (!next) break
    deepest = next
  }
  const missing = deepest?.file !== undefined

  if (names === null) {
    // `import a.b.c`: the module itself, else its direct parent (a.b.c may be an attribute set by a.b).
    if (found) return { targets: found.file ? [found.file] : [], attributes: [] }
    const parent = parts.length > 1 ? walk(parts.slice(1, -1)) : undefined
    if (parent?.file) return { targets: [parent.file], attributes: [module] }
    return { ...NOTHING, unresolved: spelled, missing }
  }

  if (!found) return { ...NOTHING, unresolved: spelled, missing }
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
      if (name !== '*') attributes.push(`${absolute(index, from, level, module)}.${name}`)
    } else unresolved ??= spelled === '' ? name : `${spelled}.${name}` // not in a namespace package
  }
  return unresolved === undefined ? { targets, attributes } : { targets, attributes, unresolved, missing }
}

/**
 * The package a relative import starts from: the file's own package (the package itself for an
 * `__init__`), `level - 1` packages up, found as the folder that holds it. Undefined where Python
 * refuses: no package, or above the top-level one.
 */
function relativeStart(index: PythonModuleIndex, from: RepoPath, level: number): Found | undefined {
  const name = index.moduleParts(from)
  const pkg = /(^|\/)__init__\.pyi?$/.test(from) ? name.length : name.length - 1
  if (level > pkg) return undefined
  let dir = dirOf(from)
  for (let k = 1; k < level; k++) dir = dirOf(dir)
  const init = index.packageInits.get(dir)
  return init ? { file: init, dirs: [dir] } : { dirs: [dir] }
}

/** The absolute name a relative import means, for `attributes` (a removed module is found by it). */
function absolute(index: PythonModuleIndex, from: RepoPath, level: number, module: string): string {
  if (level === 0) return module
  const name = index.moduleParts(from)
  const pkg = /(^|\/)__init__\.pyi?$/.test(from) ? name : name.slice(0, -1)
  const parts = pkg.slice(0, pkg.length - (level - 1))
  return (module ? [...parts, module] : parts).join('.')
}

/**
 * One edge per ordered pair: the strongest kind and the first line that gives it that kind, with every
 * kind that joins the pair where there are several (a lazy import of a module that its package's
 * `__init__` loads too is still reached at import time).
 */
class EdgeSet {
  private readonly byPair = new Map<string, { from: RepoPath; to: RepoPath; kinds: Set<PyEdgeKind>; kind: PyEdgeKind; line?: number }>()

  add(from: RepoPath, to: RepoPath, kind: PyEdgeKind, line?: number): void {
    if (from === to) return
    const key = `${from}\0${to}`
    const known = this.byPair.get(key)
    if (!known) {
      this.byPair.set(key, { from, to, kinds: new Set([kind]), kind, ...(line !== undefined && { line }) })
      return
    }
    known.kinds.add(kind)
    if (kind !== known.kind) {
      if (strongerKind(kind, known.kind) !== kind) return
      known.kind = kind
      known.line = line
    } else if (line !== undefined && (known.line === undefined || line < known.line)) known.line = line
  }

  list(): Edge[] {
    return [...this.byPair.values()].map(({ from, to, kind, kinds, line }) => ({
      from,
      to,
      kind,
      ...(kinds.size > 1 && { kinds: PY_EDGE_KINDS.map((k) => k.kind).filter((k) => kinds.has(k)) }),
      ...(line !== undefined && { line }),
    }))
  }
}
